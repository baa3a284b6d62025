/**
 * runTrial(spec): one whole trial, pure and deterministic in its spec: data, initialisation,
 * training, snap, closed form and outcome.
 */
import { buildArchitecture, type Architecture } from "./architecture.js";
import { addNoise, heldoutData, trainingData, type Dataset } from "./data.js";
import { evaluateExpression, latexExpression, operatorCount, printExpression, signature, type Expression } from "./expression.js";
import { initialParameters, parametersFromBlocks } from "./initialise.js";
import { Objective } from "./objective.js";
import { operatorNamed } from "./operators.js";
import { classifyOutcome } from "./outcome.js";
import { protocolSettings, type TrainingSettings } from "./protocol.js";
import { createRandom } from "./random.js";
import { snappedExpression } from "./snap.js";
import { targetNamed, type Target } from "./targets.js";
import { train } from "./train.js";
import { TreeModel } from "./treeModel.js";
import type { TrialResult, TrialSpec } from "./trialTypes.js";

/** Mean |expression - target|^2 over a dataset, evaluated with the model's clamps. */
export function expressionMse(expression: Expression, target: Target, data: Dataset, settings: TrainingSettings): number {
  const byName = Object.fromEntries(target.variables.map((name, v) => [name, data.points.variables[v]]));
  const { re, im } = evaluateExpression(expression, byName, data.points.count, {
    clamp: settings.clamp, argumentClamp: settings.expArgumentClamp,
  });
  let sum = 0;
  for (let i = 0; i < data.points.count; i++) sum += (re[i] - data.targets[i]) ** 2 + im[i] ** 2;
  return sum / data.points.count;
}

/** Everything a trial trains on, built once per (target, settings). */
export interface TrialSetup {
  architecture: Architecture;
  target: Target;
  settings: TrainingSettings;
  train: Dataset;
  heldout: Dataset;
}

export function trialSetup(spec: Pick<TrialSpec, "arch" | "target" | "settings">, heldout?: Dataset): TrialSetup {
  const target = targetNamed(spec.target);
  const settings = protocolSettings(spec.arch, spec.settings);
  const architecture = buildArchitecture(spec.arch, settings.depth, target.variables);
  return {
    architecture, target, settings,
    train: trainingData(target),
    heldout: resolveHeldout(heldout, target, settings),
  };
}

function resolveHeldout(given: Dataset | undefined, target: Target, settings: TrainingSettings): Dataset {
  return given ?? heldoutData(target, settings.heldoutSeed, settings.heldoutSize);
}

export function runTrial(spec: TrialSpec, setup: TrialSetup = trialSetup(spec)): TrialResult {
  const started = performance.now();
  const { architecture, target, settings } = setup;
  const operator = operatorNamed(target.operator);
  const targets = addNoise(setup.train.targets, settings.noiseSigma, settings.noiseRelative, spec.seed);
  const model = new TreeModel(architecture, operator, setup.train.points, settings.clamp, settings.expArgumentClamp);
  const objective = new Objective(model, targets, settings.entropyEpsilon);
  const initial = spec.init
    ? parametersFromBlocks(architecture, spec.init)
    : initialParameters(architecture, spec.strategy, createRandom(spec.seed));
  const record = train(objective, initial, settings, { trace: spec.trace });
  const expression = snappedExpression(architecture, target.operator, record.params);
  // Judged against the noiseless targets: noise is a training condition, recovery a property of the closed form.
  const mseTrain = expressionMse(expression, target, setup.train, settings);
  const mseHeldout = expressionMse(expression, target, setup.heldout, settings);
  const outcome = classifyOutcome({ expression, target: target.expression, mseTrain, mseHeldout, bestLoss: record.bestLoss });
  return {
    arch: spec.arch, target: target.name, operator: target.operator, strategy: spec.strategy, seed: spec.seed,
    depth: settings.depth, exact: outcome.exact,
    mse_train: mseTrain, mse_heldout: mseHeldout, rmse_train: Math.sqrt(mseTrain), rmse_heldout: Math.sqrt(mseHeldout),
    expression: printExpression(expression), latex: latexExpression(expression),
    signature: signature(expression), target_signature: signature(target.expression),
    structural_match: outcome.structuralMatch, failure_type: outcome.failureType,
    best_loss: record.bestLoss, phase_switch_iter: record.phaseSwitchIteration, iterations: record.iterations,
    skipped_steps: record.skippedSteps, nan_restarts: record.nanRestarts, active_nodes: operatorCount(expression),
    wall_ms: Math.round(performance.now() - started),
    ...(record.trace ? { trace: record.trace } : {}),
  };
}
