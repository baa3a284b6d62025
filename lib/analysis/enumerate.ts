/**
 * The representable set E(A) of Eq. (1), enumerated: every distinct expression the one-hot snap
 * can leave from an architecture (lib/architecture.ts), built bottom-up from the selectors'
 * choices. A softmax contributes one expression per term (a leaf's 1 and variables, a node's
 * child set), a sigmoid gate the constant 1 or its source, so a node's set is the product of its
 * two inputs' sets. Distinct means distinct pruned trees (signatures); two trees may still be
 * the same function, which representability.ts decides numerically.
 *
 * Sizes over {1, x, y} at depth 3: Eq. 6 15,129, V16 10,201, Hybrid 10,609 (depth 4 is ~10^8:
 * not enumerable this way).
 */
import { buildArchitecture, type Architecture, type Selector, type Source } from "../architecture.js";
import { apply, one, signature, variable, type Expression } from "../expression.js";
import type { ArchitectureName, OperatorName } from "../protocol.js";

/** What the snap can put at every input of every node, and what every node can output. */
export interface HardenedSets {
  architecture: Architecture;
  /** Per slot (2 * node + side): the distinct expressions the input can be. */
  slots: Expression[][];
  /** Per node (bottom-up, root last): the distinct expressions its output can be. */
  nodes: Expression[][];
}

function distinct(expressions: Iterable<Expression>): Expression[] {
  const bySignature = new Map<string, Expression>();
  for (const e of expressions) {
    const key = signature(e);
    if (!bySignature.has(key)) bySignature.set(key, e);
  }
  return [...bySignature.values()];
}

/** The per-slot and per-node expression sets of an architecture (depth 2 to 3 in practice). */
export function hardenedSets(
  arch: ArchitectureName, depth = 3, variables: readonly string[] = ["x", "y"], operator: OperatorName = "eml",
): HardenedSets {
  const architecture = buildArchitecture(arch, depth, [...variables]);
  const leaf: Expression[] = [one, ...architecture.variables.map(variable)];
  const nodes: Expression[][] = [];
  const slots: Expression[][] = [];
  const sourceSet = (source: Source): Expression[] => (source.kind === "leaf" ? leaf : nodes[source.index]);
  const slotSet = (source: Source, selector: Selector): Expression[] => {
    if (selector.kind === "identity") return sourceSet(source);
    if (selector.kind === "gate") return distinct([one, ...sourceSet(source)]);
    return distinct(selector.terms.flatMap((term) =>
      term.kind === "one" ? [one] : term.kind === "var" ? [variable(architecture.variables[term.index])] : sourceSet(source)));
  };
  for (let node = 0; node < architecture.nodeCount; node++) {
    const [left, right] = [0, 1].map((side) => {
      const { source, selector } = architecture.slots[2 * node + side];
      return slotSet(source, selector);
    });
    slots[2 * node] = left;
    slots[2 * node + 1] = right;
    nodes[node] = left.flatMap((a) => right.map((b) => apply(operator, a, b)));
  }
  return { architecture, slots, nodes };
}

/** E(A): every distinct hardened tree of the architecture (the root's output set). */
export function hardenedExpressions(
  arch: ArchitectureName, depth = 3, variables: readonly string[] = ["x", "y"], operator: OperatorName = "eml",
): Expression[] {
  const { nodes } = hardenedSets(arch, depth, variables, operator);
  return nodes[nodes.length - 1];
}
