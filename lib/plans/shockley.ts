/** Sec. 4.5 (b): the normalised Shockley diode eml(x, e) on x in [0, 5], 32 seeds per architecture and strategy. */
import { ARCHITECTURES } from "../protocol.js";
import { makeCell } from "./cells.js";
import type { Cell, Plan, PlanOptions } from "./types.js";

export const shockleyPlan: Plan = {
  name: "shockley",
  description: "Sec. 4.5 (b): Shockley diode eml(x, e), every architecture, and the selector",
  labelColumns: [],
  cells(options: PlanOptions = {}): Cell[] {
    return ARCHITECTURES.map((arch) => makeCell({ arch, operator: "eml", shape: "Shockley", leafOrder: "x", seeds: 32 }, options));
  },
};
