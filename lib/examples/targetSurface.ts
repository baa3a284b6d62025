/**
 * targetSurface(target, options, random): a catalogue target (lib/targets.ts) sampled on a
 * square grid, x outer and y inner, with relative Gaussian noise on the output (sigma times the
 * outputs' RMS, as lib/data.ts addNoise does); points where the target is not finite and real
 * are left out (PROTOCOL.md, "Data").
 */
import { linspace, validTargetPoints } from "../data.js";
import type { Random } from "../random.js";
import type { Target } from "../targets.js";

export interface TargetSurfaceOptions {
  /** Grid per axis: from, to, points; default [1, 3] in 11 points. */
  from: number;
  to: number;
  points: number;
  /** Relative noise sigma; default 1e-6. */
  relativeNoise: number;
}

export const SURFACE_DEFAULTS: Readonly<TargetSurfaceOptions> = Object.freeze({ from: 1, to: 3, points: 11, relativeNoise: 1e-6 });

export function targetSurface(target: Target, options: Partial<TargetSurfaceOptions>, random: Random): Array<Record<string, number>> {
  const o = { ...SURFACE_DEFAULTS, ...options };
  if (target.variables.length !== 2) throw new RangeError(`targetSurface: '${target.name}' is not a two-variable target`);
  const axis = linspace(o.from, o.to, o.points);
  const x = Float64Array.from({ length: o.points ** 2 }, (_, k) => axis[Math.floor(k / o.points)]);
  const y = Float64Array.from({ length: o.points ** 2 }, (_, k) => axis[k % o.points]);
  const { points, targets } = validTargetPoints(target, [x, y]);
  let sum = 0;
  for (const t of targets) sum += t * t;
  const sigma = o.relativeNoise * Math.sqrt(sum / targets.length);
  return Array.from(targets, (t, i) => ({ x: points.variables[0][i], y: points.variables[1][i], z: t + sigma * random.normal() }));
}
