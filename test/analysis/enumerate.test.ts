import { describe, expect, it } from "vitest";
import { buildArchitecture } from "../../lib/architecture.js";
import { hardenedExpressions, hardenedSets } from "../../lib/analysis/enumerate.js";
import { signature } from "../../lib/expression.js";
import { ARCHITECTURES } from "../../lib/protocol.js";
import { createRandom } from "../../lib/random.js";
import { snappedExpression } from "../../lib/snap.js";
import { targetNamed } from "../../lib/targets.js";

const signatures = (arch: (typeof ARCHITECTURES)[number], depth = 3, variables = ["x", "y"]) =>
  new Set(hardenedExpressions(arch, depth, variables).map(signature));

describe("hardenedExpressions", () => {
  it("hardenedExpressions(arch) counts the depth-3 trees over {1, x, y} as the selectors multiply out", () => {
    // By hand. A leaf gives {1, x, y}: 3. V16: a gate adds 1 (already there), so a bottom node has
    // 3 * 3 = 9 outputs, a gated middle input 1 + 9 = 10, a middle node 100, a root input 101:
    // 101^2. Eq. 6: a middle input {1, x} + 9 = 11 -> 121; a root input {1, x} + 121 = 123: 123^2.
    // Hybrid: V16's middle nodes (100), root inputs {1, x, y} + 100 = 103: 103^2.
    expect(hardenedExpressions("v16").length).toBe(101 ** 2);
    expect(hardenedExpressions("eq6").length).toBe(123 ** 2);
    expect(hardenedExpressions("hybrid").length).toBe(103 ** 2);
  });

  it("hardenedExpressions(arch, 2, ['x']) counts a depth-2 tree over {1, x}", () => {
    // V16: bottom 2 * 2 = 4, root input 1 + 4 = 5: 25. Eq. 6: root input {1, x} + 4 = 6: 36.
    expect(hardenedExpressions("v16", 2, ["x"]).length).toBe(25);
    expect(hardenedExpressions("eq6", 2, ["x"]).length).toBe(36);
  });

  it("hardenedExpressions(arch) contains the snap of any parameters (random logits, every architecture)", () => {
    for (const arch of ARCHITECTURES) {
      const set = signatures(arch);
      const architecture = buildArchitecture(arch, 3, ["x", "y"]);
      const random = createRandom(`enumerate-${arch}`);
      for (let draw = 0; draw < 300; draw++) {
        const params = Float64Array.from({ length: architecture.parameterCount }, () => 3 * random.normal());
        expect(set.has(signature(snappedExpression(architecture, "eml", params)))).toBe(true);
      }
    }
  });

  it("hardenedExpressions('v16') is inside Eq. 6's set (Sec. 4.1: Eq. 6's representable set contains V16's)", () => {
    const eq6 = signatures("eq6");
    for (const s of signatures("v16")) expect(eq6.has(s)).toBe(true);
    expect(signatures("eq6").size).toBeGreaterThan(signatures("v16").size);
  });

  it("hardenedExpressions holds every depth-3 chain target and, over {1, x}, the Shockley tree except for V16", () => {
    for (const arch of ARCHITECTURES) {
      const set = signatures(arch);
      for (const name of ["paper", "T1", "T4", "T8"]) expect(set.has(signature(targetNamed(name).expression))).toBe(true);
      expect(signatures(arch, 3, ["x"]).has(signature(targetNamed("shockley").expression))).toBe(arch !== "v16");
    }
  });

  it("hardenedSets gives each node's output set, bottom-up, and each input's set", () => {
    const { nodes, slots } = hardenedSets("v16", 2, ["x"]);
    expect(nodes.map((n) => n.length)).toEqual([4, 4, 25]);
    expect(slots.map((s) => s.length)).toEqual([2, 2, 2, 2, 5, 5]);
  });
});
