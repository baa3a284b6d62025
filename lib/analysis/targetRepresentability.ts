/**
 * Whether each target lies in an architecture's representable set E(A) (Eq. 1), decided two ways
 * from the enumerated set (enumerate.ts): structurally (some hardened tree has the target's
 * signature: what `exact` requires, PROTOCOL.md outcome) and numerically (some hardened tree
 * equals the target at every point of its training grid, representability.ts).
 */
import { signature, type Expression } from "../expression.js";
import type { ArchitectureName, OperatorName } from "../protocol.js";
import { trainingData } from "../data.js";
import type { Target } from "../targets.js";
import { hardenedExpressions } from "./enumerate.js";
import { matchingExpressions } from "./representability.js";

export interface TargetRepresentability {
  target: string;
  arch: ArchitectureName;
  /** The target's own tree is a hardened tree of the architecture. */
  structural: boolean;
  /** Hardened trees equal to the target on its training grid (the target's own tree included). */
  numericalMatches: number;
  /** One such tree other than the target's own, if any. */
  equivalent?: string;
}

/** E(A) per (architecture, operator, variables), enumerated once. */
export function representableSets(depth = 3): (arch: ArchitectureName, operator: OperatorName, variables: readonly string[]) => Expression[] {
  const cache = new Map<string, Expression[]>();
  return (arch, operator, variables) => {
    const key = `${arch}|${operator}|${variables.join(",")}`;
    if (!cache.has(key)) cache.set(key, hardenedExpressions(arch, depth, variables, operator));
    return cache.get(key)!;
  };
}

/** One entry per (target, architecture). */
export function targetRepresentability(
  targets: readonly Target[], archs: readonly ArchitectureName[], depth = 3,
): TargetRepresentability[] {
  const sets = representableSets(depth);
  const entries: TargetRepresentability[] = [];
  for (const target of targets) {
    const data = trainingData(target);
    const grid = { variables: Object.fromEntries(target.variables.map((name, v) => [name, data.points.variables[v]])), count: data.points.count };
    const own = signature(target.expression);
    for (const arch of archs) {
      const set = sets(arch, target.operator, target.variables);
      const matches = matchingExpressions(set, grid, data.targets);
      const other = matches.find((e) => signature(e) !== own);
      entries.push({
        target: target.name, arch, structural: set.some((e) => signature(e) === own), numericalMatches: matches.length,
        ...(other ? { equivalent: signature(other) } : {}),
      });
    }
  }
  return entries;
}
