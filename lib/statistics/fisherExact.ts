import { hypergeometricWeights } from "./hypergeometricWeights.js";

export type FisherAlternative = "two-sided" | "less" | "greater";

export interface FisherExactOptions {
  /** Default "two-sided". "less": the odds ratio is below 1; "greater": above 1. */
  alternative?: FisherAlternative;
  /**
   * Two-sided test: a table counts as "no more probable" than the observed one when its
   * probability is at most the observed one times (1 + relativeTolerance). Default 1e-7, as R's
   * fisher.test: it only matters for exact ties, which scipy catches with 1e-14 on its own pmf.
   */
  relativeTolerance?: number;
}

export interface FisherExactResult {
  /** The sample odds ratio ad / (bc): Infinity when b or c is 0, NaN when a margin is 0. */
  oddsRatio: number;
  pValue: number;
}

/**
 * Fisher's exact test of the 2x2 table [[a, b], [c, d]], as scipy.stats.fisher_exact computes
 * it: X = a is hypergeometric given the margins (population a+b+c+d, a+b success states,
 * a+c draws); "less" is P(X <= a), "greater" P(X >= a), and "two-sided" the total probability
 * of the tables no more probable than the observed one. A table with a zero margin gives
 * p = 1 and odds ratio NaN.
 */
export function fisherExact(
  table: readonly [readonly [number, number], readonly [number, number]],
  options: FisherExactOptions = {},
): FisherExactResult {
  const { alternative = "two-sided", relativeTolerance = 1e-7 } = options;
  const [[a, b], [c, d]] = table;
  for (const count of [a, b, c, d]) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`fisherExact: table entries must be non-negative integers, got ${count}`);
    }
  }
  if (!["two-sided", "less", "greater"].includes(alternative)) {
    throw new RangeError(
      `fisherExact: options.alternative must be "two-sided", "less" or "greater", got ${alternative}`,
    );
  }
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) {
    return { oddsRatio: Number.NaN, pValue: 1 };
  }
  const oddsRatio = b > 0 && c > 0 ? (a * d) / (b * c) : Number.POSITIVE_INFINITY;
  const { low, weights } = hypergeometricWeights(a + b + c + d, a + b, a + c);
  const observed = a - low;
  const threshold = weights[observed]! * (1 + relativeTolerance);
  const counted = (i: number): boolean =>
    alternative === "less" ? i <= observed
    : alternative === "greater" ? i >= observed
    : weights[i]! <= threshold;
  let inside = 0;
  let outside = 0;
  weights.forEach((weight, i) => {
    if (counted(i)) inside += weight;
    else outside += weight;
  });
  // The smaller sum sets the p-value, so p near 1 keeps the accuracy of its complement.
  const total = inside + outside;
  const pValue = inside <= outside ? inside / total : 1 - outside / total;
  return { oddsRatio, pValue: Math.min(1, pValue) };
}
