import { describe, expect, it } from "vitest";
import { noisyHeldoutScore } from "../../lib/analysis/noisyHeldoutScore.js";
import { selectorUnderNoise } from "../../lib/analysis/selectorUnderNoise.js";
import { selectorRates } from "../../lib/analysis/selectorRates.js";
import { heldoutData } from "../../lib/data.js";
import { PROTOCOL } from "../../lib/protocol.js";
import type { Row } from "../../lib/sweep/runJob.js";
import { targetNamed } from "../../lib/targets.js";

const EXACT = "eml(x, eml(1, 1))";
const row = (expression: string, settings: string, seed = "137", arch = "eq6"): Row => ({
  arch, strategy: "default", seed, target: "shockley", expression, settings, signature: expression.replace(/ /g, ""), active_nodes: "2",
  exact: String(expression === EXACT), rmse_heldout: "0",
});

describe("noisyHeldoutScore", () => {
  it("noisyHeldoutScore of the exact expression is 0 without noise", () => {
    expect(noisyHeldoutScore()(row(EXACT, ""))).toBe(0);
  });

  it("noisyHeldoutScore of the exact expression is about sigma x the held-out targets' RMS under relative noise", () => {
    const held = heldoutData(targetNamed("shockley"), PROTOCOL.heldoutSeed, PROTOCOL.heldoutSize);
    const rms = Math.sqrt(held.targets.reduce((s, t) => s + t * t, 0) / held.targets.length);
    const score = noisyHeldoutScore()(row(EXACT, '{"noiseRelative":true,"noiseSigma":0.01}'));
    // 500 points: the sample RMS of the noise is within a few percent of sigma.
    expect(score / (0.01 * rms)).toBeGreaterThan(0.9);
    expect(score / (0.01 * rms)).toBeLessThan(1.1);
  });

  it("noisyHeldoutScore draws one noisy held-out set per seed, whatever the architecture", () => {
    const score = noisyHeldoutScore();
    const settings = '{"noiseRelative":true,"noiseSigma":0.01}';
    expect(score(row(EXACT, settings, "137", "eq6"))).toBe(score(row(EXACT, settings, "137", "hybrid")));
    expect(score(row(EXACT, settings, "137"))).not.toBe(score(row(EXACT, settings, "138")));
  });
});

describe("selectorUnderNoise", () => {
  it("selectorUnderNoise reports the noisy-validation rate beside the clean one; without noise they agree", () => {
    const rows = [row(EXACT, ""), { ...row("eml(x, eml(eml(1, 1), 1))", "", "137", "hybrid"), strategy: "biased", rmse_heldout: "3" }];
    const [rate] = selectorUnderNoise(rows);
    expect(rate).toMatchObject({ configuration: "shockley", units: 1, selected_exact: 1, clean_selected_exact: 1, oracle_exact: 1 });
    expect(rate.selected_exact).toBe(selectorRates(rows)[0].selected_exact);
  });
});
