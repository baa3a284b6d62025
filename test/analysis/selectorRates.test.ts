import { describe, expect, it } from "vitest";
import { rowNoise, selectCandidate, selectionUnits, selectorRates } from "../../lib/analysis/selectorRates.js";
import type { Row } from "../../lib/sweep/runJob.js";

function row(arch: string, strategy: string, seed: number, exact: boolean, rmse: number, extra: Partial<Row> = {}): Row {
  return {
    configuration: "eml-LR-yx", noise: "0", arch, strategy, seed: String(seed), exact: String(exact), target: "paper",
    rmse_heldout: String(rmse), active_nodes: "3", signature: exact ? "eml(eml(1,eml(y,x)),1)" : `wrong${rmse}`, settings: "", ...extra,
  };
}

/**
 * By hand: units (seed, strategy) with Eq. 6's one trial per seed joining both V16 strategies.
 *   137/biased:  eq6 exact 1e-16 vs v16 0.1           -> selects eq6, exact; oracle yes
 *   137/uniform: eq6 exact 1e-16 vs v16 exact 2e-16   -> selects eq6, exact; oracle yes
 *   138/biased:  eq6 0.01 vs v16 exact 1e-15          -> selects v16, exact; oracle yes
 *   138/uniform: eq6 0.01 vs v16 1e-3                 -> selects v16, not exact; oracle no
 */
const TABLE: Row[] = [
  row("eq6", "default", 137, true, 1e-16), row("v16", "biased", 137, false, 0.1), row("v16", "uniform", 137, true, 2e-16),
  row("eq6", "default", 138, false, 0.01), row("v16", "biased", 138, true, 1e-15), row("v16", "uniform", 138, false, 1e-3),
];

describe("selectorRates", () => {
  it("selectorRates pairs Eq. 6's default trial with each V16 strategy of its seed and counts selected and oracle successes", () => {
    const [rate] = selectorRates(TABLE);
    expect(rate).toMatchObject({
      configuration: "eml-LR-yx", noise: "0", archs: "eq6+v16", units: 4, incomplete_units: 0,
      selected_exact: 3, oracle_exact: 3, missed: 0, exact_eq6: 2, exact_v16: 2, exact_hybrid: null,
    });
    expect(rate.selected_rate).toBe(0.75);
    // Clopper-Pearson 95% for 3/4: [0.194, 0.994] (scipy.stats.beta.ppf(0.025, 3, 2), beta.ppf(0.975, 4, 1)).
    expect(rate.selected_lower).toBeCloseTo(0.19412, 4);
    expect(rate.selected_upper).toBeCloseTo(0.99369, 4);
  });

  it("selectorRates counts a miss when the lowest score belongs to a non-exact candidate beside an exact one", () => {
    const rows = [row("eq6", "default", 137, true, 0.05, { noise: "1e-2" }), row("v16", "biased", 137, false, 0.04, { noise: "1e-2" })];
    expect(selectorRates(rows)[0]).toMatchObject({ noise: "1e-2", units: 1, selected_exact: 0, oracle_exact: 1, missed: 1 });
  });

  it("selectorRates groups by configuration and noise, noise levels ascending", () => {
    const rows = [...TABLE.map((r) => ({ ...r, noise: "1e-3" })), ...TABLE, ...TABLE.map((r) => ({ ...r, configuration: "other" }))];
    expect(selectorRates(rows).map((r) => [r.configuration, r.noise])).toEqual([["eml-LR-yx", "0"], ["eml-LR-yx", "1e-3"], ["other", "0"]]);
  });

  it("selectorRates leaves out and counts units missing an architecture's candidate", () => {
    const [rate] = selectorRates([...TABLE, row("v16", "biased", 139, true, 0)]);
    expect(rate.units).toBe(4);
    expect(rate.incomplete_units).toBe(2);
  });

  it("selectorRates with pairing 'seed' lets every candidate of a seed compete", () => {
    const [rate] = selectorRates(TABLE, { pairing: "seed" });
    expect(rate).toMatchObject({ units: 2, selected_exact: 2, oracle_exact: 2, exact_eq6: 1, exact_v16: 2 });
  });

  it("selectorRates takes the score and the success criterion as options", () => {
    const worstFirst = selectorRates(TABLE, { score: (r) => -Number(r.rmse_heldout) })[0];
    // Highest RMSE first: only 137/uniform (eq6 1e-16 vs v16 exact 2e-16) still picks an exact one.
    expect(worstFirst.selected_exact).toBe(1);
    const structural = selectorRates(TABLE, { success: (r) => r.signature.startsWith("wrong") })[0];
    // Every unit but 137/uniform (both exact) holds a "wrong" candidate.
    expect(structural.oracle_exact).toBe(3);
  });

  it("selectorRates serves the shockley plan's log: no labels, the target as configuration, noise 0", () => {
    const rows = TABLE.map(({ configuration: _c, noise: _n, ...rest }) => ({ ...rest, target: "shockley" }));
    expect(selectorRates(rows)[0]).toMatchObject({ configuration: "shockley", noise: "0", units: 4 });
  });

  it("selectorRates pairs two multi-strategy architectures (V16 + Hybrid) by equal strategy", () => {
    const rows = [row("v16", "biased", 137, false, 1), row("hybrid", "biased", 137, true, 0), row("v16", "uniform", 137, true, 0), row("hybrid", "uniform", 137, false, 1)];
    expect(selectorRates(rows)[0]).toMatchObject({ units: 2, selected_exact: 2, exact_v16: 1, exact_hybrid: 1 });
  });
});

describe("selectCandidate", () => {
  it("selectCandidate breaks a score tie by fewer active nodes, then by signature", () => {
    const a = row("v16", "biased", 1, false, 0.5, { active_nodes: "4", signature: "a" });
    const b = row("eq6", "default", 1, false, 0.5, { active_nodes: "2", signature: "c" });
    const c = row("hybrid", "biased", 1, false, 0.5, { active_nodes: "2", signature: "b" });
    expect(selectCandidate([a, b, c], (r) => Number(r.rmse_heldout))).toBe(c);
  });

  it("selectCandidate ranks a non-finite score last", () => {
    const a = row("v16", "biased", 1, false, Number.NaN);
    const b = row("eq6", "default", 1, false, 1e300);
    expect(selectCandidate([a, b], (r) => Number(r.rmse_heldout))).toBe(b);
  });
});

describe("selectionUnits", () => {
  it("selectionUnits gives null for a unit missing an architecture", () => {
    expect(selectionUnits([row("eq6", "default", 137, true, 0), row("v16", "biased", 138, true, 0)], "strategy")).toEqual([null, null]);
  });
});

describe("rowNoise", () => {
  it("rowNoise reads the noise label, else the settings' noiseSigma, else 0", () => {
    expect(rowNoise({ noise: "1e-4" })).toBe("1e-4");
    expect(rowNoise({ settings: '{"noiseRelative":true,"noiseSigma":0.001}' })).toBe("1e-3");
    expect(rowNoise({ settings: "" })).toBe("0");
  });
});
