import { describe, expect, it } from "vitest";
import { clipGradientNorm, createOptimiser } from "../lib/optimisers.js";
import { protocolSettings, type OptimiserName } from "../lib/protocol.js";

const settings = protocolSettings("v16");

/** Textbook Adam (Kingma & Ba, Algorithm 1) with PyTorch's eps placement, written independently. */
function referenceAdam(params: number[], gradients: number[][], learningRate: number): number[] {
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  const m = params.map(() => 0);
  const v = params.map(() => 0);
  const p = [...params];
  gradients.forEach((g, step) => {
    const t = step + 1;
    for (let i = 0; i < p.length; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      const mHat = m[i] / (1 - b1 ** t);
      const vHat = v[i] / (1 - b2 ** t);
      p[i] -= (learningRate * mHat) / (Math.sqrt(vHat) + eps);
    }
  });
  return p;
}

function run(name: OptimiserName, start: number[], gradients: number[][], learningRate = 0.01): number[] {
  const optimiser = createOptimiser(name, start.length, settings);
  const params = Float64Array.from(start);
  for (const g of gradients) optimiser.step(params, Float64Array.from(g), learningRate);
  return Array.from(params);
}

const GRADIENTS = [[0.3, -2, 1e-3], [0.1, -1.5, -4e-3], [-0.2, 0.5, 2e-3], [0.05, 0.05, 0.05]];

describe("createOptimiser('adam')", () => {
  it("moves each parameter by -lr g / (|g| + eps), about -lr sign(g), on the first step", () => {
    const moved = run("adam", [1, 1, 1], [GRADIENTS[0]]);
    GRADIENTS[0].forEach((g, i) => expect(moved[i]).toBeCloseTo(1 - (0.01 * g) / (Math.abs(g) + 1e-8), 14));
    expect(moved[1]).toBeCloseTo(1.01, 9);
  });

  it("follows the textbook update over several steps", () => {
    const mine = run("adam", [0.5, -1, 2], GRADIENTS, 0.01);
    const reference = referenceAdam([0.5, -1, 2], GRADIENTS, 0.01);
    mine.forEach((value, i) => expect(value).toBeCloseTo(reference[i], 13));
  });

  it("reset() restores a fresh state (the protocol's fresh Adam at the switch)", () => {
    const optimiser = createOptimiser("adam", 3, settings);
    const params = Float64Array.from([0.5, -1, 2]);
    for (const g of GRADIENTS) optimiser.step(params, Float64Array.from(g), 0.01);
    optimiser.reset();
    const after = Float64Array.from(params);
    optimiser.step(after, Float64Array.from(GRADIENTS[0]), 0.01);
    const fresh = run("adam", Array.from(params), [GRADIENTS[0]]);
    expect(Array.from(after)).toEqual(fresh);
  });
});

describe("createOptimiser('adamw') and createOptimiser('rmsprop')", () => {
  it("AdamW decays the parameters by (1 - lr * weightDecay) before the update", () => {
    expect(run("adamw", [2, -3], [[0, 0]], 0.1)).toEqual([2 * (1 - 0.1 * 0.01), -3 * (1 - 0.1 * 0.01)]);
    expect(run("adam", [2, -3], [[0, 0]], 0.1)).toEqual([2, -3]);
  });

  it("RMSprop's first step is -lr g / (sqrt(0.01 g^2) + eps), about -10 lr sign(g)", () => {
    const moved = run("rmsprop", [0, 0], [[0.5, -2]], 0.01);
    expect(moved[0]).toBeCloseTo(-0.01 * 0.5 / (Math.sqrt(0.01 * 0.25) + 1e-8), 14);
    expect(moved[1]).toBeCloseTo(0.1, 6);
  });

  it("throws for an unknown name, listing the valid ones", () => {
    expect(() => createOptimiser("sgd" as OptimiserName, 1, settings)).toThrow(/unknown optimiser 'sgd' \(valid: adam, adamw, rmsprop\)/);
  });
});

describe("clipGradientNorm(grad, maxNorm)", () => {
  it("scales a gradient of norm 5 by 1 / (5 + 1e-6) and returns the raw norm", () => {
    const grad = Float64Array.from([3, 4]);
    expect(clipGradientNorm(grad, 1)).toBe(5);
    expect(Array.from(grad)).toEqual([3 / (5 + 1e-6), 4 / (5 + 1e-6)]);
  });

  it("leaves a gradient inside the ball unchanged, and an empty or zero gradient alone", () => {
    const grad = Float64Array.from([0.3, -0.4]);
    expect(clipGradientNorm(grad, 1)).toBeCloseTo(0.5, 15);
    expect(Array.from(grad)).toEqual([0.3, -0.4]);
    expect(clipGradientNorm(new Float64Array(3), 1)).toBe(0);
    expect(clipGradientNorm(new Float64Array(0), 1)).toBe(0);
  });
});
