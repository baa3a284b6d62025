/**
 * Hand-set logits that route an architecture to compute a given tree: the expression's root at
 * the tree's root, each operator child at the child node, each 1 or variable selected where the
 * input can select it. Unused inputs select 1 (gates closed, softmaxes on "1"). Returns null when
 * the architecture cannot express the tree this way (e.g. V16 has no variable at inner inputs).
 */
import type { Architecture, Term } from "../../lib/architecture.js";
import type { Expression } from "../../lib/expression.js";

export function routingParameters(architecture: Architecture, expression: Expression, magnitude = 20): Float64Array | null {
  const params = new Float64Array(architecture.parameterCount);
  const leafSize = 1 + architecture.variables.length;
  for (const offset of architecture.leafOffsets) params[offset] = magnitude;
  for (const gate of architecture.gates) params[gate] = magnitude;
  for (const { offset } of [...architecture.internalSoftmaxes, ...architecture.rootSoftmaxes]) params[offset] = magnitude;

  const termIndex = (terms: Term[], e: Expression): number =>
    terms.findIndex((term) =>
      e.kind === "one" ? term.kind === "one"
        : e.kind === "var" ? term.kind === "var" && architecture.variables[term.index] === e.name
          : term.kind === "child");
  const select = (offset: number, size: number, index: number) => {
    for (let k = 0; k < size; k++) params[offset + k] = k === index ? magnitude : 0;
  };
  const leafTerms: Term[] = [{ kind: "one" }, ...architecture.variables.map((_, index) => ({ kind: "var" as const, index }))];

  const placeInput = (slotIndex: number, e: Expression): boolean => {
    const { source, selector } = architecture.slots[slotIndex];
    const throughSource = (): boolean => {
      if (source.kind === "node") return e.kind === "op" && placeNode(source.index, e);
      if (e.kind === "op") return false;
      const index = termIndex(leafTerms, e);
      if (index < 0) return false;
      select(architecture.leafOffsets[source.index], leafSize, index);
      return true;
    };
    if (selector.kind === "identity") return throughSource();
    if (selector.kind === "gate") {
      if (e.kind === "one") return true; // gate closed: the input is 1
      params[selector.parameter] = -magnitude;
      return throughSource();
    }
    const index = termIndex(selector.terms, e);
    if (index < 0) return false;
    select(selector.offset, selector.terms.length, index);
    return selector.terms[index].kind === "child" ? throughSource() : true;
  };
  const placeNode = (node: number, e: Expression): boolean =>
    e.kind === "op" && placeInput(2 * node, e.left) && placeInput(2 * node + 1, e.right);

  const root = architecture.nodeCount - 1;
  return placeNode(root, expression) ? params : null;
}
