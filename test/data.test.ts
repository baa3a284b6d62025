import { describe, expect, it } from "vitest";
import { addNoise, heldoutData, linspace, trainingData } from "../lib/data.js";
import { PROTOCOL } from "../lib/protocol.js";
import { targetNamed } from "../lib/targets.js";

describe("trainingData(target)", () => {
  it("is the 21 x 21 grid on [1, 3]^2, x outer and y inner, with the target's values", () => {
    const { points, targets } = trainingData(targetNamed("paper"));
    expect(points.count).toBe(441);
    const [x, y] = points.variables;
    expect([x[0], y[0], x[1], y[1], x[21], y[21], x[440], y[440]]).toEqual([1, 1, 1, 1.1, 1.1, 1, 3, 3]);
    // paper = eml(eml(1, eml(y, x)), 1) = exp(e - log(exp(y) - log x))
    expect(targets[22]).toBeCloseTo(Math.exp(Math.E - Math.log(Math.exp(1.1) - Math.log(1.1))), 12);
  });

  it("drops the points where the target is not real: T4 and T4_yx train on fewer than 441", () => {
    const t4 = trainingData(targetNamed("T4")).points.count;
    const t4yx = trainingData(targetNamed("T4_yx")).points.count;
    expect(t4).toBeLessThan(441);
    expect(t4yx).toBeLessThan(441);
    expect(trainingData(targetNamed("T1")).points.count).toBe(441);
  });

  it("is 441 evenly spaced points on [0, 5] for Shockley", () => {
    const { points, targets } = trainingData(targetNamed("shockley"));
    expect(points.count).toBe(441);
    expect([points.variables[0][0], points.variables[0][440]]).toEqual([0, 5]);
    expect(targets[440]).toBeCloseTo(Math.exp(5) - 1, 10);
  });
});

describe("heldoutData(target, seed, size)", () => {
  it("draws 500 valid points inside the held-out box, the same for the same seed", () => {
    const first = heldoutData(targetNamed("T4"), PROTOCOL.heldoutSeed, 500);
    const again = heldoutData(targetNamed("T4"), PROTOCOL.heldoutSeed, 500);
    expect(first.points.count).toBe(500);
    for (const values of first.points.variables) expect(values.every((v) => v >= 0.5 && v <= 5)).toBe(true);
    expect(Array.from(again.points.variables[0])).toEqual(Array.from(first.points.variables[0]));
    expect(first.targets.every(Number.isFinite)).toBe(true);
    const other = heldoutData(targetNamed("T4"), 1, 500);
    expect(other.points.variables[0][0]).not.toBe(first.points.variables[0][0]);
  });
});

describe("linspace(start, end, steps) and addNoise(targets, sigma, relative, seed)", () => {
  it("linspace hits both ends exactly, like torch.linspace", () => {
    const axis = linspace(1, 3, 21);
    expect([axis[0], axis[10], axis[20]]).toEqual([1, 2, 3]);
    expect(Array.from(linspace(0, 1, 1))).toEqual([0]);
  });

  it("addNoise returns the targets unchanged at sigma 0 and seeded noise otherwise", () => {
    const targets = Float64Array.from([1, 2, 3, 4]);
    expect(addNoise(targets, 0, false, 1)).toBe(targets);
    const noisy = addNoise(targets, 0.1, true, 1);
    expect(Array.from(addNoise(targets, 0.1, true, 1))).toEqual(Array.from(noisy));
    expect(noisy.some((v, i) => v !== targets[i])).toBe(true);
  });
});
