/**
 * A job as a log row: the pure function every sweep worker wraps. Trials give the paper's
 * twelve fields (seed, initialisation = strategy, architecture = arch, target, operator,
 * training and held-out RMSE, hardened expression, routing = signature, structural match,
 * failure type, wall time) and the rest of the trial record; gradient jobs give rho_xy and
 * rho_LR at their checkpoints.
 */
import { buildArchitecture } from "../architecture.js";
import { gradientDiagnostics } from "../diagnostics.js";
import { initialParameters } from "../initialise.js";
import { Objective } from "../objective.js";
import { operatorNamed } from "../operators.js";
import type { Cell, Job } from "../plans/types.js";
import { protocolSettings } from "../protocol.js";
import { createRandom } from "../random.js";
import { trainingData } from "../data.js";
import { targetNamed } from "../targets.js";
import { runTrial, trialSetup, type TrialSetup } from "../trial.js";
import type { TracePoint } from "../train.js";
import { TreeModel } from "../treeModel.js";

export type Row = Record<string, string>;

const IDENTITY_COLUMNS = ["key", "cell"];
const CELL_COLUMNS = ["operator", "arch", "shape", "leaf_order", "depth", "target", "strategy", "seed", "settings"];
export const TRIAL_COLUMNS = [
  "exact", "structural_match", "failure_type", "rmse_train", "rmse_heldout", "mse_train", "mse_heldout", "best_loss",
  "expression", "signature", "active_nodes", "phase_switch_iter", "iterations", "skipped_steps", "nan_restarts", "wall_ms",
];
export const GRADIENT_COLUMNS = ["checkpoints", "rho_xy", "rho_lr", "wall_ms"];

/** The log's columns for a plan's cells. */
export function logColumns(kind: Cell["kind"], labelColumns: readonly string[]): string[] {
  return [...IDENTITY_COLUMNS, ...labelColumns, ...CELL_COLUMNS, ...(kind === "trial" ? TRIAL_COLUMNS : GRADIENT_COLUMNS)];
}

/** Canonical JSON of settings overrides (sorted keys; "" for the protocol's own). */
export function settingsKey(settings: object): string {
  const entries = Object.entries(settings).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "" : JSON.stringify(Object.fromEntries(entries));
}

/** The identifying columns of a job's row (key, cell, labels, configuration). */
export function cellRow(job: Job): Row {
  const { cell } = job;
  return {
    key: job.key, cell: cell.id, ...cell.labels,
    operator: cell.operator, arch: cell.arch, shape: cell.shape, leaf_order: cell.leafOrder, depth: String(cell.depth),
    target: cell.target, strategy: job.strategy, seed: String(job.seed), settings: settingsKey(cell.settings),
  };
}

export interface JobRecord {
  row: Row;
  trace?: TracePoint[];
}

/** Trial setups are shared between jobs of the same target and settings within a worker. */
const setups = new Map<string, TrialSetup>();

export function runJob(job: Job): JobRecord {
  const { cell } = job;
  if (cell.kind === "gradients") return runGradientJob(job);
  const setupKey = `${cell.arch}|${cell.target}|${settingsKey(cell.settings)}`;
  let setup = setups.get(setupKey);
  if (!setup) {
    if (setups.size > 64) setups.clear();
    setup = trialSetup({ arch: cell.arch, target: cell.target, settings: cell.settings });
    setups.set(setupKey, setup);
  }
  const trace = cell.traceSeeds?.includes(job.seed) ?? false;
  const r = runTrial({ arch: cell.arch, target: cell.target, strategy: job.strategy, seed: job.seed, settings: cell.settings, trace }, setup);
  const row: Row = { ...cellRow(job) };
  for (const column of TRIAL_COLUMNS) row[column] = String(r[column as keyof typeof r]);
  return { row, ...(r.trace ? { trace: r.trace } : {}) };
}

function runGradientJob(job: Job): JobRecord {
  const started = performance.now();
  const { cell } = job;
  const target = targetNamed(cell.target);
  const settings = protocolSettings(cell.arch, cell.settings);
  const architecture = buildArchitecture(cell.arch, settings.depth, target.variables);
  const data = trainingData(target);
  const model = new TreeModel(architecture, operatorNamed(target.operator), data.points, settings.clamp, settings.expArgumentClamp);
  const objective = new Objective(model, data.targets, settings.entropyEpsilon);
  const initial = initialParameters(architecture, job.strategy, createRandom(job.seed));
  const readings = gradientDiagnostics(objective, initial, settings, cell.checkpoints ?? [1000]);
  return {
    row: {
      ...cellRow(job),
      checkpoints: JSON.stringify(readings.map((r) => r.iteration)),
      rho_xy: JSON.stringify(readings.map((r) => r.rhoXY)),
      rho_lr: JSON.stringify(readings.map((r) => r.rhoLR)),
      wall_ms: String(Math.round(performance.now() - started)),
    },
  };
}
