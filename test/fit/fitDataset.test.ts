import { describe, expect, it } from "vitest";
import { fitDataset } from "../../lib/fit/fitDataset.js";
import { CANDIDATE_COLUMNS, type FitData } from "../../lib/fit/fitTypes.js";
import { targetSurface } from "../../lib/examples/targetSurface.js";
import { createRandom } from "../../lib/random.js";
import { targetNamed } from "../../lib/targets.js";

/** The noiseless two-variable example: the paper's EML LR(y,x) on an 11 x 11 grid over [1, 3]^2. */
function paperSurface(): FitData {
  const rows = targetSurface(targetNamed("paper"), { relativeNoise: 0 }, createRandom(0));
  return { columns: { x: rows.map((r) => r.x), y: rows.map((r) => r.y), z: rows.map((r) => r.z) }, inputs: ["x", "y"], output: "z" };
}

describe("fitDataset", () => {
  // Eq. 6 recovers EML LR(y,x) in 64/64 seeds in the paper (Fig. 2); two seeds on one worker thread.
  it("fitDataset recovers eml(eml(1, eml(y, x)), 1) from the noiseless example with Eq. 6 and two seeds", async () => {
    const result = await fitDataset(paperSurface(), { archs: ["eq6"], seeds: 2, workers: 1, progress: false });
    expect(result.selected.signature).toBe("eml(eml(1,eml(y,x)),1)");
    expect(result.selected.rmse_heldout).toBeLessThan(1e-6);
    expect(result.selected.candidates).toBe(2);
    expect(result.rows).toEqual({ total: 121, training: 97, heldout: 24 });
    expect(result.seeds).toEqual([137, 138]);
  });

  it("fitDataset reports a candidate table with the documented columns, one row per (architecture, strategy, seed)", async () => {
    const result = await fitDataset(paperSurface(), {
      archs: ["eq6", "v16"], strategies: { v16: ["biased"] }, seeds: 1, workers: 0, progress: false,
      settings: { searchIterations: 50, hardeningIterations: 20 },
    });
    expect(result.candidates.map((c) => `${c.arch}/${c.strategy}/${c.seed}`)).toEqual(["eq6/default/137", "v16/biased/137"]);
    for (const c of result.candidates) expect(Object.keys(c)).toEqual([...CANDIDATE_COLUMNS]);
    expect(result.distinctExpressions).toBe(new Set(result.candidates.map((c) => c.signature)).size);
  });

  it("fitDataset rejects bad options by name before training anything", async () => {
    await expect(fitDataset(paperSurface(), { holdout: 0.9, progress: false })).rejects.toThrow("fit option 'holdout'");
    await expect(fitDataset(paperSurface(), { strategies: { eq6: ["biased"] }, progress: false })).rejects.toThrow("fit option 'strategies.eq6'");
  });
});
