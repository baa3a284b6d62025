/**
 * runCandidates(specs, options): every candidate trained, on worker threads (the pattern of
 * lib/sweep/runSweep.ts: a worker entry that registers tsx, a pure per-candidate function), or
 * in this thread when `workers` is 0. Results come back in the order of `specs`; the first
 * failure stops the others and rejects.
 */
import { Worker } from "node:worker_threads";
import { fitCandidate } from "./fitCandidate.js";
import type { Candidate, CandidateSpec } from "./fitTypes.js";

export interface RunCandidatesOptions {
  /** Worker threads; 0 trains in this thread. */
  workers: number;
  /** Path of fitWorkerEntry.mjs. */
  workerEntry: string;
  /** Called as each candidate finishes. */
  onCandidate?: (candidate: Candidate, done: number) => void;
}

/** One flat shape, not a union: tslab type-checks imported files without strict narrowing. */
interface WorkerMessage {
  index: number;
  ok: boolean;
  candidate?: Candidate;
  error?: string;
}

async function runHere(specs: readonly CandidateSpec[], onCandidate: RunCandidatesOptions["onCandidate"]): Promise<Candidate[]> {
  const results: Candidate[] = [];
  for (const spec of specs) {
    results.push(fitCandidate(spec));
    onCandidate?.(results[results.length - 1], results.length);
    // Let timers and output (a notebook's progress display) run between candidates.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

export function runCandidates(specs: readonly CandidateSpec[], options: RunCandidatesOptions): Promise<Candidate[]> {
  const { workers, workerEntry, onCandidate } = options;
  if (workers === 0 || specs.length === 0) return runHere(specs, onCandidate);
  return new Promise((resolve, reject) => {
    const results: Candidate[] = new Array(specs.length);
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const end = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of pool) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const dispatch = (worker: Worker) => {
      if (next < specs.length) worker.postMessage({ index: next, spec: specs[next++] });
    };
    for (let w = 0; w < Math.min(workers, specs.length); w++) {
      const worker = new Worker(workerEntry);
      pool.push(worker);
      worker.on("message", (message: WorkerMessage) => {
        if (settled) return;
        if (!message.ok || !message.candidate) return end(new Error(`candidate ${describe(specs[message.index])} failed: ${message.error}`));
        results[message.index] = message.candidate;
        done += 1;
        onCandidate?.(message.candidate, done);
        if (done === specs.length) return end();
        dispatch(worker);
      });
      worker.on("error", (error) => end(error));
      dispatch(worker);
    }
  });
}

function describe(spec: CandidateSpec): string {
  return `${spec.arch}/${spec.strategy}/${spec.seed}`;
}
