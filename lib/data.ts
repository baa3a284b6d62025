/**
 * Training and held-out data of PROTOCOL.md ("Data"): a grid (x outer, y inner), a seeded
 * uniform held-out sample, and only points where the target is finite and real.
 */
import { evaluateExpression } from "./expression.js";
import { GRID } from "./protocol.js";
import { createRandom } from "./random.js";
import type { Target } from "./targets.js";
import type { Points } from "./treeModel.js";

export interface Dataset {
  points: Points;
  targets: Float64Array;
}

/** torch.linspace: start + i step for the first half, end - (n - 1 - i) step for the rest. */
export function linspace(start: number, end: number, steps: number): Float64Array {
  const out = new Float64Array(steps);
  if (steps === 1) {
    out[0] = start;
    return out;
  }
  const step = (end - start) / (steps - 1);
  const half = Math.floor(steps / 2);
  for (let i = 0; i < steps; i++) out[i] = i < half ? start + step * i : end - step * (steps - 1 - i);
  return out;
}

/** Keep the points where the target is finite and real (|Im| < 1e-12); at most `limit` of them. */
export function validTargetPoints(target: Target, candidates: Float64Array[], limit = Infinity): Dataset {
  const count = candidates[0].length;
  const byName = Object.fromEntries(target.variables.map((name, v) => [name, candidates[v]]));
  const { re, im } = evaluateExpression(target.expression, byName, count);
  const keep: number[] = [];
  for (let i = 0; i < count && keep.length < limit; i++) {
    if (Number.isFinite(re[i]) && Number.isFinite(im[i]) && Math.abs(im[i]) < GRID.realTolerance) keep.push(i);
  }
  return {
    points: { variables: candidates.map((values) => Float64Array.from(keep, (i) => values[i])), count: keep.length },
    targets: Float64Array.from(keep, (i) => re[i]),
  };
}

/** The training grid of a target: 21 x 21 (x outer, y inner) on [1, 3]^2, or 441 points on a line. */
export function trainingData(target: Target): Dataset {
  const { trainLow, trainHigh, trainCount } = target.domain;
  const axis = linspace(trainLow, trainHigh, trainCount);
  if (target.variables.length === 1) return validTargetPoints(target, [axis]);
  const x = new Float64Array(trainCount * trainCount);
  const y = new Float64Array(trainCount * trainCount);
  for (let i = 0; i < trainCount; i++) {
    for (let j = 0; j < trainCount; j++) {
      x[i * trainCount + j] = axis[i];
      y[i * trainCount + j] = axis[j];
    }
  }
  return validTargetPoints(target, [x, y]);
}

/** `size` valid points uniform on the held-out box, from a generator seeded by `seed` alone. */
export function heldoutData(target: Target, seed: number, size: number): Dataset {
  const random = createRandom(`heldout:${seed}`);
  const { heldoutLow: low, heldoutHigh: high } = target.domain;
  const dimension = target.variables.length;
  const columns: number[][] = Array.from({ length: dimension }, () => []);
  let kept: Dataset = { points: { variables: [], count: 0 }, targets: new Float64Array(0) };
  for (let round = 0; round < 100 && kept.points.count < size; round++) {
    for (let i = 0; i < size; i++) for (const column of columns) column.push(low + (high - low) * random.uniform());
    kept = validTargetPoints(target, columns.map((c) => Float64Array.from(c)), size);
  }
  if (kept.points.count < size) throw new RangeError(`target ${target.name} is finite and real on too few held-out points`);
  return kept;
}

/** Training targets with Gaussian noise: sigma absolute, or relative to the targets' RMS. */
export function addNoise(targets: Float64Array, sigma: number, relative: boolean, seed: number): Float64Array {
  if (sigma === 0) return targets;
  let scale = sigma;
  if (relative) {
    let sum = 0;
    for (const t of targets) sum += t * t;
    scale = sigma * Math.sqrt(sum / targets.length);
  }
  const random = createRandom(`noise:${seed}`);
  return targets.map((t) => t + scale * random.normal());
}
