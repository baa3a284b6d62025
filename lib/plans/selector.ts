/**
 * Sec. 4.5 (a): the three jointly-run configurations, EML LR(y,x) (Eq. 6 + V16), RML LR(y,x)
 * (Eq. 6 + V16), SML LR(y,x) (V16 + Hybrid); the selector keeps the hardened candidate with
 * the lowest held-out RMSE over the 256 common (seed, initialisation) trials. Plus the control:
 * V16 with Eq. 6's initialisation on SML LR(y,x), 64 seeds.
 */
import type { ArchitectureName, OperatorName } from "../protocol.js";
import { makeCell } from "./cells.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const SELECTOR_CONFIGURATIONS: ReadonlyArray<{ operator: OperatorName; archs: ArchitectureName[] }> = [
  { operator: "eml", archs: ["eq6", "v16"] },
  { operator: "rml", archs: ["eq6", "v16"] },
  { operator: "sml", archs: ["v16", "hybrid"] },
];

export const selectorPlan: Plan = {
  name: "selector",
  description: "Sec. 4.5 (a): validation-selected architecture on the jointly-run LR(y,x) configurations, and the initialisation control",
  labelColumns: ["configuration"],
  cells(options: PlanOptions = {}): Cell[] {
    const cells: Cell[] = [];
    for (const { operator, archs } of SELECTOR_CONFIGURATIONS) {
      for (const arch of archs) {
        cells.push(makeCell({ arch, operator, shape: "LR", leafOrder: "yx", seeds: 64, labels: { configuration: `${operator}-LR-yx` } }, options));
      }
    }
    cells.push(makeCell({
      arch: "v16", operator: "sml", shape: "LR", leafOrder: "yx", seeds: 64, strategies: ["default"],
      variant: "eq6-init", labels: { configuration: "control" },
    }, options));
    return cells;
  },
};
