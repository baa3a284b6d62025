import { describe, expect, it } from "vitest";
import { architectureSummary, nodeLevel } from "../../lib/analysis/architectureSummary.js";
import { buildArchitecture } from "../../lib/architecture.js";

describe("architectureSummary", () => {
  it("architectureSummary(arch, 3) gives Table 1: selection, 42/38/44 parameters and routing", () => {
    expect(architectureSummary("eq6")).toMatchObject({
      parameters: 42, internalSelection: "softmax {1, x, f}", entryLevels: { x: [0, 1, 2], y: [0] }, routing: "x at all nodes; y at leaves",
    });
    expect(architectureSummary("v16")).toMatchObject({
      parameters: 38, internalSelection: "sigmoid {1, f}", entryLevels: { x: [0], y: [0] }, routing: "x, y at leaves",
    });
    expect(architectureSummary("hybrid")).toMatchObject({
      parameters: 44, internalSelection: "sigmoid {1, f}; root: softmax {1, x, y, f}", entryLevels: { x: [0, 2], y: [0, 2] },
      routing: "x, y at root and leaves",
    });
  });

  it("architectureSummary(arch, depth) counts parameters at other depths", () => {
    // By hand, depth n: 2^n leaves x 3; Eq. 6 + 3 per input whose source is a node (2^n - 2 of them);
    // V16 + 2 per node (2^n - 1); Hybrid + 2 per non-root node + 2 x 4 at the root.
    for (const depth of [2, 4, 5]) {
      const leaves = 3 * 2 ** depth;
      expect(architectureSummary("eq6", depth).parameters).toBe(leaves + 3 * (2 ** depth - 2));
      expect(architectureSummary("v16", depth).parameters).toBe(leaves + 2 * (2 ** depth - 1));
      expect(architectureSummary("hybrid", depth).parameters).toBe(leaves + 2 * (2 ** depth - 2) + 8);
    }
  });

  it("architectureSummary with one variable routes x alone", () => {
    expect(architectureSummary("hybrid", 3, ["x"])).toMatchObject({ internalSelection: "sigmoid {1, f}; root: softmax {1, x, f}", routing: "x at root and leaves" });
  });

  it("nodeLevel numbers the bottom nodes 0 and the root depth - 1", () => {
    const architecture = buildArchitecture("v16", 3);
    expect(Array.from({ length: 7 }, (_, node) => nodeLevel(architecture, node))).toEqual([0, 0, 0, 0, 1, 1, 2]);
  });
});
