/**
 * The sweep runner: runs a plan's pending jobs on worker threads, appends each finished job to
 * the plan's log at once, and writes the summaries and a provenance record. Resumable (finished
 * keys are skipped), shardable (job i belongs to shard (i mod N) + 1), deterministic (a job's row
 * depends on its key alone, except wall_ms).
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, hostname } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { atomicWriteSync } from "../io/atomicWrite.js";
import { toCsv } from "../io/csv.js";
import { REPOSITORY_ROOT } from "../paths.js";
import { planJobs, type Cell, type Job, type Plan, type PlanOptions } from "../plans/index.js";
import { PROTOCOL, PROTOCOL_CLAMP } from "../protocol.js";
import { progressBar, type ProgressStream } from "./progressBar.js";
import { cellRow, logColumns, type JobRecord, type Row } from "./runJob.js";
import { jobSpecificationKey, loadReusableTrials, reusedRow } from "./reuse.js";
import { cellSummaryColumns, median, RHO_COLUMNS, RHO_SEED_COLUMNS, summariseCells, summariseGradients } from "./summarise.js";
import { LogWriter, readLog } from "./trialLog.js";

export interface Shard {
  index: number;
  count: number;
}

export interface SweepOptions {
  plan: Plan;
  planOptions?: PlanOptions;
  outDirectory: string;
  workers: number;
  shard?: Shard;
  /** Progress output (stderr by default). */
  stream?: ProgressStream;
  /** Stop after this many jobs of this session (tests of resumption). */
  limit?: number;
  /** Plan folders whose logs may supply trials of identical specification instead of training. */
  reuseFrom?: string[];
  /** Called after every finished job (a notebook's progress display). */
  onProgress?: (done: number, total: number, note: string) => void;
}

export interface SweepOutcome {
  total: number;
  doneBefore: number;
  ranNow: number;
  failed: Array<{ key: string; error: string }>;
  interrupted: boolean;
}

export function shardJobs(jobs: Job[], shard?: Shard): Job[] {
  return shard ? jobs.filter((_, i) => i % shard.count === shard.index - 1) : jobs;
}

export function gitCommit(): string {
  try {
    const commit = execSync("git rev-parse HEAD", { cwd: REPOSITORY_ROOT, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    const dirty = execSync("git status --porcelain -- lib", { cwd: REPOSITORY_ROOT, stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    return dirty ? `${commit}+dirty` : commit;
  } catch {
    return "unknown";
  }
}

/** Summaries and provenance of a plan's folder, from its log. */
export function writeSummaries(plan: Plan, cells: Cell[], rows: Row[], outDirectory: string): void {
  if (cells.every((c) => c.kind === "gradients")) {
    const { rho, perSeed } = summariseGradients(cells, rows);
    atomicWriteSync(join(outDirectory, "rho.csv"), toCsv(rho, RHO_COLUMNS));
    atomicWriteSync(join(outDirectory, "rho_seeds.csv"), toCsv(perSeed, RHO_SEED_COLUMNS));
  } else {
    atomicWriteSync(join(outDirectory, "cells.csv"), toCsv(summariseCells(cells, rows, plan.labelColumns), cellSummaryColumns(plan.labelColumns)));
  }
}

function recordSession(outDirectory: string, session: Record<string, unknown>, plan: Plan, planOptions: PlanOptions): void {
  const path = join(outDirectory, "provenance.json");
  const previous = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : { sessions: [] };
  const provenance = {
    plan: plan.name,
    description: plan.description,
    plan_options: planOptions,
    protocol: { ...PROTOCOL, clamp: PROTOCOL_CLAMP },
    sessions: [...previous.sessions, session],
  };
  atomicWriteSync(path, JSON.stringify(provenance, null, 2) + "\n");
}

export async function runSweep(options: SweepOptions): Promise<SweepOutcome> {
  const { plan, outDirectory, workers, shard } = options;
  const planOptions = options.planOptions ?? {};
  const stream = options.stream ?? process.stderr;
  const cells = plan.cells(planOptions);
  const kind = cells[0]?.kind ?? "trial";
  const columns = logColumns(kind, plan.labelColumns);
  const jobs = shardJobs(planJobs(cells), shard);
  mkdirSync(outDirectory, { recursive: true });
  const logPath = join(outDirectory, shard ? `trials.shard-${shard.index}-of-${shard.count}.csv` : "trials.csv");
  const log = readLog(logPath, columns, { repair: true });
  if (log.repairedBytes > 0) stream.write(`repaired ${logPath}: dropped a partial last line (${log.repairedBytes} bytes)\n`);
  const rows = [...log.rows];
  const done = new Set(rows.map((r) => r.key));
  const writer = new LogWriter(logPath, columns);
  let reused = 0;
  if (kind === "trial" && options.reuseFrom && options.reuseFrom.length > 0) {
    const reusable = loadReusableTrials(options.reuseFrom);
    for (const job of jobs) {
      // A traced trial is trained: another plan's row carries no loss trace.
      if (job.cell.traceSeeds?.includes(job.seed)) continue;
      const source = done.has(job.key) ? undefined : reusable.get(jobSpecificationKey(job));
      if (!source) continue;
      const row = reusedRow(job, cellRow(job), source.row);
      writer.append(row);
      rows.push(row);
      done.add(job.key);
      reused += 1;
    }
    if (reused > 0) stream.write(`reused ${reused} trials of identical specification from other plans' logs\n`);
  }
  const pending = jobs.filter((j) => !done.has(j.key)).slice(0, options.limit ?? Infinity);
  const doneBefore = jobs.length - jobs.filter((j) => !done.has(j.key)).length;
  const started = new Date();
  const outcome: SweepOutcome = { total: jobs.length, doneBefore, ranNow: 0, failed: [], interrupted: false };
  const tracesDirectory = join(outDirectory, "traces");
  const exactByCell = new Map<string, [number, number]>();
  for (const row of rows) tally(exactByCell, row);
  const bar = progressBar({ total: jobs.length, stream, doneAtStart: doneBefore });
  let lastCell = "";
  const describe = () => describeExact(exactByCell, lastCell);
  bar.update(doneBefore, describe());

  await new Promise<void>((resolve) => {
    let next = 0;
    let active = 0;
    const pool: Worker[] = [];
    const stop = () => {
      outcome.interrupted = true;
      next = pending.length;
      for (const worker of pool) void worker.terminate();
      resolve();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const finish = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      for (const worker of pool) void worker.terminate();
      resolve();
    };
    const dispatch = (worker: Worker) => {
      if (next >= pending.length) {
        if (active === 0) finish();
        return;
      }
      const job = pending[next++];
      active += 1;
      worker.postMessage(job);
    };
    const count = Math.max(1, Math.min(workers, pending.length));
    if (pending.length === 0) return finish();
    for (let w = 0; w < count; w++) {
      // Workers load the TypeScript sources through tsx, as the main thread does.
      const worker = new Worker(join(REPOSITORY_ROOT, "lib", "sweep", "workerEntry.mjs"));
      pool.push(worker);
      worker.on("message", (message: { key: string; ok: boolean; record?: JobRecord; error?: string }) => {
        active -= 1;
        if (outcome.interrupted) return;
        if (message.ok && message.record) {
          writer.append(message.record.row);
          rows.push(message.record.row);
          tally(exactByCell, message.record.row);
          lastCell = message.record.row.cell;
          if (message.record.trace) {
            mkdirSync(tracesDirectory, { recursive: true });
            const name = message.key.replace(/[^A-Za-z0-9_.=-]+/g, "_");
            writeFileSync(join(tracesDirectory, `${name}.json`), JSON.stringify({ key: message.key, trace: message.record.trace }));
          }
          outcome.ranNow += 1;
        } else {
          outcome.failed.push({ key: message.key, error: message.error ?? "unknown error" });
          bar.print(`job ${message.key} failed: ${message.error}`);
        }
        bar.update(doneBefore + outcome.ranNow, describe());
        options.onProgress?.(doneBefore + outcome.ranNow, jobs.length, describe());
        dispatch(worker);
      });
      worker.on("error", (error) => {
        // A worker that dies takes its job with it; the others carry on, and the job reruns next time.
        bar.print(`worker error: ${error.message}`);
        outcome.failed.push({ key: "(worker)", error: error.message });
        active -= 1;
        pool.splice(pool.indexOf(worker), 1);
        if (pool.length === 0) finish();
      });
      dispatch(worker);
    }
  });
  writer.close();
  bar.finish(describe());
  writeSummaries(plan, cells, rows.filter((r) => cells.some((c) => c.id === r.cell)), outDirectory);
  recordSession(outDirectory, {
    commit: gitCommit(), started: started.toISOString(), finished: new Date().toISOString(),
    seconds: (Date.now() - started.getTime()) / 1000, workers, shard: shard ? `${shard.index}/${shard.count}` : null,
    jobs_total: jobs.length, jobs_reused: reused, jobs_done_before: doneBefore, jobs_run: outcome.ranNow, jobs_failed: outcome.failed.length,
    median_job_ms: median(rows.slice(rows.length - outcome.ranNow).map((r) => Number(r.wall_ms))),
    interrupted: outcome.interrupted, machine: { host: hostname(), cpus: cpus().length, cpu: cpus()[0]?.model ?? "", node: process.version },
  }, plan, planOptions);
  return outcome;
}

function tally(exactByCell: Map<string, [number, number]>, row: Row): void {
  const [exact, total] = exactByCell.get(row.cell) ?? [0, 0];
  exactByCell.set(row.cell, [exact + (row.exact === "true" ? 1 : 0), total + 1]);
}

/** Running exact counts: in all, and in the cell that just finished a trial. */
function describeExact(exactByCell: Map<string, [number, number]>, lastCell: string): string {
  let exact = 0;
  let total = 0;
  for (const [e, t] of exactByCell.values()) {
    exact += e;
    total += t;
  }
  const [cellExact, cellTotal] = exactByCell.get(lastCell) ?? [0, 0];
  const last = lastCell ? ` | ${lastCell} ${cellExact}/${cellTotal}` : "";
  return `exact ${exact}/${total} in ${exactByCell.size} cells${last}`;
}
