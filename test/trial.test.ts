import { describe, expect, it } from "vitest";
import { parametersToBlocks, initialParameters } from "../lib/initialise.js";
import type { ArchitectureName, TrainingSettings } from "../lib/protocol.js";
import { createRandom } from "../lib/random.js";
import { targetNamed } from "../lib/targets.js";
import { expressionMse, runTrial, trialSetup } from "../lib/trial.js";
import type { TrialResult, TrialSpec } from "../lib/trialTypes.js";

/** A shortened schedule: the same phases in 300 iterations, so each trial takes well under a second. */
const SHORT: Partial<TrainingSettings> = { searchIterations: 200, hardeningIterations: 100 };
const withoutTime = ({ wall_ms: _ignored, ...rest }: TrialResult) => rest;

describe("runTrial(spec, setup)", () => {
  it("is deterministic in its spec", () => {
    const spec: TrialSpec = { arch: "hybrid", target: "T1", strategy: "random_hot", seed: 140, settings: SHORT };
    expect(withoutTime(runTrial(spec))).toEqual(withoutTime(runTrial(spec)));
  });

  it("reports the spec, the protocol's depth and a consistent outcome", () => {
    const result = runTrial({ arch: "v16", target: "S_LR", strategy: "uniform", seed: 138, settings: SHORT });
    expect(result).toMatchObject({ arch: "v16", target: "S_LR", operator: "sml", strategy: "uniform", seed: 138, depth: 3, iterations: 300, phase_switch_iter: 201 });
    expect(result.rmse_train).toBe(Math.sqrt(result.mse_train));
    expect(result.structural_match).toBe(result.signature === result.target_signature);
    expect(result.trace).toBeUndefined();
  });

  it("starts from spec.init instead of the seeded initialisation when given", () => {
    const setup = trialSetup({ arch: "v16", target: "paper", settings: SHORT });
    const init = parametersToBlocks(setup.architecture, initialParameters(setup.architecture, "biased", createRandom(141)));
    const seeded = runTrial({ arch: "v16", target: "paper", strategy: "biased", seed: 141, settings: SHORT }, setup);
    const fromInit = runTrial({ arch: "v16", target: "paper", strategy: "biased", seed: 999, settings: SHORT, init, trace: true }, setup);
    expect(fromInit.best_loss).toBe(seeded.best_loss);
    expect(fromInit.expression).toBe(seeded.expression);
    expect(fromInit.trace).toHaveLength(300);
  });

  it("trains on noisy targets when asked but judges the closed form against the noiseless ones", () => {
    const clean = runTrial({ arch: "eq6", target: "paper", strategy: "default", seed: 137, settings: SHORT });
    const noisy = runTrial({ arch: "eq6", target: "paper", strategy: "default", seed: 137, settings: { ...SHORT, noiseSigma: 0.1, noiseRelative: true } });
    expect(noisy.best_loss).not.toBe(clean.best_loss);
    const setup = trialSetup({ arch: "eq6", target: "paper" });
    expect(expressionMse(targetNamed("paper").expression, setup.target, setup.train, setup.settings)).toBe(0);
  });
});

describe("trialSetup(spec, heldout)", () => {
  it("takes its variables from the target: one for Shockley, two otherwise", () => {
    expect(trialSetup({ arch: "hybrid", target: "shockley" }).architecture.variables).toEqual(["x"]);
    expect(trialSetup({ arch: "eq6", target: "T4", settings: { depth: 4 } }).architecture.parameterCount).toBe(90);
  });

  it("throws RangeErrors listing the valid values for an unknown target, architecture or depth", () => {
    expect(() => trialSetup({ arch: "v16", target: "T9" })).toThrow(/unknown target 'T9' \(valid: .*\)/);
    expect(() => trialSetup({ arch: "v99" as ArchitectureName, target: "paper" })).toThrow(/valid: eq6, v16, hybrid/);
    expect(() => trialSetup({ arch: "v16", target: "paper", settings: { depth: 1 } })).toThrow(/depth must be an integer from 2 to 8/);
    expect(() => runTrial({ arch: "eq6", target: "paper", strategy: "biased", seed: 1 })).toThrow(/valid: default/);
  });
});
