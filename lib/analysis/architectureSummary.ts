/**
 * Table 1 computed from an architecture's definition (lib/architecture.ts) rather than typed in:
 * how each internal node selects its inputs, the parameter count, and where each variable can
 * enter the tree.
 */
import { buildArchitecture, type Architecture, type Selector, type Term } from "../architecture.js";
import type { ArchitectureName } from "../protocol.js";

export interface ArchitectureSummary {
  architecture: ArchitectureName;
  depth: number;
  parameters: number;
  /** The selectors of the inputs whose source is an operator node, e.g. "softmax {1, x, f}". */
  internalSelection: string;
  /** Per variable, the node levels (0 = bottom, depth - 1 = root) where it can be an input. */
  entryLevels: Record<string, number[]>;
  /** The entry levels in words, e.g. "x at all nodes; y at leaves". */
  routing: string;
}

const termName = (term: Term, variables: readonly string[]) =>
  term.kind === "one" ? "1" : term.kind === "var" ? variables[term.index] : "f";

function selectorName(selector: Selector, variables: readonly string[]): string {
  if (selector.kind === "identity") return "direct";
  if (selector.kind === "gate") return "sigmoid {1, f}";
  return `softmax {${selector.terms.map((term) => termName(term, variables)).join(", ")}}`;
}

/** A node's level: 0 for the bottom nodes, depth - 1 for the root. */
export function nodeLevel(architecture: Architecture, node: number): number {
  let level = 0;
  for (let first = 0, width = 2 ** (architecture.depth - 1); node >= first + width; first += width, width /= 2) level += 1;
  return level;
}

function internalSelection(architecture: Architecture): string {
  const root = architecture.nodeCount - 1;
  const internal = architecture.slots.filter((slot) => slot.source.kind === "node");
  const names = (slots: typeof internal) => [...new Set(slots.map((slot) => selectorName(slot.selector, architecture.variables)))];
  const all = names(internal);
  if (all.length === 1) return all[0];
  const below = names(internal.filter((slot) => slot.node !== root));
  const atRoot = names(internal.filter((slot) => slot.node === root));
  return `${below.join(" or ")}; root: ${atRoot.join(" or ")}`;
}

function entryLevels(architecture: Architecture): Record<string, number[]> {
  const levels: Record<string, Set<number>> = Object.fromEntries(architecture.variables.map((name) => [name, new Set<number>()]));
  for (const slot of architecture.slots) {
    const level = nodeLevel(architecture, slot.node);
    // A leaf's softmax offers every variable, whatever selector passes the leaf on.
    if (slot.source.kind === "leaf") for (const name of architecture.variables) levels[name].add(level);
    if (slot.selector.kind === "softmax") {
      for (const term of slot.selector.terms) if (term.kind === "var") levels[architecture.variables[term.index]].add(level);
    }
  }
  return Object.fromEntries(Object.entries(levels).map(([name, set]) => [name, [...set].sort((a, b) => a - b)]));
}

function levelWords(levels: number[], depth: number): string {
  if (levels.length === depth) return "all nodes";
  if (levels.length === 1 && levels[0] === 0) return "leaves";
  if (levels.length === 2 && levels[0] === 0 && levels[1] === depth - 1) return "root and leaves";
  return `leaves and levels ${levels.filter((level) => level > 0).join(", ")}`;
}

function routing(levels: Record<string, number[]>, depth: number): string {
  const byWords = new Map<string, string[]>();
  for (const [name, list] of Object.entries(levels)) {
    const words = levelWords(list, depth);
    byWords.set(words, [...(byWords.get(words) ?? []), name]);
  }
  return [...byWords.entries()].map(([words, names]) => `${names.join(", ")} at ${words}`).join("; ");
}

/** Table 1's row of an architecture at a depth, from its definition. */
export function architectureSummary(name: ArchitectureName, depth = 3, variables: string[] = ["x", "y"]): ArchitectureSummary {
  const architecture = buildArchitecture(name, depth, variables);
  const levels = entryLevels(architecture);
  return {
    architecture: name, depth, parameters: architecture.parameterCount,
    internalSelection: internalSelection(architecture), entryLevels: levels, routing: routing(levels, depth),
  };
}
