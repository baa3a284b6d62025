import { describe, expect, it } from "vitest";
import { buildArchitecture } from "../lib/architecture.js";
import { initialParameters, parametersFromBlocks, parametersToBlocks, VALID_STRATEGIES } from "../lib/initialise.js";
import type { ArchitectureName, StrategyName } from "../lib/protocol.js";
import { createRandom } from "../lib/random.js";

const init = (arch: ArchitectureName, strategy: StrategyName, seed: number | string = 137) =>
  initialParameters(buildArchitecture(arch), strategy, createRandom(seed));
const difference = (a: Float64Array, b: Float64Array) => Array.from(a, (v, i) => Math.round((v - b[i]) * 1e9) / 1e9);

/** Per leaf [1, x, y] rows of a difference, then the gates, then (Hybrid) the root rows. */
function split(values: number[], arch: ArchitectureName) {
  const leaves = Array.from({ length: 8 }, (_, leaf) => values.slice(3 * leaf, 3 * leaf + 3));
  const gates = values.slice(24, arch === "v16" ? 38 : 36);
  const root = arch === "hybrid" ? [values.slice(36, 40), values.slice(40, 44)] : [];
  return { leaves, gates, root };
}

describe("initialParameters(architecture, strategy, random)", () => {
  for (const arch of ["v16", "hybrid"] as const) {
    const uniform = init(arch, "uniform");

    it(`${arch} 'uniform': leaf logits N, gate logits N + 4 (the strategies of one seed share their normals)`, () => {
      const normals = init(arch, "default").map((v) => v * 10);
      const { leaves, gates, root } = split(difference(uniform, normals), arch);
      expect(leaves.flat().every((d) => d === 0)).toBe(true);
      expect(gates.every((d) => d === 4)).toBe(true);
      expect(root.flat().every((d) => d === 0)).toBe(true);
    });

    it(`${arch} 'biased': +2 on every leaf's "1" entry${arch === "hybrid" ? " and on each root input's \"1\"" : ""}, gates as 'uniform'`, () => {
      const { leaves, gates, root } = split(difference(init(arch, "biased"), uniform), arch);
      expect(leaves).toEqual(Array(8).fill([2, 0, 0]));
      expect(gates.every((d) => d === 0)).toBe(true);
      expect(root).toEqual(arch === "hybrid" ? [[2, 0, 0, 0], [2, 0, 0, 0]] : []);
    });

    it(`${arch} 'xy_biased': +1 on every leaf's x and y entries, nothing else`, () => {
      const { leaves, gates, root } = split(difference(init(arch, "xy_biased"), uniform), arch);
      expect(leaves).toEqual(Array(8).fill([0, 1, 1]));
      expect([...gates, ...root.flat()].every((d) => d === 0)).toBe(true);
    });

    it(`${arch} 'random_hot': +3 on one entry per leaf${arch === "hybrid" ? " and per root input" : ""}, gates N + 3 with some at N - 3`, () => {
      const { leaves, gates, root } = split(difference(init(arch, "random_hot"), uniform), arch);
      for (const row of [...leaves, ...root]) {
        expect(row.filter((d) => d === 3)).toHaveLength(1);
        expect(row.filter((d) => d === 0)).toHaveLength(row.length - 1);
      }
      expect(gates.every((d) => d === -1 || d === -7)).toBe(true);
    });
  }

  it("'random_hot' sends a gate to N - 3 with probability 0.25 and picks leaf entries uniformly (400 seeds)", () => {
    let low = 0;
    let gates = 0;
    const hot = [0, 0, 0];
    for (let seed = 0; seed < 400; seed++) {
      const { leaves, gates: gateDifferences } = split(difference(init("v16", "random_hot", seed), init("v16", "uniform", seed)), "v16");
      low += gateDifferences.filter((d) => d === -7).length;
      gates += gateDifferences.length;
      for (const row of leaves) hot[row.indexOf(3)] += 1;
    }
    // 5,600 gates: the standard error of the fraction is 0.006.
    expect(Math.abs(low / gates - 0.25)).toBeLessThan(0.025);
    for (const count of hot) expect(Math.abs(count / 3200 - 1 / 3)).toBeLessThan(0.03);
  });

  it("Eq. 6 'default': every logit 0.1 N (mean ~0, sd ~0.1 over 200 seeds)", () => {
    const values = Array.from({ length: 200 }, (_, seed) => Array.from(init("eq6", "default", seed))).flat();
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(values).toHaveLength(200 * 42);
    expect(Math.abs(mean)).toBeLessThan(0.005);
    expect(Math.abs(sd - 0.1)).toBeLessThan(0.005);
  });

  it("is deterministic per seed and differs between seeds", () => {
    expect(Array.from(init("hybrid", "random_hot", 140))).toEqual(Array.from(init("hybrid", "random_hot", 140)));
    expect(init("hybrid", "random_hot", 140)[0]).not.toBe(init("hybrid", "random_hot", 141)[0]);
  });

  it("throws for a strategy the architecture does not take, listing the valid ones", () => {
    expect(() => init("eq6", "biased")).toThrow(/strategy 'biased' does not apply to eq6 \(valid: default\)/);
    expect(() => init("v16", "hot" as StrategyName)).toThrow(/valid: biased, uniform, xy_biased, random_hot, default/);
    expect(VALID_STRATEGIES.eq6).toEqual(["default"]);
  });
});

describe("parametersFromBlocks(architecture, blocks) and parametersToBlocks", () => {
  it("round-trips the golden-trace layout", () => {
    for (const arch of ["eq6", "v16", "hybrid"] as const) {
      const architecture = buildArchitecture(arch);
      const params = initialParameters(architecture, arch === "eq6" ? "default" : "random_hot", createRandom(3));
      const blocks = parametersToBlocks(architecture, params);
      expect(Object.keys(blocks)).toEqual(architecture.blocks.map((b) => b.name));
      expect(Array.from(parametersFromBlocks(architecture, blocks))).toEqual(Array.from(params));
    }
  });

  it("throws for a wrong shape, a non-finite value, a missing or an unexpected block", () => {
    const architecture = buildArchitecture("v16");
    const blocks = parametersToBlocks(architecture, new Float64Array(38));
    expect(() => parametersFromBlocks(architecture, { ...blocks, leaf_logits: blocks.leaf_logits.slice(1) })).toThrow(/'leaf_logits' must be a 8 x 3 array/);
    expect(() => parametersFromBlocks(architecture, { ...blocks, blend_logits: [[Number.NaN, 0], ...blocks.blend_logits.slice(1)] })).toThrow(/row 0 must hold 2 finite numbers/);
    expect(() => parametersFromBlocks(architecture, { leaf_logits: blocks.leaf_logits })).toThrow(/'blend_logits'/);
    expect(() => parametersFromBlocks(architecture, { ...blocks, root_logits: [[0]] })).toThrow(/unexpected block 'root_logits'/);
  });
});
