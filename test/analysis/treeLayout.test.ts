import { describe, expect, it } from "vitest";
import { treeLayout } from "../../lib/analysis/treeLayout.js";
import { one, variable } from "../../lib/expression.js";
import { targetNamed } from "../../lib/targets.js";

describe("treeLayout", () => {
  it("treeLayout(e) spaces the leaves evenly on [0, 1] and centres each operator over its children", () => {
    const nodes = treeLayout(targetNamed("E_Bal").expression); // eml(eml(1, x), eml(1, y))
    expect(nodes.map((n) => n.label)).toEqual(["eml", "eml", "1", "x", "eml", "1", "y"]);
    expect(nodes.filter((n) => n.kind !== "op").map((n) => n.x)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(nodes[1].x).toBeCloseTo(1 / 6, 12);
    expect(nodes[0].x).toBeCloseTo(0.5, 12);
    expect(nodes.map((n) => n.depth)).toEqual([0, 1, 2, 2, 1, 2, 2]);
  });

  it("treeLayout(e) records each node's parent and side (0: left input a, 1: right input b)", () => {
    const nodes = treeLayout(targetNamed("paper").expression); // eml(eml(1, eml(y, x)), 1)
    expect(nodes.map((n) => [n.parent, n.side])).toEqual([
      [undefined, undefined], [0, 0], [1, 0], [1, 1], [3, 0], [3, 1], [0, 1],
    ]);
  });

  it("treeLayout of a single leaf puts it in the middle", () => {
    expect(treeLayout(one)).toEqual([{ id: 0, x: 0.5, depth: 0, label: "1", kind: "one" }]);
    expect(treeLayout(variable("x"))[0].label).toBe("x");
  });
});
