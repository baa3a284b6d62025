import { logGamma } from "./logGamma.js";
import { stirlingCorrection } from "./stirlingCorrection.js";

const LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln B(a, b) for a, b > 0. When an argument is 10 or more, Stirling's formula is expanded so
 * that the large ln Γ terms cancel analytically rather than in floating point (the scheme of
 * R's lbeta, nmath/lbeta.c); otherwise ln Γ(a) + ln Γ(b) - ln Γ(a + b).
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (!(small > 0)) return small === 0 ? Number.POSITIVE_INFINITY : Number.NaN;
  const sum = small + large;
  if (small >= 10) {
    const correction = stirlingCorrection(small) + stirlingCorrection(large) - stirlingCorrection(sum);
    return (
      -0.5 * Math.log(large) +
      LOG_SQRT_TWO_PI +
      correction +
      (small - 0.5) * Math.log(small / sum) +
      large * Math.log1p(-small / sum)
    );
  }
  if (large >= 10) {
    const correction = stirlingCorrection(large) - stirlingCorrection(sum);
    return (
      logGamma(small) + correction + small - small * Math.log(sum) + (large - 0.5) * Math.log1p(-small / sum)
    );
  }
  return logGamma(small) + logGamma(large) - logGamma(sum);
}
