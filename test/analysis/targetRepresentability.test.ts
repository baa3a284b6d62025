import { describe, expect, it } from "vitest";
import { targetRepresentability } from "../../lib/analysis/targetRepresentability.js";
import { ARCHITECTURES } from "../../lib/protocol.js";
import { targetNamed } from "../../lib/targets.js";

describe("targetRepresentability", () => {
  it("targetRepresentability finds every EML chain target in every architecture's depth-3 set, structurally", () => {
    const entries = targetRepresentability(["paper", "T1", "T4_yx"].map(targetNamed), ARCHITECTURES);
    expect(entries).toHaveLength(9);
    for (const entry of entries) expect(entry).toMatchObject({ structural: true, numericalMatches: 1 });
  });

  it("targetRepresentability: no depth-3 architecture holds a balanced tree, as a tree or as a function on the grid", () => {
    // A balanced tree needs a variable at a middle node's input: Eq. 6 offers {1, x, child}, V16 and
    // Hybrid gate between 1 and the child (an operator node), so no tree of E(A) has the shape.
    for (const name of ["E_Bal", "E_BalExp", "S_Bal_mx"]) {
      for (const entry of targetRepresentability([targetNamed(name)], ARCHITECTURES)) {
        expect(entry).toMatchObject({ structural: false, numericalMatches: 0 });
      }
    }
  });

  it("targetRepresentability: the Shockley tree is in Eq. 6's and Hybrid's sets and not in V16's (Sec. 4.5)", () => {
    const entries = targetRepresentability([targetNamed("shockley")], ARCHITECTURES);
    expect(entries.map((e) => [e.arch, e.structural])).toEqual([["eq6", true], ["v16", false], ["hybrid", true]]);
  });
});
