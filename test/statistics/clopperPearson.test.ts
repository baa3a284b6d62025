import { describe, expect, it } from "vitest";
import { clopperPearson } from "../../lib/statistics/clopperPearson.js";
import { expectClose } from "./expectClose.js";

// Expected bounds: scipy 1.17.1, lower = `scipy.stats.beta.ppf(alpha/2, k, n-k+1)` (0 at k = 0),
// upper = `scipy.stats.beta.ppf(1-alpha/2, k+1, n-k)` (1 at k = n), alpha = 1 - confidence.
// `scipy.stats.binomtest(k, n).proportion_ci(method='exact')` agrees to ~1e-11 relative (its
// root finder stops early; mpmath at 40 digits confirms beta.ppf to the last printed digit).
const SCIPY_EXACT_95: ReadonlyArray<[k: number, n: number, lower: number, upper: number]> = [
  [0, 3776, 0, 0.0009764507829069151],
  [5, 256, 0.006371420454805815, 0.04498832111637432],
  [255, 256, 0.9784291096474665, 0.9999011072027765],
  [0, 64, 0, 0.05600908938663656],
  [64, 64, 0.9439909106133635, 1],
  [1, 1, 0.025000000000000022, 1],
  [0, 1, 0, 0.975],
  [128, 256, 0.4371086489403645, 0.5628913510596355],
  [1, 3776, 6.704905483961931e-6, 0.0014746482354588912],
  [264, 768, 0.3101628786534946, 0.3785425047614012],
  [385, 768, 0.4653422131880038, 0.5372519209356931],
  [18, 32, 0.37662573159009394, 0.7363618755890153],
];

describe("clopperPearson", () => {
  it("clopperPearson(k, n) matches scipy's exact beta quantiles at 95%", () => {
    for (const [k, n, lower, upper] of SCIPY_EXACT_95) {
      const interval = clopperPearson(k, n);
      expectClose(interval.lower, lower, 1e-11);
      expectClose(interval.upper, upper, 1e-11);
      expect(interval.estimate).toBe(k / n);
    }
  });

  it("clopperPearson(0, 3776) has the paper's 95% upper bound of 0.10% (Sec. 4.3)", () => {
    expect(Number((100 * clopperPearson(0, 3776).upper).toFixed(2))).toBe(0.1);
  });

  it("clopperPearson(5, 256) is the paper's [0.6, 4.5]% (Sec. 4.2)", () => {
    const { lower, upper } = clopperPearson(5, 256);
    expect([Number((100 * lower).toFixed(1)), Number((100 * upper).toFixed(1))]).toEqual([0.6, 4.5]);
  });

  it("clopperPearson(0, 64) is the paper's [0, 5.6]% (Sec. 3)", () => {
    expect(Number((100 * clopperPearson(0, 64).upper).toFixed(1))).toBe(5.6);
  });

  it("clopperPearson(k, n, { confidence }) widens and narrows with the confidence", () => {
    // beta.ppf as above with alpha = 0.01, 0.5 and 0.1
    const at99 = clopperPearson(5, 256, { confidence: 0.99 });
    expectClose(at99.lower, 0.004234896997032107, 1e-11);
    expectClose(at99.upper, 0.05429199363827845, 1e-11);
    const at50 = clopperPearson(5, 256, { confidence: 0.5 });
    expectClose(at50.lower, 0.013174967434817986, 1e-11);
    expectClose(at50.upper, 0.028857673598510047, 1e-11);
    expectClose(clopperPearson(0, 64, { confidence: 0.9 }).upper, 0.04572970233076244, 1e-12);
  });

  it("clopperPearson(k, n) is symmetric under k -> n - k", () => {
    const low = clopperPearson(5, 256);
    const high = clopperPearson(251, 256);
    expectClose(high.lower, 1 - low.upper, 1e-12);
    expectClose(high.upper, 1 - low.lower, 1e-12);
  });

  it("clopperPearson(0, 0) is [0, 1] with a NaN estimate", () => {
    const interval = clopperPearson(0, 0);
    expect(interval.estimate).toBeNaN();
    expect([interval.lower, interval.upper]).toEqual([0, 1]);
  });

  it("clopperPearson throws a RangeError naming the bad argument", () => {
    expect(() => clopperPearson(3, 2)).toThrow(/successes/);
    expect(() => clopperPearson(-1, 2)).toThrow(/successes/);
    expect(() => clopperPearson(1.5, 2)).toThrow(/successes/);
    expect(() => clopperPearson(0, -2)).toThrow(/trials/);
    expect(() => clopperPearson(1, 2, { confidence: 1 })).toThrow(/confidence/);
    expect(() => clopperPearson(1, 2, { confidence: 0 })).toThrow(RangeError);
  });
});
