import { describe, expect, it } from "vitest";
import { compareCells, rateOf } from "../../lib/analysis/compareCells.js";
import type { Row } from "../../lib/sweep/runJob.js";

const row = (strategy: string, seed: number, exact: boolean): Row => ({ strategy, seed: String(seed), exact: String(exact) });

describe("compareCells", () => {
  it("rateOf(rows) gives the exact share with its Clopper-Pearson interval", () => {
    const r = rateOf([row("a", 1, true), row("a", 2, false), row("a", 3, false), row("a", 4, true)]);
    expect(r).toMatchObject({ trials: 4, exact: 2, rate: 0.5 });
    // scipy.stats.beta.ppf(0.025, 2, 3) = 0.0676, beta.ppf(0.975, 3, 2) = 0.9324.
    expect(r.lower).toBeCloseTo(0.06759, 4);
    expect(r.upper).toBeCloseTo(0.93241, 4);
  });

  it("compareCells(rows, reference) keeps only the (strategy, seed) pairs both sides have", () => {
    const study = [row("biased", 137, true), row("biased", 138, true), row("uniform", 137, false)];
    const reference = [row("biased", 137, false), row("biased", 138, false), row("biased", 139, false)];
    const c = compareCells(study, reference);
    expect(c.study).toMatchObject({ trials: 2, exact: 2 });
    expect(c.reference).toMatchObject({ trials: 2, exact: 0 });
    expect(c.differencePoints).toBe(100);
    // Fisher [[2, 0], [0, 2]]: two-sided p = 1/3 (scipy.stats.fisher_exact).
    expect(c.pValue).toBeCloseTo(1 / 3, 10);
  });

  it("compareCells(..., 'seed') matches seeds across different strategies; 'none' keeps everything", () => {
    const study = [row("uniform", 137, true), row("uniform", 140, true)];
    const reference = [row("biased", 137, false), row("biased", 138, false)];
    expect(compareCells(study, reference, "seed").study.trials).toBe(1);
    expect(compareCells(study, reference, "seed").reference.trials).toBe(1);
    expect(compareCells(study, reference, "none").reference.trials).toBe(2);
  });

  it("compareCells with an empty side gives NaN rates, NaN difference and p = 1", () => {
    const c = compareCells([], [row("a", 1, true)]);
    expect(c.study.trials).toBe(0);
    expect(Number.isNaN(c.differencePoints)).toBe(true);
    expect(c.pValue).toBe(1);
  });
});
