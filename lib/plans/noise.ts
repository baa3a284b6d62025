/**
 * The selector under noise (beyond the paper; Sec. 5.1 warns that on noisy data the selector may
 * pick a non-recovering run that happens to fit slightly better): the jointly-run configurations
 * of Sec. 4.5 (a) and the Shockley diode (every architecture), with Gaussian noise on the training
 * targets of relative size sigma (times the targets' RMS; lib/data.ts addNoise), 8 seeds per cell
 * with the native strategies. Level 0 is the protocol itself.
 */
import { ARCHITECTURES, type ArchitectureName, type OperatorName, type TrainingSettings } from "../protocol.js";
import type { LeafOrder, Shape } from "../targets.js";
import { makeCell } from "./cells.js";
import { SELECTOR_CONFIGURATIONS } from "./selector.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const NOISE_LEVELS: readonly number[] = [0, 1e-6, 1e-4, 1e-3, 1e-2, 1e-1];

/** "0", "1e-6", ..., "1e-1": the noise label of the log. */
export function noiseLabel(level: number): string {
  return level === 0 ? "0" : level.toExponential();
}

export function noiseSettings(level: number): Partial<TrainingSettings> {
  return level === 0 ? {} : { noiseSigma: level, noiseRelative: true };
}

interface NoiseConfiguration {
  name: string;
  operator: OperatorName;
  shape: Shape;
  leafOrder: LeafOrder;
  archs: readonly ArchitectureName[];
}

export const NOISE_CONFIGURATIONS: readonly NoiseConfiguration[] = [
  ...SELECTOR_CONFIGURATIONS.map(({ operator, archs }) => ({
    name: `${operator}-LR-yx`, operator, shape: "LR" as const, leafOrder: "yx" as const, archs,
  })),
  { name: "shockley", operator: "eml", shape: "Shockley", leafOrder: "x", archs: ARCHITECTURES },
];

export const noisePlan: Plan = {
  name: "noise",
  description: "Beyond the paper: the validation selector under relative Gaussian noise on the training targets (jointly-run configurations and Shockley)",
  labelColumns: ["configuration", "noise"],
  cells(options: PlanOptions = {}): Cell[] {
    const cells: Cell[] = [];
    for (const level of NOISE_LEVELS) {
      for (const { name, operator, shape, leafOrder, archs } of NOISE_CONFIGURATIONS) {
        for (const arch of archs) {
          cells.push(makeCell({
            arch, operator, shape, leafOrder, seeds: 8, settings: noiseSettings(level),
            variant: `noise-${noiseLabel(level)}`, labels: { configuration: name, noise: noiseLabel(level) },
          }, options));
        }
      }
    }
    return cells;
  },
};
