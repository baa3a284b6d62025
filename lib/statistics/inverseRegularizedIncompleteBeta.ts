import { logBeta } from "./logBeta.js";
import { regularizedIncompleteBeta } from "./regularizedIncompleteBeta.js";

/**
 * The x in [0, 1] with I_x(a, b) = p: the p-quantile of Beta(a, b). NaN unless 0 <= p <= 1 and
 * a, b > 0.
 *
 * a = 1 and b = 1 have closed forms (I_x(1, b) = 1 - (1 - x)^b, I_x(a, 1) = x^a), which are the
 * Clopper-Pearson bounds at 0 and n successes. Otherwise Newton's method on I_x(a, b) - p,
 * safeguarded by bisection of a bracket that always holds the root.
 */
export function inverseRegularizedIncompleteBeta(p: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  if (a === 1) return -Math.expm1(Math.log1p(-p) / b);
  if (b === 1) return Math.exp(Math.log(p) / a);
  return safeguardedNewton(p, a, b);
}

const MAX_ITERATIONS = 1000;

function safeguardedNewton(p: number, a: number, b: number): number {
  const logNormaliser = logBeta(a, b);
  let low = 0;
  let high = 1;
  let x = a / (a + b);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const error = regularizedIncompleteBeta(x, a, b) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const logDensity = (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logNormaliser;
    let next = x - error / Math.exp(logDensity);
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (Math.abs(next - x) <= 2 * Number.EPSILON * x || high - low <= 2 * Number.EPSILON * x) {
      return next;
    }
    x = next;
  }
  return x;
}
