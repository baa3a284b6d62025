/** Bernoulli-number coefficients B_2k / (2k (2k - 1)) of the Stirling series. */
const COEFFICIENTS = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188];

/**
 * δ(x) = ln Γ(x) - [(x - 1/2) ln x - x + ln sqrt(2π)], the remainder of Stirling's formula,
 * by its asymptotic series to the x^-9 term (Abramowitz & Stegun 6.1.41); for x >= 10, where
 * the truncation error is below 1e-17 relative to ln Γ(x).
 */
export function stirlingCorrection(x: number): number {
  const inverseSquare = 1 / (x * x);
  let series = 0;
  for (let i = COEFFICIENTS.length - 1; i >= 0; i--) series = series * inverseSquare + COEFFICIENTS[i]!;
  return series / x;
}
