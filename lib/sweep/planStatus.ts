/**
 * How far each plan's data in data/ has got: trials logged against planned, run time, and the
 * work left (Markdown).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { planDirectory } from "../paths.js";
import { PLANS, planJobs, type Job } from "../plans/index.js";
import { logColumns } from "./runJob.js";
import { readLog } from "./trialLog.js";
import type { Row } from "./runJob.js";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Hours one worker needs for the jobs not yet logged: each costs the median logged wall time of
 * its cell, else of its operator, else of the plan. Undefined when nothing is logged to go by.
 */
export function remainingWorkHours(jobs: readonly Job[], logged: readonly Row[]): number | undefined {
  const done = new Set(logged.map((r) => r.key));
  const pending = jobs.filter((job) => !done.has(job.key));
  if (pending.length === 0) return 0;
  const times = (rows: readonly Row[]) => rows.map((r) => Number(r.wall_ms)).filter((ms) => Number.isFinite(ms) && ms > 0);
  const all = times(logged);
  if (all.length === 0) return undefined;
  const byCell = new Map<string, number>();
  const byOperator = new Map<string, number>();
  const planMedian = median(all);
  let milliseconds = 0;
  for (const { cell } of pending) {
    if (!byCell.has(cell.id)) {
      const own = times(logged.filter((r) => r.cell === cell.id));
      if (!byOperator.has(cell.operator)) {
        const sameOperator = times(logged.filter((r) => r.operator === cell.operator));
        byOperator.set(cell.operator, sameOperator.length > 0 ? median(sameOperator) : planMedian);
      }
      byCell.set(cell.id, own.length > 0 ? median(own) : byOperator.get(cell.operator)!);
    }
    milliseconds += byCell.get(cell.id)!;
  }
  return milliseconds / 3_600_000;
}

export function planStatusTable(): string {
  const lines = [
    "| plan | trials logged / planned | exact | cells with data | run time (sum of sessions) | trained here / reused | work left (worker-hours) |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const plan of PLANS.values()) {
    const cells = plan.cells();
    const directory = planDirectory(plan.name);
    const log = join(directory, "trials.csv");
    const rows = existsSync(log) ? readLog(log, logColumns(cells[0].kind, plan.labelColumns)).rows : [];
    const ids = new Set(cells.map((c) => c.id));
    const own = rows.filter((r) => ids.has(r.cell));
    const provenancePath = join(directory, "provenance.json");
    const sessions: Array<{ seconds?: number; jobs_run?: number; jobs_reused?: number }> = existsSync(provenancePath)
      ? JSON.parse(readFileSync(provenancePath, "utf8")).sessions ?? []
      : [];
    const seconds = sessions.reduce((sum, s) => sum + (s.seconds ?? 0), 0);
    const trained = sessions.reduce((sum, s) => sum + (s.jobs_run ?? 0), 0);
    const reused = sessions.reduce((sum, s) => sum + (s.jobs_reused ?? 0), 0);
    const exact = cells[0].kind === "trial" ? String(own.filter((r) => r.exact === "true").length) : "n/a";
    const jobs = planJobs(cells);
    const left = remainingWorkHours(jobs, own);
    lines.push(`| ${plan.name} | ${own.length} / ${jobs.length} | ${exact} | ${new Set(own.map((r) => r.cell)).size} / ${cells.length} | ${(seconds / 60).toFixed(1)} min | ${trained} / ${reused} | ${left === undefined ? "n/a" : left.toFixed(1)} |`);
  }
  return lines.join("\n") + "\n";
}
