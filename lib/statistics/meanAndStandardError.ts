export interface MeanAndStandardError {
  mean: number;
  /** Population standard deviation / sqrt(n) (PROTOCOL: estimates); 0 for one value. */
  standardError: number;
  n: number;
}

/** The mean and its standard error, population sd / sqrt(n); NaN for both when empty. */
export function meanAndStandardError(values: readonly number[]): MeanAndStandardError {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, standardError: Number.NaN, n };
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / n;
  // Two passes: the sum of squared deviations, not E[x^2] - mean^2, which cancels.
  let squares = 0;
  for (const value of values) squares += (value - mean) ** 2;
  return { mean, standardError: Math.sqrt(squares / n) / Math.sqrt(n), n };
}
