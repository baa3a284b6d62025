export type { Cell, Job, JobKind, Plan, PlanOptions } from "./types.js";
export { makeCell, planJobs } from "./cells.js";
import { balancedConfigsPlan } from "./balancedConfigs.js";
import { depth4Plan } from "./depth4.js";
import { gradientsPlan } from "./gradients.js";
import { heatmapPlan } from "./heatmap.js";
import { noisePlan } from "./noise.js";
import { selectorPlan } from "./selector.js";
import { sensitivityPlan } from "./sensitivity.js";
import { shockleyPlan } from "./shockley.js";
import type { Plan } from "./types.js";

/** Every plan by name, in the order the README lists them. */
export const PLANS: ReadonlyMap<string, Plan> = new Map(
  [heatmapPlan, selectorPlan, shockleyPlan, gradientsPlan, balancedConfigsPlan, sensitivityPlan, depth4Plan, noisePlan].map((p) => [p.name, p]),
);

export function planNamed(name: string): Plan {
  const plan = PLANS.get(name);
  if (!plan) throw new RangeError(`unknown plan '${name}' (valid: ${[...PLANS.keys()].join(", ")})`);
  return plan;
}
