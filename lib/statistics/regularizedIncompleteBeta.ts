import { logBeta } from "./logBeta.js";

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), the CDF of the
 * Beta(a, b) distribution at x; defined for 0 <= x <= 1 and a, b > 0 (NaN otherwise).
 *
 * Evaluated by the continued fraction of Numerical Recipes 3rd ed. §6.4 (modified Lentz),
 * on the side of x where it converges quickly, I_x(a, b) = 1 - I_{1-x}(b, a) on the other.
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0) return 0;
  if (x === 1) return 1;
  if (a === Number.POSITIVE_INFINITY || b === Number.POSITIVE_INFINITY) return Number.NaN;
  // ln of x^a (1 - x)^b / B(a, b), the prefactor of the continued fraction.
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    return (Math.exp(logFront) * continuedFraction(x, a, b)) / a;
  }
  return 1 - (Math.exp(logFront) * continuedFraction(1 - x, b, a)) / b;
}

const TINY = 1e-300;
const EPSILON = Number.EPSILON;
/** The fraction needs O(sqrt(max(a, b))) terms; this bound covers a, b up to ~1e9. */
const MAX_TERMS = 100_000;

function continuedFraction(x: number, a: number, b: number): number {
  const sum = a + b;
  const aPlusOne = a + 1;
  const aMinusOne = a - 1;
  let c = 1;
  let d = 1 - (sum * x) / aPlusOne;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    // Even step.
    let coefficient = (m * (b - m) * x) / ((aMinusOne + m2) * (a + m2));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    coefficient = (-(a + m) * (sum + m) * x) / ((a + m2) * (aPlusOne + m2));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) return h;
  }
  return h;
}
