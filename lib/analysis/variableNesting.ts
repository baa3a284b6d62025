/**
 * How deep a variable can sit in a hardened tree: the number of operator nodes above each of its
 * occurrences (its nesting). The snap never bypasses a node (a gate or softmax only replaces an
 * input by 1, a variable or the child), so an architecture fixes which nestings a variable can
 * have: V16 takes variables only at the leaves, hence every variable of a depth-n V16 tree sits
 * under exactly n operators. A target whose variables sit elsewhere cannot be the snapped tree
 * (its signature cannot match), whatever the training: e.g. the depth-3 chain targets (variables
 * under 3 operators) for V16 at depth 4 (Sec. 5.2). Computed from the architecture's slots,
 * without enumerating its ~10^8 depth-4 trees.
 */
import { buildArchitecture, type Source } from "../architecture.js";
import type { Expression } from "../expression.js";
import type { ArchitectureName } from "../protocol.js";

/** The nestings of each variable's occurrences in an expression, as sorted lists by name. */
export function variableNestings(e: Expression): Record<string, number[]> {
  const found = new Map<string, Set<number>>();
  const visit = (node: Expression, above: number) => {
    if (node.kind === "var") found.set(node.name, (found.get(node.name) ?? new Set<number>()).add(above));
    if (node.kind === "op") {
      visit(node.left, above + 1);
      visit(node.right, above + 1);
    }
  };
  visit(e, 0);
  return Object.fromEntries([...found].map(([name, set]) => [name, [...set].sort((a, b) => a - b)]));
}

/** Per variable, the nestings it can have in the architecture's hardened trees (sorted). */
export function reachableVariableNestings(
  arch: ArchitectureName, depth: number, variables: readonly string[] = ["x", "y"],
): Record<string, number[]> {
  const architecture = buildArchitecture(arch, depth, [...variables]);
  const out: Record<string, number[]> = {};
  architecture.variables.forEach((name, index) => {
    // Per node: the nestings of this variable below it, counted from the node (1 = one of its inputs).
    const below: Array<Set<number>> = [];
    const fromSource = (source: Source): Set<number> => (source.kind === "leaf" ? new Set([0]) : below[source.index]);
    for (let node = 0; node < architecture.nodeCount; node++) {
      const here = new Set<number>();
      for (const side of [0, 1]) {
        const { source, selector } = architecture.slots[2 * node + side];
        const throughSource = selector.kind !== "softmax" || selector.terms.some((t) => t.kind === "child");
        if (throughSource) for (const n of fromSource(source)) here.add(n + 1);
        if (selector.kind === "softmax" && selector.terms.some((t) => t.kind === "var" && t.index === index)) here.add(1);
      }
      below[node] = here;
    }
    out[name] = [...below[architecture.nodeCount - 1]].sort((a, b) => a - b);
  });
  return out;
}

/**
 * Whether every variable occurrence of the target sits at a nesting the architecture allows: a
 * necessary condition for the snapped tree to be the target (equal signatures).
 */
export function nestingsReachable(target: Expression, arch: ArchitectureName, depth: number, variables: readonly string[] = ["x", "y"]): boolean {
  const reachable = reachableVariableNestings(arch, depth, variables);
  return Object.entries(variableNestings(target)).every(([name, nestings]) => nestings.every((n) => reachable[name]?.includes(n)));
}
