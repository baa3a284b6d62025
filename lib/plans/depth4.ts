/** Sec. 5.2: V16 at depth 4 on the EML chain targets (the paper: RL 99.6% -> 0.8%). */
import { LEAF_ORDERS, makeCell } from "./cells.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const depth4Plan: Plan = {
  name: "depth4",
  description: "Sec. 5.2: V16 at depth 4 on the EML chain targets",
  labelColumns: [],
  cells(options: PlanOptions = {}): Cell[] {
    const cells: Cell[] = [];
    for (const shape of ["LR", "RL", "RR"] as const) {
      for (const leafOrder of LEAF_ORDERS) cells.push(makeCell({ arch: "v16", operator: "eml", shape, leafOrder, depth: 4, seeds: 64 }, options));
    }
    return cells;
  },
};
