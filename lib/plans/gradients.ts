/**
 * Table 2 and Fig. 3 (PROTOCOL.md, "Estimates"): rho_xy trajectories of Eq. 6 (native
 * initialisation) on the four Eq. 6 targets of Table 2 at its checkpoints, and V16's rho_xy and
 * rho_LR (initialisation "uniform") at iteration 1000 on every V16 row of Table 2; 10 seeds.
 */
import type { ArchitectureName, OperatorName } from "../protocol.js";
import type { LeafOrder, Shape } from "../targets.js";
import { makeCell } from "./cells.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const EQ6_CHECKPOINTS = [100, 200, 300, 500, 750, 1000, 1500, 2000];
export const V16_CHECKPOINTS = [1000];

const ROWS: ReadonlyArray<{ arch: ArchitectureName; operator: OperatorName; shape: Shape; leafOrder: LeafOrder }> = [
  { arch: "eq6", operator: "eml", shape: "LR", leafOrder: "yx" },
  { arch: "eq6", operator: "eml", shape: "RL", leafOrder: "xy" },
  { arch: "eq6", operator: "sml", shape: "LR", leafOrder: "yx" },
  { arch: "eq6", operator: "sml", shape: "RL", leafOrder: "xy" },
  { arch: "v16", operator: "eml", shape: "LR", leafOrder: "yx" },
  { arch: "v16", operator: "eml", shape: "RL", leafOrder: "xy" },
  { arch: "v16", operator: "sml", shape: "LR", leafOrder: "yx" },
  { arch: "v16", operator: "sml", shape: "RL", leafOrder: "xy" },
  { arch: "v16", operator: "eml", shape: "BalLog", leafOrder: "xy" },
  { arch: "v16", operator: "sml", shape: "BalLog", leafOrder: "xy" },
];

export const gradientsPlan: Plan = {
  name: "gradients",
  description: "Table 2 / Fig. 3: gradient ratios rho_xy and rho_LR, 10 seeds",
  labelColumns: [],
  cells(options: PlanOptions = {}): Cell[] {
    return ROWS.map((row) => makeCell({
      ...row, kind: "gradients", seeds: 10,
      strategies: row.arch === "eq6" ? ["default"] : ["uniform"],
      checkpoints: row.arch === "eq6" ? EQ6_CHECKPOINTS : V16_CHECKPOINTS,
    }, options));
  },
};
