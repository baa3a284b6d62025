/**
 * Selection weights: the softmax probabilities and gate values that route inputs through the
 * tree, in the parameter layout (each weight sits at its logit's index).
 */
import type { Architecture } from "./architecture.js";
import { softmaxGroups } from "./architecture.js";

/** Soft weights at temperature tau: softmax(logits / tau) per group, sigmoid(logit / tau) per gate. */
export function softSelections(architecture: Architecture, params: Float64Array, tau: number, out: Float64Array): Float64Array {
  for (const { offset, size } of softmaxGroups(architecture)) {
    let max = -Infinity;
    for (let k = 0; k < size; k++) max = Math.max(max, params[offset + k] / tau);
    let sum = 0;
    for (let k = 0; k < size; k++) {
      const e = Math.exp(params[offset + k] / tau - max);
      out[offset + k] = e;
      sum += e;
    }
    for (let k = 0; k < size; k++) out[offset + k] /= sum;
  }
  for (const gate of architecture.gates) out[gate] = 1 / (1 + Math.exp(-params[gate] / tau));
  return out;
}

/** The one-hot snap: every softmax at its (first) argmax, every gate 1 where its logit >= 0. */
export function hardSelections(architecture: Architecture, params: Float64Array, out: Float64Array): Float64Array {
  for (const { offset, size } of softmaxGroups(architecture)) {
    let best = 0;
    for (let k = 1; k < size; k++) if (params[offset + k] > params[offset + best]) best = k;
    for (let k = 0; k < size; k++) out[offset + k] = k === best ? 1 : 0;
  }
  for (const gate of architecture.gates) out[gate] = params[gate] >= 0 ? 1 : 0;
  return out;
}

/** Chain a gradient with respect to the soft weights back to the logits (adds into gradParams). */
export function selectionBackward(
  architecture: Architecture,
  weights: Float64Array,
  tau: number,
  gradWeights: Float64Array,
  gradParams: Float64Array,
): void {
  for (const { offset, size } of softmaxGroups(architecture)) {
    let dot = 0;
    for (let k = 0; k < size; k++) dot += weights[offset + k] * gradWeights[offset + k];
    for (let k = 0; k < size; k++) {
      gradParams[offset + k] += (weights[offset + k] * (gradWeights[offset + k] - dot)) / tau;
    }
  }
  for (const gate of architecture.gates) {
    const s = weights[gate];
    gradParams[gate] += (gradWeights[gate] * s * (1 - s)) / tau;
  }
}
