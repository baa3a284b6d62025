import { describe, expect, it } from "vitest";
import { hardenedExpressions } from "../../lib/analysis/enumerate.js";
import { nestingsReachable, reachableVariableNestings, variableNestings } from "../../lib/analysis/variableNesting.js";
import { ARCHITECTURES } from "../../lib/protocol.js";
import { targetNamed } from "../../lib/targets.js";

describe("variableNesting", () => {
  it("variableNestings counts the operators above each variable occurrence", () => {
    expect(variableNestings(targetNamed("paper").expression)).toEqual({ y: [3], x: [3] });
    expect(variableNestings(targetNamed("E_Bal").expression)).toEqual({ x: [2], y: [2] });
    expect(variableNestings(targetNamed("shockley").expression)).toEqual({ x: [1] });
  });

  it("reachableVariableNestings agrees with the enumerated trees at depth 2 and 3 (every architecture)", () => {
    for (const arch of ARCHITECTURES) {
      for (const depth of [2, 3]) {
        const seen: Record<string, Set<number>> = { x: new Set(), y: new Set() };
        for (const e of hardenedExpressions(arch, depth)) for (const [name, ns] of Object.entries(variableNestings(e))) ns.forEach((n) => seen[name].add(n));
        const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
        expect(reachableVariableNestings(arch, depth)).toEqual({ x: sorted(seen.x), y: sorted(seen.y) });
      }
    }
  });

  it("reachableVariableNestings('v16', n) is {n} for both variables: V16 routes variables through the leaves only", () => {
    for (const depth of [2, 3, 4, 5]) expect(reachableVariableNestings("v16", depth)).toEqual({ x: [depth], y: [depth] });
    expect(reachableVariableNestings("eq6", 4)).toEqual({ x: [1, 2, 3, 4], y: [4] });
    expect(reachableVariableNestings("hybrid", 4)).toEqual({ x: [1, 4], y: [1, 4] });
  });

  it("nestingsReachable: the depth-3 chain targets fit every depth-3 architecture and no depth-4 one; BalLog fits none", () => {
    for (const arch of ARCHITECTURES) {
      expect(nestingsReachable(targetNamed("T1").expression, arch, 3)).toBe(true);
      expect(nestingsReachable(targetNamed("T1").expression, arch, 4)).toBe(false);
      expect(nestingsReachable(targetNamed("E_Bal").expression, arch, 3)).toBe(false);
    }
  });
});
