import { describe, expect, it } from "vitest";
import { targetSurface } from "../../lib/examples/targetSurface.js";
import { createRandom } from "../../lib/random.js";
import { targetNamed } from "../../lib/targets.js";

describe("targetSurface", () => {
  it("targetSurface(paper) without noise is eml(eml(1, eml(y, x)), 1) on the grid, x outer and y inner", () => {
    const rows = targetSurface(targetNamed("paper"), { points: 3, relativeNoise: 0 }, createRandom(0));
    expect(rows.map((r) => [r.x, r.y])).toEqual([[1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3], [3, 1], [3, 2], [3, 3]]);
    const eml = (a: number, b: number) => Math.exp(a) - Math.log(b);
    for (const { x, y, z } of rows) expect(z).toBeCloseTo(eml(eml(1, eml(y, x)), 1), 12);
  });

  it("targetSurface adds noise of relative size sigma", () => {
    const clean = targetSurface(targetNamed("paper"), { relativeNoise: 0 }, createRandom(0));
    const noisy = targetSurface(targetNamed("paper"), { relativeNoise: 1e-3 }, createRandom(0));
    const rms = (values: number[]) => Math.sqrt(values.reduce((s, v) => s + v * v, 0) / values.length);
    const ratio = rms(noisy.map((r, i) => r.z - clean[i].z)) / rms(clean.map((r) => r.z));
    expect(ratio).toBeGreaterThan(0.7e-3);
    expect(ratio).toBeLessThan(1.3e-3);
  });

  it("targetSurface rejects a one-variable target", () => {
    expect(() => targetSurface(targetNamed("shockley"), {}, createRandom(0))).toThrow("not a two-variable target");
  });
});
