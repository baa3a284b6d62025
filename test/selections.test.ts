import { describe, expect, it } from "vitest";
import { buildArchitecture } from "../lib/architecture.js";
import { hardSelections, softSelections } from "../lib/selections.js";

describe("softSelections(architecture, params, tau, out)", () => {
  it("puts softmax(logits / tau) at each group's logits and sigmoid(logit / tau) at each gate", () => {
    const architecture = buildArchitecture("hybrid", 2);
    const params = Float64Array.from({ length: architecture.parameterCount }, (_, i) => Math.sin(i));
    const weights = softSelections(architecture, params, 0.7, new Float64Array(params.length));
    const [a, b, c] = [params[0], params[1], params[2]].map((v) => Math.exp(v / 0.7));
    expect(weights[0]).toBeCloseTo(a / (a + b + c), 15);
    const gate = architecture.gates[1];
    expect(weights[gate]).toBeCloseTo(1 / (1 + Math.exp(-params[gate] / 0.7)), 15);
    for (const { offset, size } of [...architecture.rootSoftmaxes, { offset: 3, size: 3 }]) {
      expect(weights.slice(offset, offset + size).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
    }
  });

  it("stays finite for logits far beyond exp's range (max subtracted first)", () => {
    const architecture = buildArchitecture("eq6", 2);
    const params = new Float64Array(architecture.parameterCount).fill(-5000);
    params[1] = 5000;
    const weights = softSelections(architecture, params, 0.01, new Float64Array(params.length));
    expect(Array.from(weights.slice(0, 3))).toEqual([0, 1, 0]);
    expect(Array.from(weights.slice(3, 6))).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});

describe("hardSelections(architecture, params, out)", () => {
  it("one-hot at the first argmax; gate 1 exactly when its logit is >= 0", () => {
    const architecture = buildArchitecture("v16", 2, ["x"]);
    const params = Float64Array.from([0, 0, -1, 2, 3, 3, 5, 4, 0, -0, -1e-300, 1, -1, 0]);
    const weights = hardSelections(architecture, params, new Float64Array(params.length));
    expect(Array.from(weights.slice(0, 8))).toEqual([1, 0, 0, 1, 1, 0, 1, 0]);
    expect(Array.from(weights.slice(8))).toEqual([1, 1, 0, 1, 0, 1]);
  });
});
