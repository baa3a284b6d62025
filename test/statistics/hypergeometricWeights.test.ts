import { describe, expect, it } from "vitest";
import { hypergeometricWeights } from "../../lib/statistics/hypergeometricWeights.js";
import { expectClose } from "./expectClose.js";

describe("hypergeometricWeights", () => {
  it("hypergeometricWeights(N, K, n) normalised is scipy.stats.hypergeom.pmf", () => {
    // scipy 1.17.1: scipy.stats.hypergeom.pmf(np.arange(0, 8), 20, 7, 12)
    // (population M = 20, n = 7 successes, N = 12 draws; support 0..7).
    const expected = [
      0.00010319917440660477, 0.0043343653250774005, 0.047678018575851404, 0.19865841073271417,
      0.3575851393188855, 0.2860681114551084, 0.0953560371517028, 0.010216718266253873,
    ];
    const { low, weights, total } = hypergeometricWeights(20, 7, 12);
    expect(low).toBe(0);
    expect(weights.length).toBe(8);
    weights.forEach((weight, i) => expectClose(weight / total, expected[i]!, 1e-13));
  });

  it("hypergeometricWeights starts the support at draws - failures when that is positive", () => {
    // 10 items, 8 successes, 5 draws: at least 3 successes.
    const { low, weights } = hypergeometricWeights(10, 8, 5);
    expect(low).toBe(3);
    expect(weights.length).toBe(3);
  });

  it("hypergeometricWeights gives the mode weight 1", () => {
    const { weights } = hypergeometricWeights(512, 256, 256);
    expect(Math.max(...weights)).toBe(1);
  });

  it("hypergeometricWeights of a one-point support is [1]", () => {
    const { low, weights, total } = hypergeometricWeights(10, 10, 4);
    expect([low, Array.from(weights), total]).toEqual([4, [1], 1]);
  });
});
