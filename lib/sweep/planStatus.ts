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
import { median } from "../statistics/median.js";

/**
 * Hours one worker needs for the jobs not yet logged: each costs the median logged wall time of
 * its cell, else of its operator, else of the plan. Undefined when nothing is logged to go by.
 */
export function remainingWorkHours(jobs: readonly Job[], logged: readonly Row[]): number | undefined {
  const done = new Set(logged.map((r) => r.key));
  const pending = jobs.filter((job) => !done.has(job.key));
  if (pending.length === 0) return 0;
  // Logged wall times grouped once, by cell and by operator.
  const byCell = new Map<string, number[]>();
  const byOperator = new Map<string, number[]>();
  const all: number[] = [];
  for (const row of logged) {
    const ms = Number(row.wall_ms);
    if (!(Number.isFinite(ms) && ms > 0)) continue;
    all.push(ms);
    for (const [groups, key] of [[byCell, row.cell], [byOperator, row.operator]] as const) {
      const times = groups.get(key);
      if (times) times.push(ms);
      else groups.set(key, [ms]);
    }
  }
  if (all.length === 0) return undefined;
  const price = new Map<string, number>();
  let milliseconds = 0;
  for (const { cell } of pending) {
    if (!price.has(cell.id)) price.set(cell.id, median(byCell.get(cell.id) ?? byOperator.get(cell.operator) ?? all));
    milliseconds += price.get(cell.id)!;
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
