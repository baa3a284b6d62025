export interface HypergeometricWeights {
  /** The smallest value in the support. */
  low: number;
  /** weights[i] is proportional to P(X = low + i); the mode has weight 1. */
  weights: Float64Array;
  /** The sum of the weights. */
  total: number;
}

/**
 * The hypergeometric distribution of X, the successes among `draws` taken without replacement
 * from `population` items of which `successStates` are successes, as weights relative to the
 * mode. Built by the ratio P(x+1)/P(x) = (K-x)(n-x) / ((x+1)(N-K-n+x+1)) outward from the
 * mode, so no factorial is formed and tails far below the mode underflow harmlessly to 0.
 */
export function hypergeometricWeights(
  population: number,
  successStates: number,
  draws: number,
): HypergeometricWeights {
  const failureStates = population - successStates;
  const low = Math.max(0, draws - failureStates);
  const high = Math.min(successStates, draws);
  const weights = new Float64Array(high - low + 1);
  const mode = Math.min(
    high,
    Math.max(low, Math.floor(((draws + 1) * (successStates + 1)) / (population + 2))),
  );
  weights[mode - low] = 1;
  for (let x = mode; x < high; x++) {
    const ratio = ((successStates - x) * (draws - x)) / ((x + 1) * (failureStates - draws + x + 1));
    weights[x + 1 - low] = weights[x - low]! * ratio;
  }
  for (let x = mode; x > low; x--) {
    const ratio = (x * (failureStates - draws + x)) / ((successStates - x + 1) * (draws - x + 1));
    weights[x - 1 - low] = weights[x - low]! * ratio;
  }
  let total = 0;
  for (const weight of weights) total += weight;
  return { low, weights, total };
}
