import { describe, expect, it } from "vitest";
import { inverseRegularizedIncompleteBeta } from "../../lib/statistics/inverseRegularizedIncompleteBeta.js";
import { regularizedIncompleteBeta } from "../../lib/statistics/regularizedIncompleteBeta.js";
import { expectClose } from "./expectClose.js";

// Expected values: scipy 1.17.1, `scipy.special.betaincinv(a, b, p)`.
const SCIPY_BETAINCINV: ReadonlyArray<[p: number, a: number, b: number, expected: number]> = [
  [0.025, 5, 252, 0.006371420454805813],
  [0.975, 6, 251, 0.04498832111637432],
  [0.5, 2, 3, 0.3857275681323895],
  [0.025, 255, 2, 0.9784291096474665],
  [0.975, 256, 1, 0.9999011072027765],
  [1e-10, 3, 4, 0.0001710195302398643],
  [0.999999, 3, 4, 0.9838264867049408],
  [0.3, 0.1, 10, 3.753368413934537e-7],
  [0.025, 0.5, 0.5, 0.001541333133436012],
  [0.025, 1000, 2777, 0.2508106951509842],
];

describe("inverseRegularizedIncompleteBeta", () => {
  it("inverseRegularizedIncompleteBeta(p, a, b) matches scipy.special.betaincinv", () => {
    for (const [p, a, b, expected] of SCIPY_BETAINCINV) {
      expectClose(inverseRegularizedIncompleteBeta(p, a, b), expected, 1e-11);
    }
  });

  it("inverseRegularizedIncompleteBeta inverts regularizedIncompleteBeta", () => {
    for (const [a, b] of [[2, 9], [0.7, 0.4], [40, 60], [3, 3000]] as const) {
      for (const p of [1e-6, 0.025, 0.5, 0.975]) {
        const x = inverseRegularizedIncompleteBeta(p, a, b);
        expectClose(regularizedIncompleteBeta(x, a, b), p, 1e-10);
      }
    }
  });

  it("inverseRegularizedIncompleteBeta(p, 1, b) and (p, a, 1) use the closed forms", () => {
    // 1 - (1 - p)^(1/b) and p^(1/a)
    expectClose(inverseRegularizedIncompleteBeta(0.975, 1, 3776), 1 - 0.025 ** (1 / 3776), 1e-12);
    expectClose(inverseRegularizedIncompleteBeta(0.025, 64, 1), 0.025 ** (1 / 64), 1e-15);
  });

  it("inverseRegularizedIncompleteBeta is 0 at p = 0, 1 at p = 1, NaN outside its domain", () => {
    expect(inverseRegularizedIncompleteBeta(0, 3, 4)).toBe(0);
    expect(inverseRegularizedIncompleteBeta(1, 3, 4)).toBe(1);
    expect(inverseRegularizedIncompleteBeta(1.5, 3, 4)).toBeNaN();
    expect(inverseRegularizedIncompleteBeta(0.5, 0, 4)).toBeNaN();
  });
});
