import { describe, expect, it } from "vitest";
import { fisherExact } from "../../lib/statistics/fisherExact.js";
import { expectClose } from "./expectClose.js";

type Table = [[number, number], [number, number]];

// Expected values: scipy 1.17.1, `r = scipy.stats.fisher_exact(table, alternative=alt)` for alt in
// ("two-sided", "less", "greater"); r.statistic is the odds ratio, r.pvalue the p-value.
const SCIPY_FISHER: ReadonlyArray<
  [table: Table, oddsRatio: number, twoSided: number, less: number, greater: number]
> = [
  [[[8, 2], [1, 5]], 20, 0.034965034965034975, 0.9991258741258742, 0.024475524475524483],
  [[[64, 0], [0, 64]], Infinity, 8.35033111358791e-38, 1, 4.175165556793955e-38],
  [[[5, 251], [0, 256]], Infinity, 0.06128051242027074, 1, 0.03064025621013537],
  [[[0, 256], [256, 0]], 0, 4.232326780168833e-153, 2.1161633900844166e-153, 1],
  [[[264, 504], [385, 383]], 0.5210884353741496, 5.212804736850388e-10, 2.606402368425194e-10, 0.9999999998663092],
  [[[2, 5], [5, 2]], 0.16, 0.28613053613053613, 0.14306526806526806, 0.9854312354312355],
  [[[10, 0], [0, 10]], Infinity, 1.082508822446903e-5, 1, 5.412544112234515e-6],
  [[[1000, 2000], [2100, 900]], 0.21428571428571427, 1.7348941162176571e-181, 8.674470581088286e-182, 1],
  [[[18, 14], [0, 32]], Infinity, 2.6178586066384734e-7, 1, 1.3089293033192367e-7],
  [[[28, 4], [0, 32]], Infinity, 6.428486745754952e-14, 1, 3.214243372877476e-14],
  [[[22, 10], [18, 14]], 1.711111111111111, 0.43896946073984744, 0.9018536901871952, 0.21948473036992378],
  [[[0, 64], [1, 63]], 0, 1, 0.5000000000000001, 1],
  [[[1, 255], [5, 251]], 0.19686274509803922, 0.2159926542308162, 0.1079963271154081, 0.9848309579709191],
];

describe("fisherExact", () => {
  it("fisherExact(table) matches scipy.stats.fisher_exact for every alternative", () => {
    for (const [table, oddsRatio, twoSided, less, greater] of SCIPY_FISHER) {
      const result = fisherExact(table);
      if (Number.isFinite(oddsRatio)) expectClose(result.oddsRatio, oddsRatio, 1e-15);
      else expect(result.oddsRatio).toBe(oddsRatio);
      expectClose(result.pValue, twoSided, 1e-11);
      expectClose(fisherExact(table, { alternative: "less" }).pValue, less, 1e-11);
      expectClose(fisherExact(table, { alternative: "greater" }).pValue, greater, 1e-11);
    }
  });

  it("fisherExact(table) underflows to p = 0 for 0/3,776 against 255/256, as scipy does", () => {
    // scipy.stats.fisher_exact([[0, 3776], [255, 1]]) -> statistic 0.0, pvalue 0.0 (two-sided, less)
    const result = fisherExact([[0, 3776], [255, 1]]);
    expect(result).toEqual({ oddsRatio: 0, pValue: 0 });
    expect(fisherExact([[0, 3776], [255, 1]], { alternative: "greater" }).pValue).toBe(1);
  });

  it("fisherExact(table) gives p = 1 for a table at the mode", () => {
    // scipy.stats.fisher_exact([[3, 3], [3, 3]]) -> 1.0, 1.0; "less" and "greater" 0.7164502164502164
    expect(fisherExact([[3, 3], [3, 3]])).toEqual({ oddsRatio: 1, pValue: 1 });
    expectClose(fisherExact([[3, 3], [3, 3]], { alternative: "less" }).pValue, 0.7164502164502164, 1e-13);
    // scipy.stats.fisher_exact([[1, 0], [0, 1]]) -> inf, 1.0; "greater" 0.5
    expect(fisherExact([[1, 0], [0, 1]])).toEqual({ oddsRatio: Infinity, pValue: 1 });
    expectClose(fisherExact([[1, 0], [0, 1]], { alternative: "greater" }).pValue, 0.5, 1e-15);
  });

  it("fisherExact(table) with a zero margin gives odds ratio NaN and p = 1", () => {
    // scipy.stats.fisher_exact([[0, 0], [3, 4]]) and ([[0, 5], [0, 7]]) -> nan, 1.0
    for (const table of [[[0, 0], [3, 4]], [[0, 5], [0, 7]]] as Table[]) {
      for (const alternative of ["two-sided", "less", "greater"] as const) {
        const result = fisherExact(table, { alternative });
        expect(result.oddsRatio).toBeNaN();
        expect(result.pValue).toBe(1);
      }
    }
  });

  it("fisherExact(table) is unchanged by swapping rows and columns together", () => {
    const p = fisherExact([[22, 10], [18, 14]]).pValue;
    expectClose(fisherExact([[14, 18], [10, 22]]).pValue, p, 1e-13);
  });

  it("fisherExact throws a RangeError on negative or fractional counts and unknown alternatives", () => {
    expect(() => fisherExact([[-1, 2], [3, 4]])).toThrow(RangeError);
    expect(() => fisherExact([[1.5, 2], [3, 4]])).toThrow(/non-negative integers/);
    // @ts-expect-error: an alternative outside the union
    expect(() => fisherExact([[1, 2], [3, 4]], { alternative: "two_sided" })).toThrow(/alternative/);
  });
});
