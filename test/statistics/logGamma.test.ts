import { describe, expect, it } from "vitest";
import { logGamma } from "../../lib/statistics/logGamma.js";
import { expectClose } from "./expectClose.js";

// Expected values: scipy 1.17.1, `scipy.special.gammaln(x)`, printed with repr().
const SCIPY_GAMMALN: ReadonlyArray<[number, number]> = [
  [1e-5, 11.512919692895826],
  [0.1, 2.252712651734206],
  [0.5, 0.5723649429247],
  [1.5, -0.12078223763524526],
  [3.5, 1.2009736023470743],
  [7.25, 7.0521854507385395],
  [9.999, 12.799575780077413],
  [10, 12.801827480081469],
  [12.5, 18.73434751193645],
  [100, 359.1342053695754],
  [3777, 27329.761081820165],
  [1e6, 12815504.569147611],
];

describe("logGamma", () => {
  it("logGamma(x) matches scipy.special.gammaln on both sides of the Lanczos/Stirling switch", () => {
    for (const [x, expected] of SCIPY_GAMMALN) expectClose(logGamma(x), expected, 1e-14);
  });

  it("logGamma(1) and logGamma(2) are 0 to within rounding", () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
  });

  it("logGamma(n + 1) is ln n! for small integers", () => {
    let logFactorial = 0;
    for (let n = 1; n <= 30; n++) {
      logFactorial += Math.log(n);
      expectClose(logGamma(n + 1), logFactorial, 1e-14);
    }
  });

  it("logGamma(0) is Infinity and logGamma of a negative or NaN is NaN", () => {
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
  });
});
