/**
 * Audit a plan's log: re-run a seeded sample of its logged jobs with the current engine and
 * compare every column but the wall time, to the last digit. A mismatch means the log was
 * produced by other code (or edited) and should not be mixed with new trials.
 */
import { join } from "node:path";
import type { Plan } from "../plans/types.js";
import { planJobs } from "../plans/cells.js";
import { createRandom } from "../random.js";
import { logColumns, runJob, type Row } from "./runJob.js";
import { readLog } from "./trialLog.js";

export interface VerifyOptions {
  plan: Plan;
  directory: string;
  /** How many logged jobs to re-run (all of them if the log holds fewer). */
  sample: number;
  /** Seed of the sample draw; default 1. */
  seed?: number;
  /** Called before the first and after each re-run job. */
  onProgress?: (checked: number, total: number) => void;
}

export interface Mismatch {
  key: string;
  column: string;
  logged: string;
  rerun: string;
}

export interface VerifyOutcome {
  logged: number;
  checked: string[];
  mismatches: Mismatch[];
  /** Logged keys that are not jobs of the plan (another plan's log, or an old definition). */
  unknown: string[];
}

const UNCOMPARED = new Set(["wall_ms"]);

/** `count` distinct indices of [0, n), drawn with a seeded generator, in increasing order. */
export function sampleIndices(n: number, count: number, seed: number): number[] {
  const indices = Array.from({ length: n }, (_, i) => i);
  const random = createRandom(`verify-${seed}`);
  const k = Math.min(count, n);
  for (let i = 0; i < k; i++) {
    const j = i + random.integer(n - i);
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices.slice(0, k).sort((a, b) => a - b);
}

export function verifyLog(options: VerifyOptions): VerifyOutcome {
  const { plan, directory, sample, seed = 1 } = options;
  const cells = plan.cells();
  const columns = logColumns(cells[0].kind, plan.labelColumns);
  const { rows } = readLog(join(directory, "trials.csv"), columns);
  const jobs = new Map(planJobs(cells).map((job) => [job.key, job]));
  const chosen = sampleIndices(rows.length, sample, seed).map((i) => rows[i]);
  const outcome: VerifyOutcome = { logged: rows.length, checked: [], mismatches: [], unknown: [] };
  options.onProgress?.(0, chosen.length);
  chosen.forEach((logged: Row, done) => {
    const job = jobs.get(logged.key);
    if (!job) {
      outcome.unknown.push(logged.key);
    } else {
      const { row: rerun } = runJob(job);
      for (const column of columns) {
        if (UNCOMPARED.has(column) || rerun[column] === logged[column]) continue;
        outcome.mismatches.push({ key: logged.key, column, logged: logged[column], rerun: rerun[column] });
      }
      outcome.checked.push(logged.key);
    }
    options.onProgress?.(done + 1, chosen.length);
  });
  return outcome;
}
