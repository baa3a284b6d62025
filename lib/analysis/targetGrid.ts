/** A target's training grid (PROTOCOL: data) as a representability Grid, with the target's values. */
import { trainingData } from "../data.js";
import type { Target } from "../targets.js";
import type { Grid } from "./representability.js";

export function targetGrid(target: Target): { grid: Grid; values: Float64Array } {
  const data = trainingData(target);
  const variables = Object.fromEntries(target.variables.map((name, i) => [name, data.points.variables[i]]));
  return { grid: { variables, count: data.points.count }, values: data.targets };
}
