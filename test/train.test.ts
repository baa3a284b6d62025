import { describe, expect, it } from "vitest";
import { trainingData } from "../lib/data.js";
import { initialParameters } from "../lib/initialise.js";
import { Objective } from "../lib/objective.js";
import { operatorNamed } from "../lib/operators.js";
import { protocolSettings } from "../lib/protocol.js";
import { createRandom } from "../lib/random.js";
import { targetNamed } from "../lib/targets.js";
import { train } from "../lib/train.js";
import { TreeModel } from "../lib/treeModel.js";
import { buildArchitecture } from "../lib/architecture.js";
import { routingParameters } from "./helpers/routingParameters.js";

function objectiveFor(targetName: string, arch: "eq6" | "v16" | "hybrid") {
  const target = targetNamed(targetName);
  const data = trainingData(target);
  const architecture = buildArchitecture(arch, 3, target.variables);
  const settings = protocolSettings(arch);
  const model = new TreeModel(architecture, operatorNamed(target.operator), data.points, settings.clamp, settings.expArgumentClamp);
  return { objective: new Objective(model, data.targets), architecture, settings };
}

describe("train(objective, initial, settings)", () => {
  it("stops after 100 restarts of 50 skipped steps when the loss is never finite (R_RR: targets up to 1.5e303)", () => {
    // 19 of R_RR's 395 training targets exceed 1e154, so every squared residual sum overflows.
    const { objective, architecture, settings } = objectiveFor("R_RR", "v16");
    const record = train(objective, initialParameters(architecture, "biased", createRandom(1)), settings, { trace: true });
    expect(record).toMatchObject({ iterations: 5000, skippedSteps: 5000, nanRestarts: 100, bestLoss: Number.POSITIVE_INFINITY });
    expect(record.trace!.every(([, data, total]) => data === null && total === null)).toBe(true);
  });

  it("leaves the initial parameters unchanged and records one trace row per iteration", () => {
    const { objective, architecture, settings } = objectiveFor("paper", "eq6");
    const initial = initialParameters(architecture, "default", createRandom(2));
    const copy = Float64Array.from(initial);
    const short = { ...settings, searchIterations: 30, hardeningIterations: 20 };
    const record = train(objective, initial, short, { trace: true });
    expect(Array.from(initial)).toEqual(Array.from(copy));
    expect(record.trace!.map(([iteration]) => iteration)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(record.phaseSwitchIteration).toBe(31);
    expect(record.bestLoss).toBe(Math.min(...record.trace!.map(([, data]) => data!)));
  });

  it("switches early once the plateau reaches its patience while the best loss is below 1e-2", () => {
    const { objective, architecture, settings } = objectiveFor("paper", "eq6");
    // Logits routed to the target itself: the soft loss at tau 2.5 is already below 1e-2. With a
    // relative-improvement threshold of 1, no step resets the plateau, which grows by one per step.
    const initial = routingParameters(architecture, targetNamed("paper").expression, 20)!;
    expect(objective.loss(initial, settings.tauSearch).data).toBeLessThan(1e-2);
    const quick = { ...settings, plateauPatience: 25, plateauRelativeImprovement: 1, searchIterations: 400, hardeningIterations: 1 };
    expect(train(objective, initial, quick).phaseSwitchIteration).toBe(26);
    expect(train(objective, initial, { ...quick, plateauLossBelow: 0 }).phaseSwitchIteration).toBe(401);
  });
});
