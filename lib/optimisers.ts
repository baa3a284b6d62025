/**
 * First-order optimisers with PyTorch's update rules (torch.optim Adam, AdamW, RMSprop), so
 * that trajectories match the reference implementation.
 */
import type { OptimiserName, TrainingSettings } from "./protocol.js";
import { OPTIMISERS } from "./protocol.js";

export interface Optimiser {
  /** Fresh state (the protocol's "fresh Adam" at the phase switch and at a restart). */
  reset(): void;
  /** One update of params in place with the given gradient and learning rate. */
  step(params: Float64Array, grad: Float64Array, learningRate: number): void;
}

class Adam implements Optimiser {
  private m: Float64Array;
  private v: Float64Array;
  private t = 0;
  constructor(size: number, private readonly beta1: number, private readonly beta2: number,
    private readonly epsilon: number, private readonly weightDecay: number) {
    this.m = new Float64Array(size);
    this.v = new Float64Array(size);
  }
  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.t = 0;
  }
  step(params: Float64Array, grad: Float64Array, learningRate: number): void {
    const { m, v, beta1, beta2, epsilon } = this;
    this.t += 1;
    const stepSize = learningRate / (1 - beta1 ** this.t);
    const correction2Sqrt = Math.sqrt(1 - beta2 ** this.t);
    const decay = 1 - learningRate * this.weightDecay;
    for (let i = 0; i < params.length; i++) {
      if (this.weightDecay !== 0) params[i] *= decay;
      const g = grad[i];
      m[i] += (1 - beta1) * (g - m[i]); // torch: exp_avg.lerp_(grad, 1 - beta1)
      v[i] = v[i] * beta2 + (1 - beta2) * g * g;
      params[i] += -stepSize * (m[i] / (Math.sqrt(v[i]) / correction2Sqrt + epsilon));
    }
  }
}

class RmsProp implements Optimiser {
  private v: Float64Array;
  constructor(size: number, private readonly alpha: number, private readonly epsilon: number) {
    this.v = new Float64Array(size);
  }
  reset(): void {
    this.v.fill(0);
  }
  step(params: Float64Array, grad: Float64Array, learningRate: number): void {
    const { v, alpha, epsilon } = this;
    for (let i = 0; i < params.length; i++) {
      const g = grad[i];
      v[i] = v[i] * alpha + (1 - alpha) * g * g;
      params[i] -= (learningRate * g) / (Math.sqrt(v[i]) + epsilon);
    }
  }
}

export function createOptimiser(name: OptimiserName, size: number, settings: TrainingSettings): Optimiser {
  switch (name) {
    case "adam":
      return new Adam(size, settings.beta1, settings.beta2, settings.adamEpsilon, 0);
    case "adamw":
      return new Adam(size, settings.beta1, settings.beta2, settings.adamEpsilon, settings.weightDecay);
    case "rmsprop":
      return new RmsProp(size, settings.rmspropAlpha, settings.adamEpsilon);
    default:
      throw new RangeError(`unknown optimiser '${name}' (valid: ${OPTIMISERS.join(", ")})`);
  }
}

/** torch.nn.utils.clip_grad_norm_: scale by maxNorm / (norm + 1e-6) when that is below 1. Returns the raw norm. */
export function clipGradientNorm(grad: Float64Array, maxNorm: number): number {
  let sum = 0;
  for (let i = 0; i < grad.length; i++) sum += grad[i] * grad[i];
  const norm = Math.sqrt(sum);
  const coefficient = maxNorm / (norm + 1e-6);
  if (coefficient < 1) for (let i = 0; i < grad.length; i++) grad[i] *= coefficient;
  return norm;
}
