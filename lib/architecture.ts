/**
 * The three routing architectures of PROTOCOL.md ("Architectures") at any depth >= 2, as data:
 * a full binary tree of 2^n - 1 operator nodes, numbered bottom-up and left to right (the
 * bottom nodes first, the root last), with 2^n leaves numbered left to right.
 */
import type { ArchitectureName } from "./protocol.js";
import { ARCHITECTURES } from "./protocol.js";

/** One term a softmax can select: the constant 1, a variable (by index) or the slot's child. */
export type Term = { kind: "one" } | { kind: "var"; index: number } | { kind: "child" };

/** How a node input is formed from its source (a leaf or a child node). */
export type Selector =
  | { kind: "identity" }
  | { kind: "gate"; parameter: number }
  | { kind: "softmax"; offset: number; terms: Term[] };

export interface Source {
  kind: "leaf" | "node";
  index: number;
}

/** A node input: node, side (0 = left, 1 = right), where it comes from and how it is selected. */
export interface Slot {
  node: number;
  side: 0 | 1;
  source: Source;
  selector: Selector;
}

/** A named block of parameters, rows x columns, in the golden-trace layout. */
export interface ParameterBlock {
  name: "leaf_logits" | "internal_logits" | "blend_logits" | "root_logits";
  offset: number;
  rows: number;
  columns: number;
}

export interface Architecture {
  name: ArchitectureName;
  depth: number;
  /** The data's variables, e.g. ["x", "y"] or ["x"]. */
  variables: string[];
  parameterCount: number;
  leafCount: number;
  nodeCount: number;
  /** Offset of each leaf's softmax over [1, ...variables]. */
  leafOffsets: number[];
  /** Two slots per node, slot index = 2 * node + side. */
  slots: Slot[];
  blocks: ParameterBlock[];
  /** Softmax groups by penalty role. */
  internalSoftmaxes: Array<{ offset: number; size: number }>;
  rootSoftmaxes: Array<{ offset: number; size: number }>;
  /** Parameter indices of every sigmoid gate. */
  gates: number[];
}

/** Index of the node at `level` (0 = bottom) and `position` (left to right) in a depth-n tree. */
export function nodeIndex(depth: number, level: number, position: number): number {
  let offset = 0;
  for (let l = 0; l < level; l++) offset += 2 ** (depth - 1 - l);
  return offset + position;
}

function childSource(depth: number, level: number, position: number, side: 0 | 1): Source {
  if (level === 0) return { kind: "leaf", index: 2 * position + side };
  return { kind: "node", index: nodeIndex(depth, level - 1, 2 * position + side) };
}

/** Slots (node, side) whose child is an operator node, in the post-order of PROTOCOL.md. */
function postOrderInternalSlots(depth: number): Array<[number, 0 | 1]> {
  const order: Array<[number, 0 | 1]> = [];
  const visit = (level: number, position: number) => {
    for (const side of [0, 1] as const) {
      if (level === 0) continue;
      visit(level - 1, 2 * position + side);
      order.push([nodeIndex(depth, level, position), side]);
    }
  };
  visit(depth - 1, 0);
  return order;
}

/** Build an architecture; throws a RangeError naming valid values on bad input. */
export function buildArchitecture(name: ArchitectureName, depth = 3, variables: string[] = ["x", "y"]): Architecture {
  if (!ARCHITECTURES.includes(name)) {
    throw new RangeError(`unknown architecture '${name}' (valid: ${ARCHITECTURES.join(", ")})`);
  }
  if (!Number.isInteger(depth) || depth < 2 || depth > 8) {
    throw new RangeError(`depth must be an integer from 2 to 8, got ${depth}`);
  }
  if (variables.length < 1 || variables.length > 2) {
    throw new RangeError(`an architecture takes one or two variables, got ${variables.length}`);
  }
  const leafCount = 2 ** depth;
  const nodeCount = leafCount - 1;
  const root = nodeCount - 1;
  const leafSize = 1 + variables.length;
  const blocks: ParameterBlock[] = [{ name: "leaf_logits", offset: 0, rows: leafCount, columns: leafSize }];
  const leafOffsets = Array.from({ length: leafCount }, (_, leaf) => leaf * leafSize);
  let offset = leafCount * leafSize;
  const slots: Slot[] = [];
  const internalSoftmaxes: Architecture["internalSoftmaxes"] = [];
  const rootSoftmaxes: Architecture["rootSoftmaxes"] = [];
  const gates: number[] = [];
  const oneVarChild: Term[] = [{ kind: "one" }, { kind: "var", index: 0 }, { kind: "child" }];

  for (let level = 0; level < depth; level++) {
    for (let position = 0; position < 2 ** (depth - 1 - level); position++) {
      for (const side of [0, 1] as const) {
        const node = nodeIndex(depth, level, position);
        slots.push({ node, side, source: childSource(depth, level, position, side), selector: { kind: "identity" } });
      }
    }
  }

  if (name === "eq6") {
    const internal = postOrderInternalSlots(depth);
    blocks.push({ name: "internal_logits", offset, rows: internal.length, columns: oneVarChild.length });
    for (const [node, side] of internal) {
      slots[2 * node + side].selector = { kind: "softmax", offset, terms: oneVarChild };
      internalSoftmaxes.push({ offset, size: oneVarChild.length });
      offset += oneVarChild.length;
    }
  } else {
    const gatedNodes = name === "v16" ? nodeCount : nodeCount - 1;
    blocks.push({ name: "blend_logits", offset, rows: gatedNodes, columns: 2 });
    for (let node = 0; node < gatedNodes; node++) {
      for (const side of [0, 1] as const) {
        slots[2 * node + side].selector = { kind: "gate", parameter: offset };
        gates.push(offset);
        offset += 1;
      }
    }
    if (name === "hybrid") {
      const terms: Term[] = [{ kind: "one" }, ...variables.map((_, index) => ({ kind: "var" as const, index })), { kind: "child" }];
      blocks.push({ name: "root_logits", offset, rows: 2, columns: terms.length });
      for (const side of [0, 1] as const) {
        slots[2 * root + side].selector = { kind: "softmax", offset, terms };
        rootSoftmaxes.push({ offset, size: terms.length });
        offset += terms.length;
      }
    }
  }
  return {
    name, depth, variables: [...variables], parameterCount: offset, leafCount, nodeCount,
    leafOffsets, slots, blocks, internalSoftmaxes, rootSoftmaxes, gates,
  };
}

/** Every softmax group (leaves, internal, root) with its terms, for snapping and selections. */
export function softmaxGroups(architecture: Architecture): Array<{ offset: number; size: number }> {
  const leafSize = 1 + architecture.variables.length;
  return [
    ...architecture.leafOffsets.map((offset) => ({ offset, size: leafSize })),
    ...architecture.internalSoftmaxes,
    ...architecture.rootSoftmaxes,
  ];
}
