import { describe, expect, it } from "vitest";
import { binarityPenalty, entropyPenalty } from "../lib/penalties.js";

const EPS = 1e-12;

describe("entropyPenalty(groups, probabilities, epsilon, coverage, grad, scale)", () => {
  it("is H = log 3 for a uniform 3-way softmax (u = 1) and 0 for a one-hot one, averaged over groups", () => {
    const p = Float64Array.from([1 / 3, 1 / 3, 1 / 3, 1, 0, 0]);
    expect(entropyPenalty([{ offset: 0, size: 3 }], p, EPS, true, null, 1)).toBeCloseTo(Math.log(3), 10);
    expect(entropyPenalty([{ offset: 3, size: 3 }], p, EPS, true, null, 1)).toBeCloseTo(0, 10);
    expect(entropyPenalty([{ offset: 0, size: 3 }, { offset: 3, size: 3 }], p, EPS, true, null, 1)).toBeCloseTo(Math.log(3) / 2, 10);
  });

  it("weights H by u = clamp((1 - max p) / (2/3), 0, 1) with coverage, by 1 without", () => {
    const p = Float64Array.from([0.8, 0.1, 0.1]);
    const h = -(0.8 * Math.log(0.8) + 2 * 0.1 * Math.log(0.1));
    expect(entropyPenalty([{ offset: 0, size: 3 }], p, EPS, true, null, 1)).toBeCloseTo(h * 0.3, 10);
    expect(entropyPenalty([{ offset: 0, size: 3 }], p, EPS, false, null, 1)).toBeCloseTo(h, 10);
  });

  it("adds scale x its gradient with respect to the probabilities (checked by differences)", () => {
    const p = Float64Array.from([0.5, 0.3, 0.2, 0.1, 0.6, 0.25, 0.05]);
    const groups = [{ offset: 0, size: 3 }, { offset: 3, size: 4 }];
    for (const coverage of [true, false]) {
      const grad = new Float64Array(p.length);
      entropyPenalty(groups, p, EPS, coverage, grad, 2);
      for (let i = 0; i < p.length; i++) {
        const shifted = (d: number) => {
          const q = Float64Array.from(p);
          q[i] += d;
          return 2 * entropyPenalty(groups, q, EPS, coverage, null, 1);
        };
        expect(grad[i]).toBeCloseTo((shifted(1e-6) - shifted(-1e-6)) / 2e-6, 7);
      }
    }
  });

  it("is 0 for no groups", () => {
    expect(entropyPenalty([], new Float64Array(0), EPS, true, null, 1)).toBe(0);
  });
});

describe("binarityPenalty(gates, params, grad, scale)", () => {
  it("is g(1 - g) clamp(1 - |2g - 1|, 0, 1) with g = sigmoid(logit): 1/4 at logit 0, ~0 at +-20", () => {
    const params = Float64Array.from([0, 20, -20, Math.log(3)]); // g = 0.75 for the last
    expect(binarityPenalty([0], params, null, 1)).toBe(0.25);
    expect(binarityPenalty([1, 2], params, null, 1)).toBeLessThan(1e-8);
    expect(binarityPenalty([3], params, null, 1)).toBeCloseTo(0.75 * 0.25 * 0.5, 14);
  });

  it("adds scale x its gradient with respect to the logits, away from the kink at logit 0 (checked by differences)", () => {
    const params = Float64Array.from([0.7, -1.3, 2.2, -0.2]);
    const gates = [0, 1, 2, 3];
    const grad = new Float64Array(4);
    binarityPenalty(gates, params, grad, 3);
    for (let i = 0; i < 4; i++) {
      const shifted = (d: number) => {
        const q = Float64Array.from(params);
        q[i] += d;
        return 3 * binarityPenalty(gates, q, null, 1);
      };
      expect(grad[i]).toBeCloseTo((shifted(1e-6) - shifted(-1e-6)) / 2e-6, 8);
    }
  });
});
