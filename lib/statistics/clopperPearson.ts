import { inverseRegularizedIncompleteBeta } from "./inverseRegularizedIncompleteBeta.js";

export interface ClopperPearsonOptions {
  /** Two-sided coverage of the interval; default 0.95 (PROTOCOL: estimates). */
  confidence?: number;
}

export interface ProportionInterval {
  /** successes / trials; NaN when trials = 0. */
  estimate: number;
  lower: number;
  upper: number;
}

/**
 * The exact (Clopper-Pearson) two-sided interval for a binomial proportion: with
 * alpha = 1 - confidence, lower = Beta(alpha/2; k, n-k+1) and upper = Beta(1-alpha/2; k+1, n-k)
 * quantiles, lower = 0 at k = 0 and upper = 1 at k = n (Clopper & Pearson 1934, Biometrika 26).
 *
 * With no trials the interval is [0, 1] and the estimate NaN: both conventions (k = 0 and
 * k = n) apply at once, and [0, 1] states that nothing is known, where NaN bounds would
 * propagate into tables and plots.
 */
export function clopperPearson(
  successes: number,
  trials: number,
  options: ClopperPearsonOptions = {},
): ProportionInterval {
  const { confidence = 0.95 } = options;
  if (!Number.isInteger(trials) || trials < 0) {
    throw new RangeError(`clopperPearson: trials must be a non-negative integer, got ${trials}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(
      `clopperPearson: successes must be an integer in [0, trials = ${trials}], got ${successes}`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`clopperPearson: options.confidence must be in (0, 1), got ${confidence}`);
  }
  const tail = (1 - confidence) / 2;
  const failures = trials - successes;
  return {
    estimate: trials === 0 ? Number.NaN : successes / trials,
    lower: successes === 0 ? 0 : inverseRegularizedIncompleteBeta(tail, successes, failures + 1),
    upper: failures === 0 ? 1 : inverseRegularizedIncompleteBeta(1 - tail, successes + 1, failures),
  };
}
