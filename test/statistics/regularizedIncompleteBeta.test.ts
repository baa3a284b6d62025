import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta } from "../../lib/statistics/regularizedIncompleteBeta.js";
import { expectClose } from "./expectClose.js";

// Expected values: scipy 1.17.1, `scipy.special.betainc(a, b, x)` (note scipy's argument order).
const SCIPY_BETAINC: ReadonlyArray<[x: number, a: number, b: number, expected: number]> = [
  [0.5, 2, 3, 0.6875],
  [0.2, 0.5, 0.5, 0.2951672353008665],
  [0.01, 5, 252, 0.11597716742267423],
  [0.03, 6, 251, 0.7818542852192709],
  [0.999, 255, 2, 0.9723961338037416],
  [0.5, 200, 300, 0.9999964565197356],
  [1e-4, 1, 3776, 0.31450829537655733],
  [0.3, 0.1, 10, 0.999057850198376],
  [0.9, 10, 0.1, 0.023856050744374125],
];

describe("regularizedIncompleteBeta", () => {
  it("regularizedIncompleteBeta(x, a, b) matches scipy.special.betainc", () => {
    for (const [x, a, b, expected] of SCIPY_BETAINC) {
      expectClose(regularizedIncompleteBeta(x, a, b), expected, 1e-12);
    }
  });

  it("regularizedIncompleteBeta(x, a, b) underflows to 0 far below the mean", () => {
    // scipy.special.betainc(1000, 2777, 0.0002) == 0.0
    expect(regularizedIncompleteBeta(0.0002, 1000, 2777)).toBe(0);
  });

  it("regularizedIncompleteBeta(x, 1, 1) is x", () => {
    for (const x of [0.1, 0.37, 0.9]) expectClose(regularizedIncompleteBeta(x, 1, 1), x, 1e-14);
  });

  it("regularizedIncompleteBeta(x, a, b) = 1 - regularizedIncompleteBeta(1 - x, b, a)", () => {
    expectClose(regularizedIncompleteBeta(0.3, 7, 4), 1 - regularizedIncompleteBeta(0.7, 4, 7), 1e-14);
  });

  it("regularizedIncompleteBeta is 0 at x = 0, 1 at x = 1, NaN outside its domain", () => {
    expect(regularizedIncompleteBeta(0, 3, 4)).toBe(0);
    expect(regularizedIncompleteBeta(1, 3, 4)).toBe(1);
    expect(regularizedIncompleteBeta(-0.1, 3, 4)).toBeNaN();
    expect(regularizedIncompleteBeta(1.1, 3, 4)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 0, 4)).toBeNaN();
    expect(regularizedIncompleteBeta(0.5, 3, -1)).toBeNaN();
  });
});
