/**
 * Sec. 4.3 and the failure analysis: (a) the balanced BalLog targets (EML and SML, V16) under
 * six training configurations that vary learning rate, iteration budget and temperature (ours:
 * the paper names the factors, not the values); (b) the BalExp targets (EML and SML, all three
 * architectures) at the paper's clamps and at 1e300 for every architecture; (c) loss traces of
 * a few balanced trials (EML BalExp flooring near 1e16, SML BalLog collapsing at the snap).
 */
import { ARCHITECTURES, type TrainingSettings } from "../protocol.js";
import { makeCell } from "./cells.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const TRAINING_CONFIGURATIONS: ReadonlyArray<{ name: string; settings: Partial<TrainingSettings> }> = [
  { name: "lr-3e-3", settings: { learningRate: 3e-3 } },
  { name: "lr-3e-2", settings: { learningRate: 3e-2 } },
  { name: "iterations-x2", settings: { searchIterations: 12000, hardeningIterations: 4000 } },
  { name: "iterations-x0.5", settings: { searchIterations: 3000, hardeningIterations: 1000 } },
  { name: "tau-1.0", settings: { tauSearch: 1.0 } },
  { name: "tau-5.0", settings: { tauSearch: 5.0 } },
];

export const balancedConfigsPlan: Plan = {
  name: "balanced-configs",
  description: "Sec. 4.3: balanced targets under six training configurations, BalExp at the paper's clamps and at 1e300, loss traces",
  labelColumns: ["study", "configuration"],
  cells(options: PlanOptions = {}): Cell[] {
    const cells: Cell[] = [];
    for (const { name, settings } of TRAINING_CONFIGURATIONS) {
      for (const operator of ["eml", "sml"] as const) {
        cells.push(makeCell({
          arch: "v16", operator, shape: "BalLog", leafOrder: "xy", seeds: 4, settings, variant: name,
          labels: { study: "configurations", configuration: name },
        }, options));
      }
    }
    for (const operator of ["eml", "sml"] as const) {
      for (const arch of ARCHITECTURES) {
        const seeds = arch === "eq6" ? 32 : 8;
        const traceSeeds = operator === "eml" && arch === "eq6" ? [137, 138] : undefined;
        cells.push(makeCell({
          arch, operator, shape: "BalExp", leafOrder: "xy", seeds, variant: "paper-clamp", traceSeeds,
          labels: { study: "balexp", configuration: "paper-clamp" },
        }, options));
        if (arch === "eq6") {
          cells.push(makeCell({
            arch, operator, shape: "BalExp", leafOrder: "xy", seeds, settings: { clamp: 1e300 }, variant: "clamp-1e300",
            traceSeeds: operator === "eml" ? [137] : undefined, labels: { study: "balexp", configuration: "clamp-1e300" },
          }, options));
        }
      }
    }
    cells.push(makeCell({
      arch: "v16", operator: "sml", shape: "BalLog", leafOrder: "xy", seeds: 2, strategies: ["biased", "uniform"],
      variant: "trace", traceSeeds: [137, 138], labels: { study: "traces", configuration: "protocol" },
    }, options));
    return cells;
  },
};
