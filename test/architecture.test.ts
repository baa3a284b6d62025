import { describe, expect, it } from "vitest";
import { buildArchitecture, nodeIndex, softmaxGroups } from "../lib/architecture.js";
import type { ArchitectureName } from "../lib/protocol.js";

describe("buildArchitecture(name, depth, variables)", () => {
  // Counted by hand from PROTOCOL.md: 2^n leaves x (1 + variables) logits; Eq. 6 adds 3 logits for
  // each of the 2^n - 2 inputs fed by an operator node; V16 two gates per node (2^n - 1 nodes);
  // Hybrid two gates per non-root node plus 2 x (2 + variables) root logits.
  const counts: Array<[ArchitectureName, number, number, number]> = [
    ["eq6", 3, 2, 42], ["v16", 3, 2, 38], ["hybrid", 3, 2, 44],
    ["eq6", 2, 2, 18], ["v16", 2, 2, 18], ["hybrid", 2, 2, 24],
    ["eq6", 4, 2, 90], ["v16", 4, 2, 78], ["hybrid", 4, 2, 84],
    ["eq6", 3, 1, 34], ["v16", 3, 1, 30], ["hybrid", 3, 1, 34],
    ["eq6", 4, 1, 74], ["v16", 4, 1, 62], ["hybrid", 4, 1, 66],
  ];
  for (const [name, depth, variableCount, expected] of counts) {
    it(`${name} at depth ${depth} with ${variableCount} variable(s) has ${expected} parameters`, () => {
      const variables = ["x", "y"].slice(0, variableCount);
      const architecture = buildArchitecture(name, depth, variables);
      expect(architecture.parameterCount).toBe(expected);
      expect(architecture.blocks.reduce((sum, b) => sum + b.rows * b.columns, 0)).toBe(expected);
      expect(architecture.leafCount).toBe(2 ** depth);
      expect(architecture.nodeCount).toBe(2 ** depth - 1);
      expect(architecture.slots).toHaveLength(2 * (2 ** depth - 1));
    });
  }

  it("lays out the golden-trace blocks: leaf_logits [8][3], then internal [6][3], blend [7][2] or blend [6][2] + root [2][4]", () => {
    const shape = (name: ArchitectureName) => buildArchitecture(name).blocks.map((b) => [b.name, b.offset, b.rows, b.columns]);
    expect(shape("eq6")).toEqual([["leaf_logits", 0, 8, 3], ["internal_logits", 24, 6, 3]]);
    expect(shape("v16")).toEqual([["leaf_logits", 0, 8, 3], ["blend_logits", 24, 7, 2]]);
    expect(shape("hybrid")).toEqual([["leaf_logits", 0, 8, 3], ["blend_logits", 24, 6, 2], ["root_logits", 36, 2, 4]]);
  });

  it("numbers nodes bottom-up and left to right: bottom 0..3 read leaves 2k, 2k+1; middle 4, 5; root 6", () => {
    const { slots } = buildArchitecture("v16");
    const sources = slots.map((slot) => `${slot.node}.${slot.side}<-${slot.source.kind}${slot.source.index}`);
    expect(sources).toEqual([
      "0.0<-leaf0", "0.1<-leaf1", "1.0<-leaf2", "1.1<-leaf3", "2.0<-leaf4", "2.1<-leaf5", "3.0<-leaf6", "3.1<-leaf7",
      "4.0<-node0", "4.1<-node1", "5.0<-node2", "5.1<-node3", "6.0<-node4", "6.1<-node5",
    ]);
    expect([nodeIndex(3, 0, 3), nodeIndex(3, 1, 1), nodeIndex(3, 2, 0), nodeIndex(4, 3, 0)]).toEqual([3, 5, 6, 14]);
  });

  it("Eq. 6: internal_logits rows follow PROTOCOL's post-order (node 4 left, right, root left, node 5 left, right, root right) over {1, x, child}", () => {
    const architecture = buildArchitecture("eq6");
    const rowOf = (node: number, side: 0 | 1) => {
      const selector = architecture.slots[2 * node + side].selector;
      return selector.kind === "softmax" ? (selector.offset - 24) / 3 : -1;
    };
    expect([rowOf(4, 0), rowOf(4, 1), rowOf(6, 0), rowOf(5, 0), rowOf(5, 1), rowOf(6, 1)]).toEqual([0, 1, 2, 3, 4, 5]);
    const selector = architecture.slots[2 * 6].selector;
    expect(selector.kind === "softmax" && selector.terms).toEqual([{ kind: "one" }, { kind: "var", index: 0 }, { kind: "child" }]);
    expect(architecture.slots.slice(0, 8).every((slot) => slot.selector.kind === "identity")).toBe(true);
    expect(architecture.gates).toEqual([]);
  });

  it("V16: blend_logits row k holds the [left, right] gates of node k; every input is gated", () => {
    const architecture = buildArchitecture("v16");
    expect(architecture.slots.map((slot) => (slot.selector.kind === "gate" ? slot.selector.parameter : -1)))
      .toEqual(Array.from({ length: 14 }, (_, i) => 24 + i));
    expect(architecture.gates).toEqual(Array.from({ length: 14 }, (_, i) => 24 + i));
  });

  it("Hybrid: the root's inputs are softmaxes over {1, x, y, child}; every other input is gated", () => {
    const architecture = buildArchitecture("hybrid");
    const root = architecture.slots.slice(12).map((slot) => slot.selector);
    expect(root).toEqual([
      { kind: "softmax", offset: 36, terms: [{ kind: "one" }, { kind: "var", index: 0 }, { kind: "var", index: 1 }, { kind: "child" }] },
      { kind: "softmax", offset: 40, terms: [{ kind: "one" }, { kind: "var", index: 0 }, { kind: "var", index: 1 }, { kind: "child" }] },
    ]);
    expect(architecture.gates).toEqual(Array.from({ length: 12 }, (_, i) => 24 + i));
    expect(architecture.rootSoftmaxes).toEqual([{ offset: 36, size: 4 }, { offset: 40, size: 4 }]);
  });

  it("one variable: leaves choose among {1, x} and Hybrid's root among {1, x, child}", () => {
    const architecture = buildArchitecture("hybrid", 3, ["x"]);
    expect(architecture.leafOffsets).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
    expect(architecture.rootSoftmaxes).toEqual([{ offset: 28, size: 3 }, { offset: 31, size: 3 }]);
    expect(softmaxGroups(architecture).map((group) => group.size)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 3, 3]);
  });

  it("throws RangeErrors naming the valid values for an unknown name, a bad depth or variable count", () => {
    expect(() => buildArchitecture("v17" as ArchitectureName)).toThrow(/unknown architecture 'v17' \(valid: eq6, v16, hybrid\)/);
    for (const depth of [1, 9, 2.5]) expect(() => buildArchitecture("v16", depth)).toThrow(/depth must be an integer from 2 to 8/);
    expect(() => buildArchitecture("v16", 3, [])).toThrow(/one or two variables/);
    expect(() => buildArchitecture("v16", 3, ["x", "y", "z"])).toThrow(RangeError);
  });
});
