import { describe, expect, it } from "vitest";
import { meanAndStandardError } from "../../lib/statistics/meanAndStandardError.js";
import { expectClose } from "./expectClose.js";

// Expected values: numpy 2.4.6, `a.mean()` and `a.std() / np.sqrt(len(a))` (np.std's default
// ddof=0 is the population standard deviation).
describe("meanAndStandardError", () => {
  it("meanAndStandardError(values) is numpy's mean and std/sqrt(n) with ddof = 0", () => {
    const tenSeeds = [0.67, 0.7, 0.61, 0.69, 0.64, 0.72, 0.66, 0.68, 0.65, 0.7];
    const result = meanAndStandardError(tenSeeds);
    expectClose(result.mean, 0.672, 1e-15);
    expectClose(result.standardError, 0.00987927122818277, 1e-13);
    expect(result.n).toBe(10);
    const small = meanAndStandardError([1, 2, 3, 4]);
    expect(small.mean).toBe(2.5);
    expectClose(small.standardError, 0.5590169943749475, 1e-15);
  });

  it("meanAndStandardError(values) does not lose the spread of values far from 0", () => {
    const result = meanAndStandardError([1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(result.mean).toBe(1e9 + 2);
    expectClose(result.standardError, 0.47140452079103173, 1e-12);
  });

  it("meanAndStandardError of one value has standard error 0", () => {
    expect(meanAndStandardError([5])).toEqual({ mean: 5, standardError: 0, n: 1 });
  });

  it("meanAndStandardError of no values is NaN", () => {
    const result = meanAndStandardError([]);
    expect(result.mean).toBeNaN();
    expect(result.standardError).toBeNaN();
    expect(result.n).toBe(0);
  });
});
