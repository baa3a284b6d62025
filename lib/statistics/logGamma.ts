import { stirlingCorrection } from "./stirlingCorrection.js";

/**
 * ln Γ(x) for x > 0 (Infinity at 0, NaN below).
 *
 * Below 10: the Lanczos approximation with g = 7 and nine coefficients (Godfrey's set, as in
 * Numerical Recipes 3rd ed. §6.1 and many libm ports), about 1e-15 relative. From 10 up: the
 * Stirling series to the x^-9 term, whose truncation error there is below 1e-17.
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.POSITIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x >= 10) return stirling(x);
  if (x < 0.5) {
    // Γ(x) = Γ(x + 1) / x keeps the Lanczos sum in its accurate range near 0.
    return lanczos(x + 1) - Math.log(x);
  }
  return lanczos(x);
}

const LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function lanczos(x: number): number {
  const z = x - 1;
  let sum = LANCZOS_COEFFICIENTS[0]!;
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) sum += LANCZOS_COEFFICIENTS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LOG_SQRT_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

function stirling(x: number): number {
  return (x - 0.5) * Math.log(x) - x + LOG_SQRT_TWO_PI + stirlingCorrection(x);
}
