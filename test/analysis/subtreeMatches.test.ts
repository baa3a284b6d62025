import { describe, expect, it } from "vitest";
import { productGrid } from "../../lib/analysis/representability.js";
import { slotMatches, subtreeMatches } from "../../lib/analysis/subtreeMatches.js";

const line = productGrid({ x: { low: 0, high: 5, count: 41 } });
const square = productGrid({ x: { low: 1, high: 3, count: 21 }, y: { low: 1, high: 3, count: 21 } });

describe("subtreeMatches", () => {
  it("subtreeMatches('v16', ...) finds no V16 subtree of depth <= 2 equal to x (Sec. 4.5)", () => {
    for (const [variables, grid] of [[["x"], line], [["x", "y"], square]] as const) {
      const levels = subtreeMatches("v16", 3, variables, grid, grid.variables.x);
      expect(levels.map((l) => l.subtreeDepth)).toEqual([1, 2, 3]);
      expect(levels.slice(0, 2).every((l) => l.matches.length === 0)).toBe(true);
    }
  });

  it("slotMatches: V16's root left input cannot be x, Eq. 6's and Hybrid's can", () => {
    const rootLeft = 2 * 6;
    expect(slotMatches("v16", 3, ["x"], rootLeft, line, line.variables.x).matches).toEqual([]);
    expect(slotMatches("eq6", 3, ["x"], rootLeft, line, line.variables.x).matches).toEqual(["x"]);
    expect(slotMatches("hybrid", 3, ["x"], rootLeft, line, line.variables.x).matches).toEqual(["x"]);
  });

  it("subtreeMatches finds zero only as a whole depth-3 tree: eml(1, eml(eml(1, 1), 1)) = e - ln(e^e)", () => {
    const levels = subtreeMatches("v16", 3, ["x", "y"], square, new Float64Array(square.count));
    expect(levels[0].matches).toEqual([]);
    expect(levels[1].matches).toEqual([]);
    expect(levels[2].matches).toContain("eml(1, eml(eml(1, 1), 1))");
  });

  it("slotMatches names a slot that does not exist", () => {
    expect(() => slotMatches("v16", 2, ["x"], 99, line, line.variables.x)).toThrow(/slot 99/);
  });
});
