/**
 * Positions for drawing an expression as a tree (Fig. 1): leaves evenly spaced left to right,
 * every operator node centred above its two children, the root on top.
 */
import type { Expression } from "../expression.js";

export interface TreeNode {
  /** Pre-order index; the root is 0. */
  id: number;
  /** Horizontal position in [0, 1] and depth below the root (0 at the root). */
  x: number;
  depth: number;
  /** The operator's name, "1" or the variable. */
  label: string;
  kind: Expression["kind"];
  /** The parent's id and which of its inputs this node feeds (0: left, a; 1: right, b). */
  parent?: number;
  side?: 0 | 1;
}

/** The nodes of `expression` with drawing positions, in pre-order. */
export function treeLayout(expression: Expression): TreeNode[] {
  const nodes: TreeNode[] = [];
  let leaves = 0;
  const visit = (e: Expression, depth: number, parent?: number, side?: 0 | 1): number => {
    const id = nodes.length;
    const node: TreeNode = { id, x: 0, depth, label: e.kind === "op" ? e.op : e.kind === "var" ? e.name : "1", kind: e.kind };
    if (parent !== undefined) Object.assign(node, { parent, side });
    nodes.push(node);
    if (e.kind === "op") {
      const left = visit(e.left, depth + 1, id, 0);
      const right = visit(e.right, depth + 1, id, 1);
      node.x = (nodes[left].x + nodes[right].x) / 2;
    } else node.x = leaves++;
    return id;
  };
  visit(expression, 0);
  const span = Math.max(1, leaves - 1);
  for (const node of nodes) node.x = leaves === 1 ? 0.5 : node.x / span;
  return nodes;
}
