/**
 * The hardening penalties of PROTOCOL.md ("Training one trial"). Each returns its value and
 * adds scale x its gradient: entropies with respect to the softmax probabilities (chained to the
 * logits with the search temperature by selectionBackward), binarity with respect to the logits.
 */

export interface Group {
  offset: number;
  size: number;
}

/**
 * Mean over groups of H(p) u(p), H = -sum p log(p + eps), u = clamp((1 - max p) / (2/3), 0, 1);
 * with `coverage` false, u = 1 (the Hybrid root entropy).
 */
export function entropyPenalty(
  groups: readonly Group[], probabilities: Float64Array, epsilon: number, coverage: boolean,
  gradProbabilities: Float64Array | null, scale: number,
): number {
  if (groups.length === 0) return 0;
  let total = 0;
  for (const { offset, size } of groups) {
    let entropy = 0;
    let argmax = 0;
    for (let k = 0; k < size; k++) {
      const p = probabilities[offset + k];
      entropy -= p * Math.log(p + epsilon);
      if (p > probabilities[offset + argmax]) argmax = k;
    }
    let u = 1;
    let uPasses = false;
    if (coverage) {
      const raw = (1 - probabilities[offset + argmax]) / (2 / 3);
      u = raw < 0 ? 0 : raw > 1 ? 1 : raw;
      uPasses = raw >= 0 && raw <= 1;
    }
    total += entropy * u;
    if (gradProbabilities) {
      const g = scale / groups.length;
      for (let k = 0; k < size; k++) {
        const p = probabilities[offset + k];
        gradProbabilities[offset + k] += g * u * -(Math.log(p + epsilon) + p / (p + epsilon));
      }
      if (uPasses) gradProbabilities[offset + argmax] += g * entropy * -(1 / (2 / 3));
    }
  }
  return total / groups.length;
}

/** Mean over gates of g(1-g) clamp(1 - |2g - 1|, 0, 1), g = sigmoid(logit) without temperature. */
export function binarityPenalty(
  gates: readonly number[], params: Float64Array, gradParams: Float64Array | null, scale: number,
): number {
  if (gates.length === 0) return 0;
  let total = 0;
  for (const index of gates) {
    const g = 1 / (1 + Math.exp(-params[index]));
    const spread = g * (1 - g);
    const raw = 1 - Math.abs(2 * g - 1);
    const c = raw < 0 ? 0 : raw > 1 ? 1 : raw;
    total += spread * c;
    if (gradParams) {
      const dC = raw >= 0 && raw <= 1 ? -2 * Math.sign(2 * g - 1) : 0;
      const dG = (1 - 2 * g) * c + spread * dC;
      gradParams[index] += (scale / gates.length) * dG * spread;
    }
  }
  return total / gates.length;
}
