import { describe, expect, it } from "vitest";
import { planJobs, planNamed } from "../../lib/plans/index.js";
import { NOISE_LEVELS, noiseLabel, noisePlan } from "../../lib/plans/noise.js";

describe("noisePlan", () => {
  it("the noise plan is registered under 'noise' with the labels configuration and noise", () => {
    expect(planNamed("noise")).toBe(noisePlan);
    expect(noisePlan.labelColumns).toEqual(["configuration", "noise"]);
  });

  it("the noise plan has 9 cells per noise level (2 + 2 + 2 architectures for the jointly-run configurations, 3 for Shockley) at 6 levels", () => {
    const cells = noisePlan.cells();
    expect(NOISE_LEVELS).toEqual([0, 1e-6, 1e-4, 1e-3, 1e-2, 1e-1]);
    expect(cells).toHaveLength(54);
    const perConfiguration = new Map<string, string[]>();
    for (const cell of cells.filter((c) => c.labels.noise === "0")) {
      perConfiguration.set(cell.labels.configuration, [...(perConfiguration.get(cell.labels.configuration) ?? []), cell.arch]);
    }
    expect(Object.fromEntries(perConfiguration)).toEqual({
      "eml-LR-yx": ["eq6", "v16"], "rml-LR-yx": ["eq6", "v16"], "sml-LR-yx": ["v16", "hybrid"], shockley: ["eq6", "v16", "hybrid"],
    });
  });

  it("the noise plan runs 8 seeds per cell with the native strategies: 216 trials per level, 1296 in all", () => {
    const cells = noisePlan.cells();
    expect(cells.every((c) => c.seeds === 8)).toBe(true);
    expect(cells.filter((c) => c.arch === "eq6").every((c) => c.strategies.join() === "default")).toBe(true);
    expect(cells.filter((c) => c.arch !== "eq6").every((c) => c.strategies.length === 4)).toBe(true);
    const jobs = planJobs(cells);
    expect(jobs).toHaveLength(1296);
    expect(jobs.filter((j) => j.cell.labels.noise === "1e-3")).toHaveLength(216);
  });

  it("the noise plan's settings are the protocol's at level 0 and relative training noise otherwise", () => {
    const cells = noisePlan.cells();
    expect(cells.filter((c) => c.labels.noise === "0").every((c) => Object.keys(c.settings).length === 0)).toBe(true);
    for (const cell of cells.filter((c) => c.labels.noise !== "0")) {
      expect(cell.settings).toEqual({ noiseSigma: Number(cell.labels.noise), noiseRelative: true });
    }
  });

  it("the noise plan's targets are EML, RML and SML LR(y,x) and the Shockley diode", () => {
    expect([...new Set(noisePlan.cells().map((c) => c.target))]).toEqual(["paper", "R_LR", "S_LR", "shockley"]);
  });

  it("the noise plan takes a seed count for quick runs", () => {
    expect(planJobs(noisePlan.cells({ seeds: 1 }))).toHaveLength(162);
  });

  it("noiseLabel writes levels as 0 and 1e-k", () => {
    expect(NOISE_LEVELS.map(noiseLabel)).toEqual(["0", "1e-6", "1e-4", "1e-3", "1e-2", "1e-1"]);
  });
});
