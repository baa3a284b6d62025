/**
 * Fig. 2 and Sec. 4.3: every cell of the published heatmap. Chains LR, RL, RR in both leaf
 * orders for EML and SML, LR and RL for RML, under all three architectures; the balanced rows
 * BalLog and BalMixed in both orders for EML (Eq. 6, V16) and SML (all three). Eq. 6: 64 seeds
 * of its native initialisation; V16 and Hybrid: 64 seeds x 4 strategies.
 */
import { ARCHITECTURES, type ArchitectureName, type OperatorName } from "../protocol.js";
import type { Shape } from "../targets.js";
import { LEAF_ORDERS, makeCell } from "./cells.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const HEATMAP_ROWS: ReadonlyArray<{ operator: OperatorName; shapes: Shape[]; archs: readonly ArchitectureName[] }> = [
  { operator: "eml", shapes: ["LR", "RL", "RR"], archs: ARCHITECTURES },
  { operator: "eml", shapes: ["BalLog", "BalMixed"], archs: ["eq6", "v16"] },
  { operator: "sml", shapes: ["LR", "RL", "RR", "BalLog", "BalMixed"], archs: ARCHITECTURES },
  { operator: "rml", shapes: ["LR", "RL"], archs: ARCHITECTURES },
];

export const heatmapPlan: Plan = {
  name: "heatmap",
  description: "Fig. 2 / Sec. 4.3: every published heatmap cell (about 12,800 trials)",
  labelColumns: [],
  cells(options: PlanOptions = {}): Cell[] {
    const cells: Cell[] = [];
    for (const { operator, shapes, archs } of HEATMAP_ROWS) {
      for (const shape of shapes) {
        for (const leafOrder of LEAF_ORDERS) {
          for (const arch of archs) cells.push(makeCell({ arch, operator, shape, leafOrder, seeds: 64 }, options));
        }
      }
    }
    return cells;
  },
};
