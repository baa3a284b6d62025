/**
 * The one-hot snap as a closed form: the pruned active tree of the hardened architecture
 * (every softmax at its argmax, every gate 1 where its logit >= 0), and the routing in the
 * reference's words ("Leaves: x, y, ...", "Gates: (1,0), ...").
 */
import type { Architecture, Source, Term } from "./architecture.js";
import { apply, one, variable, type Expression } from "./expression.js";
import type { OperatorName } from "./protocol.js";
import { hardSelections } from "./selections.js";

function argmaxTerm(weights: Float64Array, offset: number, terms: Term[]): Term {
  for (let k = 0; k < terms.length; k++) if (weights[offset + k] === 1) return terms[k];
  return terms[0];
}

function leafTerms(architecture: Architecture): Term[] {
  return [{ kind: "one" }, ...architecture.variables.map((_, index) => ({ kind: "var" as const, index }))];
}

/** The hardened expression of an architecture at the given parameters. */
export function snappedExpression(architecture: Architecture, operator: OperatorName, params: Float64Array): Expression {
  const weights = hardSelections(architecture, params, new Float64Array(params.length));
  const terms = leafTerms(architecture);
  const termExpression = (term: Term, child: () => Expression): Expression =>
    term.kind === "one" ? one : term.kind === "var" ? variable(architecture.variables[term.index]) : child();
  const sourceExpression = (source: Source): Expression =>
    source.kind === "leaf"
      ? termExpression(argmaxTerm(weights, architecture.leafOffsets[source.index], terms), () => one)
      : nodeExpression(source.index);
  const slotExpression = (index: number): Expression => {
    const { source, selector } = architecture.slots[index];
    if (selector.kind === "identity") return sourceExpression(source);
    if (selector.kind === "gate") return weights[selector.parameter] === 1 ? one : sourceExpression(source);
    return termExpression(argmaxTerm(weights, selector.offset, selector.terms), () => sourceExpression(source));
  };
  const nodeExpression = (node: number): Expression => apply(operator, slotExpression(2 * node), slotExpression(2 * node + 1));
  return nodeExpression(architecture.nodeCount - 1);
}

export interface Routing {
  leaves: string[];
  /** Eq. 6: the internal selections in post-order ("1", "x", "f"). */
  internal?: string[];
  /** V16 and Hybrid: gate values per gated node, [left, right]. */
  gates?: Array<[number, number]>;
  /** Hybrid: the root's two selections ("1", "x", "y", "f"). */
  root?: string[];
}

/** The snapped routing, named like the reference's descriptions. */
export function snappedRouting(architecture: Architecture, params: Float64Array): Routing {
  const weights = hardSelections(architecture, params, new Float64Array(params.length));
  const name = (term: Term) => (term.kind === "one" ? "1" : term.kind === "var" ? architecture.variables[term.index] : "f");
  const terms = leafTerms(architecture);
  const routing: Routing = { leaves: architecture.leafOffsets.map((offset) => name(argmaxTerm(weights, offset, terms))) };
  const softmaxNames = (groups: Array<{ offset: number }>) =>
    groups.map(({ offset }) => {
      const slot = architecture.slots.find((s) => s.selector.kind === "softmax" && s.selector.offset === offset);
      const selectorTerms = slot && slot.selector.kind === "softmax" ? slot.selector.terms : terms;
      return name(argmaxTerm(weights, offset, selectorTerms));
    });
  if (architecture.name === "eq6") routing.internal = softmaxNames(architecture.internalSoftmaxes);
  else {
    const gates: Array<[number, number]> = [];
    for (let g = 0; g < architecture.gates.length; g += 2) gates.push([weights[architecture.gates[g]], weights[architecture.gates[g + 1]]]);
    routing.gates = gates;
    if (architecture.name === "hybrid") routing.root = softmaxNames(architecture.rootSoftmaxes);
  }
  return routing;
}
