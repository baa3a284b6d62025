/**
 * Whether a catalogue target is in E(A) as the model computes it: the hardened trees of the
 * architecture (enumerate.ts) equal to the target on its training grid when evaluated with the
 * output clamp C after every node and the exp/sinh argument clamp (PROTOCOL: operators). A clamp
 * can push a target out of every architecture's reach: the EML RL targets reach ~5e8 inside,
 * above C = 1e6, so at 1e6 their recoverability is 0 whatever the training.
 */
import { printExpression } from "../expression.js";
import { PROTOCOL, type ArchitectureName } from "../protocol.js";
import type { Target } from "../targets.js";
import { hardenedExpressions } from "./enumerate.js";
import { matchingExpressions } from "./representability.js";
import { targetGrid } from "./targetGrid.js";

export interface ClampRepresentability {
  clamp: number;
  /** Distinct hardened trees enumerated. */
  trees: number;
  /** Those equal to the target on its training grid under the clamp. */
  matches: string[];
  representable: boolean;
}

export function representableAtClamp(target: Target, arch: ArchitectureName, clamp: number, depth = 3): ClampRepresentability {
  const { grid, values } = targetGrid(target);
  const trees = hardenedExpressions(arch, depth, target.variables, target.operator);
  const evaluation = { clamp, argumentClamp: PROTOCOL.expArgumentClamp };
  const matches = matchingExpressions(trees, grid, values, { evaluation }).map(printExpression);
  return { clamp, trees: trees.length, matches, representable: matches.length > 0 };
}
