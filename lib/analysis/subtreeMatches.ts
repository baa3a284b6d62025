/**
 * Which subtrees of an architecture can equal a given function: per tree level, the distinct
 * expressions its nodes can output (enumerate.ts) and those equal to the function on a grid.
 * Sec. 4.5's V16 argument is the case "x": V16 takes variables only at the leaves, so the root's
 * left input is 1 or a depth <= 2 subtree, and no such subtree equals x, so eml(x, e) is out of
 * reach. Sec. 5.2's zero leaf is the case "0": which subtrees can output the constant zero.
 */
import { printExpression } from "../expression.js";
import type { ArchitectureName, OperatorName } from "../protocol.js";
import { hardenedSets } from "./enumerate.js";
import { matchingExpressions, type Grid } from "./representability.js";

export interface LevelMatches {
  /** 1 = the bottom nodes (subtrees of depth 1), up to the root's level (= depth). */
  subtreeDepth: number;
  /** Distinct expressions the nodes of this level can output, over all of its nodes. */
  expressions: number;
  matches: string[];
}

/** Per level of the architecture's tree, the subtrees equal to `values` on the grid. */
export function subtreeMatches(
  arch: ArchitectureName, depth: number, variables: readonly string[], grid: Grid, values: ArrayLike<number>,
  operator: OperatorName = "eml",
): LevelMatches[] {
  const { nodes } = hardenedSets(arch, depth, variables, operator);
  const levels: LevelMatches[] = [];
  let first = 0;
  for (let level = 0; level < depth; level++) {
    const count = 2 ** (depth - 1 - level);
    const seen = new Map<string, (typeof nodes)[number][number]>();
    for (const set of nodes.slice(first, first + count)) for (const e of set) seen.set(printExpression(e), e);
    first += count;
    levels.push({ subtreeDepth: level + 1, expressions: seen.size, matches: matchingExpressions([...seen.values()], grid, values).map(printExpression) });
  }
  return levels;
}

/** The distinct expressions the given input (slot 2 * node + side) of an architecture can receive. */
export function slotMatches(
  arch: ArchitectureName, depth: number, variables: readonly string[], slot: number, grid: Grid, values: ArrayLike<number>,
  operator: OperatorName = "eml",
): { expressions: number; matches: string[] } {
  const { slots } = hardenedSets(arch, depth, variables, operator);
  if (!slots[slot]) throw new RangeError(`slot ${slot} does not exist (0 to ${slots.length - 1})`);
  return { expressions: slots[slot].length, matches: matchingExpressions(slots[slot], grid, values).map(printExpression) };
}
