/**
 * Sec. 3: the one-factor-at-a-time screen on four hero cells, 32 seeds per level, against one
 * shared baseline cell per hero (V16/Hybrid at strategy "biased", Eq. 6 at its native one).
 * Plus the clamp finding of PROTOCOL.md: V16 and Hybrid on the EML RL targets at clamp 1e6
 * (their protocol clamp 1e300 is the heatmap's), Eq. 6 on them at 1e300 (its 1e6 is the heatmap's).
 */
import type { ArchitectureName, OperatorName, StrategyName, TrainingSettings } from "../protocol.js";
import { PROTOCOL_CLAMP } from "../protocol.js";
import type { LeafOrder, Shape } from "../targets.js";
import { makeCell } from "./cells.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const HERO_CELLS: ReadonlyArray<{ arch: ArchitectureName; operator: OperatorName; shape: Shape; leafOrder: LeafOrder }> = [
  { arch: "eq6", operator: "eml", shape: "RL", leafOrder: "xy" },
  { arch: "v16", operator: "eml", shape: "LR", leafOrder: "yx" },
  { arch: "v16", operator: "sml", shape: "LR", leafOrder: "yx" },
  { arch: "hybrid", operator: "sml", shape: "RL", leafOrder: "xy" },
];

export interface FactorLevel {
  factor: string;
  level: string;
  settings?: Partial<TrainingSettings>;
  strategy?: StrategyName;
}

export const FACTOR_LEVELS: readonly FactorLevel[] = [
  { factor: "initialisation", level: "uniform", strategy: "uniform" },
  { factor: "initialisation", level: "xy_biased", strategy: "xy_biased" },
  { factor: "initialisation", level: "random_hot", strategy: "random_hot" },
  { factor: "optimiser", level: "adam-1e-3", settings: { learningRate: 1e-3 } },
  { factor: "optimiser", level: "adamw-1e-2", settings: { optimiser: "adamw" } },
  { factor: "optimiser", level: "rmsprop-1e-2", settings: { optimiser: "rmsprop" } },
  { factor: "schedule", level: "linear", settings: { schedule: "linear" } },
  { factor: "schedule", level: "cosine", settings: { schedule: "cosine" } },
  { factor: "schedule", level: "step", settings: { schedule: "step" } },
  { factor: "clamp", level: "1e6", settings: { clamp: 1e6 } },
  { factor: "clamp", level: "1e8", settings: { clamp: 1e8 } },
  { factor: "clamp", level: "1e10", settings: { clamp: 1e10 } },
  { factor: "heldout-seed", level: "1", settings: { heldoutSeed: 1 } },
  { factor: "heldout-seed", level: "2", settings: { heldoutSeed: 2 } },
  { factor: "heldout-seed", level: "3", settings: { heldoutSeed: 3 } },
  { factor: "noise", level: "1e-6", settings: { noiseSigma: 1e-6 } },
  { factor: "noise", level: "1e-4", settings: { noiseSigma: 1e-4 } },
  { factor: "noise", level: "1e-2", settings: { noiseSigma: 1e-2 } },
  { factor: "epsilon", level: "1e-10", settings: { entropyEpsilon: 1e-10 } },
  { factor: "epsilon", level: "1e-8", settings: { entropyEpsilon: 1e-8 } },
  { factor: "epsilon", level: "1e-6", settings: { entropyEpsilon: 1e-6 } },
];

export const sensitivityPlan: Plan = {
  name: "sensitivity",
  description: "Sec. 3: one-factor-at-a-time screen on four hero cells, and the clamp finding on the EML RL targets",
  labelColumns: ["study", "factor", "level"],
  cells(options: PlanOptions = {}): Cell[] {
    const cells: Cell[] = [];
    for (const hero of HERO_CELLS) {
      const native: StrategyName = hero.arch === "eq6" ? "default" : "biased";
      cells.push(makeCell({ ...hero, seeds: 32, strategies: [native], variant: "baseline", labels: { study: "ofat", factor: "baseline", level: "baseline" } }, options));
      for (const { factor, level, settings, strategy } of FACTOR_LEVELS) {
        if (strategy && hero.arch === "eq6") continue;
        if (settings?.clamp === PROTOCOL_CLAMP[hero.arch]) continue;
        cells.push(makeCell({
          ...hero, seeds: 32, strategies: [strategy ?? native], settings, variant: `${factor}=${level}`,
          labels: { study: "ofat", factor, level },
        }, options));
      }
    }
    for (const leafOrder of ["xy", "yx"] as const) {
      for (const arch of ["v16", "hybrid"] as const) {
        cells.push(makeCell({
          arch, operator: "eml", shape: "RL", leafOrder, seeds: 16, settings: { clamp: 1e6 }, variant: "clamp=1e6",
          labels: { study: "clamp-rl", factor: "clamp", level: "1e6" },
        }, options));
      }
      cells.push(makeCell({
        arch: "eq6", operator: "eml", shape: "RL", leafOrder, seeds: 64, settings: { clamp: 1e300 }, variant: "clamp=1e300",
        labels: { study: "clamp-rl", factor: "clamp", level: "1e300" },
      }, options));
    }
    return cells;
  },
};
