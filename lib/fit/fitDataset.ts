/**
 * fitDataset(data, options): the paper's practical advice (Sec. 5.1) as one call. Split the rows
 * (seeded), train every (architecture, initialisation, seed) candidate with the protocol in
 * parallel, harden each, and keep the expression with the lowest held-out RMSE. Callable from
 * the CLI (cli/fit.ts) and from a notebook; the data are checked first (DatasetError).
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../notebook/projectRoot.js";
import { createRandom } from "../random.js";
import { progressBar, type ProgressStream } from "../sweep/progressBar.js";
import { candidateSpecs, fitSeeds } from "./candidateSpecs.js";
import { checkFitData } from "./checkFitData.js";
import { resolveFitOptions } from "./fitOptions.js";
import type { Candidate, FitData, FitOptions, FitResult } from "./fitTypes.js";
import { rankExpressions } from "./rankExpressions.js";
import { runCandidates } from "./runCandidates.js";
import { splitRows } from "./splitRows.js";

/** RMSEs closer than this fraction of the output's RMS tie in the selection. */
export const TIE_TOLERANCE = 1e-9;

export interface FitRunOptions {
  /** Worker threads; default the machine's available parallelism; 0 trains in this thread. */
  workers?: number;
  /** Progress bar on this stream (default process.stderr); false for none. */
  progress?: ProgressStream | false;
  /** Called as each candidate finishes (a notebook's own progress display). */
  onCandidate?: (candidate: Candidate, done: number, total: number) => void;
  /** Path of the worker entry; default lib/fit/fitWorkerEntry.mjs under the project root. */
  workerEntry?: string;
}

function rootMeanSquare(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v * v;
  return Math.sqrt(sum / values.length);
}

function bestSoFar(best: Candidate | undefined, candidate: Candidate): Candidate {
  return best === undefined || candidate.rmse_heldout < best.rmse_heldout ? candidate : best;
}

export async function fitDataset(data: FitData, options: Partial<FitOptions> & FitRunOptions = {}): Promise<FitResult> {
  const started = performance.now();
  const { workers = availableParallelism(), progress = process.stderr, onCandidate, workerEntry, ...fitOptions } = options;
  if (!Number.isInteger(workers) || workers < 0) throw new RangeError(`fit option 'workers' must be a non-negative integer, got ${workers}`);
  const resolved = resolveFitOptions(fitOptions);
  const checked = checkFitData(data, resolved.operator);
  const split = splitRows(checked.output.length, resolved.holdout, createRandom(`split:${resolved.splitSeed}`));
  const specs = candidateSpecs(checked, data.inputs, split, resolved);
  const bar = progress === false ? undefined : progressBar({ total: specs.length, stream: progress, unit: "candidates" });
  let best: Candidate | undefined;
  bar?.update(0);
  const candidates = await runCandidates(specs, {
    workers,
    workerEntry: workerEntry ?? join(projectRoot(), "lib", "fit", "fitWorkerEntry.mjs"),
    onCandidate: (candidate, done) => {
      best = bestSoFar(best, candidate);
      bar?.update(done, `best held-out RMSE ${best.rmse_heldout.toExponential(2)}: ${best.expression}`);
      onCandidate?.(candidate, done, specs.length);
    },
  });
  bar?.finish();
  const ranked = rankExpressions(candidates, TIE_TOLERANCE * rootMeanSquare(checked.output));
  return {
    inputs: [...data.inputs], output: data.output, operator: resolved.operator, depth: resolved.depth,
    archs: resolved.archs, strategies: resolved.strategies, seeds: fitSeeds(resolved),
    holdout: resolved.holdout, splitSeed: resolved.splitSeed,
    rows: { total: checked.output.length, training: split.training.length, heldout: split.heldout.length },
    notes: checked.notes,
    selected: ranked[0], runnersUp: ranked.slice(1, 1 + resolved.runnersUp), distinctExpressions: ranked.length,
    candidates, workers, seconds: (performance.now() - started) / 1000,
  };
}
