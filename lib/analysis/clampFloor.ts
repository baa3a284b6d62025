/**
 * The training loss of the target's own tree evaluated with the model's output clamp C
 * (PROTOCOL.md: operators): the lowest loss any hardened or soft model that computes the target
 * through the clamp can reach. Zero when the tree's values stay inside [-C, C]; EML BalExp at
 * C = 1e6 floors near 1.35e16 (PROTOCOL.md: targets), the paper's "divergence to 1e16".
 */
import { trainingData } from "../data.js";
import { protocolSettings } from "../protocol.js";
import { targetNamed } from "../targets.js";
import { expressionMse } from "../trial.js";

/** Mean squared error of target `name`'s tree, clamped at C = `clamp`, on its training grid. */
export function clampFloor(name: string, clamp: number): number {
  const target = targetNamed(name);
  return expressionMse(target.expression, target, trainingData(target), protocolSettings("eq6", { clamp }));
}
