/**
 * fitCandidate(spec): one candidate of a fit, pure and deterministic in its spec: the protocol's
 * training (lib/train.ts) of one architecture from one seeded initialisation on the training
 * rows, the one-hot snap, and the hardened expression's RMSE on the training and held-out rows,
 * evaluated with the model's clamps. The worker threads of fitDataset wrap this function.
 */
import { buildArchitecture } from "../architecture.js";
import { evaluateExpression, operatorCount, printExpression, signature, type Expression } from "../expression.js";
import { initialParameters } from "../initialise.js";
import { Objective } from "../objective.js";
import { operatorNamed } from "../operators.js";
import { protocolSettings, type TrainingSettings } from "../protocol.js";
import { createRandom } from "../random.js";
import { snappedExpression } from "../snap.js";
import { train } from "../train.js";
import { TreeModel } from "../treeModel.js";
import { dataLatex } from "./dataLatex.js";
import type { Candidate, CandidateSpec } from "./fitTypes.js";

/** Imaginary parts at most this large count as real (PROTOCOL.md, "Data"). */
const REAL_TOLERANCE = 1e-12;

interface Residuals {
  rmse: number;
  complexRows: number;
}

/** RMSE of the expression against the outputs, |prediction - output| in complex modulus. */
export function expressionResiduals(
  expression: Expression, variables: readonly string[], rows: { inputs: Float64Array[]; output: Float64Array }, settings: TrainingSettings,
): Residuals {
  const count = rows.output.length;
  const byName = Object.fromEntries(variables.map((name, v) => [name, rows.inputs[v]]));
  const { re, im } = evaluateExpression(expression, byName, count, { clamp: settings.clamp, argumentClamp: settings.expArgumentClamp });
  let sum = 0;
  let complexRows = 0;
  for (let i = 0; i < count; i++) {
    sum += (re[i] - rows.output[i]) ** 2 + im[i] ** 2;
    if (Math.abs(im[i]) > REAL_TOLERANCE) complexRows += 1;
  }
  return { rmse: Math.sqrt(sum / count), complexRows };
}

export function fitCandidate(spec: CandidateSpec): Candidate {
  const started = performance.now();
  // The clamp stays the architecture's protocol value (Eq. 6 1e6, V16 and Hybrid 1e300).
  const settings = protocolSettings(spec.arch, { ...spec.settings, depth: spec.depth });
  const architecture = buildArchitecture(spec.arch, spec.depth, spec.variables);
  const points = { variables: spec.train.inputs, count: spec.train.output.length };
  const model = new TreeModel(architecture, operatorNamed(spec.operator), points, settings.clamp, settings.expArgumentClamp);
  const objective = new Objective(model, spec.train.output, settings.entropyEpsilon);
  const initial = initialParameters(architecture, spec.strategy, createRandom(spec.seed));
  const record = train(objective, initial, settings);
  const expression = snappedExpression(architecture, spec.operator, record.params);
  const onTraining = expressionResiduals(expression, spec.variables, spec.train, settings);
  const onHeldout = expressionResiduals(expression, spec.variables, spec.heldout, settings);
  return {
    arch: spec.arch, strategy: spec.strategy, seed: spec.seed,
    expression: printExpression(expression), signature: signature(expression), latex: dataLatex(expression),
    nodes: operatorCount(expression), rmse_train: onTraining.rmse, rmse_heldout: onHeldout.rmse,
    complex_rows: onTraining.complexRows + onHeldout.complexRows,
    best_loss: record.bestLoss, phase_switch_iter: record.phaseSwitchIteration, nan_restarts: record.nanRestarts,
    wall_ms: Math.round(performance.now() - started),
  };
}
