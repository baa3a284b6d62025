/**
 * A plan's trials for a notebook: the committed log in data/<plan>/ by default, or a fresh run
 * (`recompute`, with `seeds` per cell; `quick` means one seed) into .tmp/recompute/<plan>/.
 * Summaries are recomputed from the rows, so they always match what was read.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";
import { planDirectory } from "../paths.js";
import { planJobs, planNamed, type Cell, type Plan } from "../plans/index.js";
import { logColumns, type Row } from "../sweep/runJob.js";
import { runSweep } from "../sweep/runSweep.js";
import { summariseCells } from "../sweep/summarise.js";
import { readLog } from "../sweep/trialLog.js";
import { createProgress } from "./createProgress.js";
import { projectRoot } from "./projectRoot.js";

export interface PlanDataOptions {
  /** Run the plan now instead of reading data/. */
  recompute?: boolean;
  /** With recompute: one seed per cell. */
  quick?: boolean;
  /** With recompute: seeds per cell (default: the plan's own). */
  seeds?: number;
  workers?: number;
  /** Read (with recompute: write) this folder instead of data/<plan> or .tmp/recompute/<plan>. */
  directory?: string;
}

export interface PlanData {
  plan: Plan;
  /** Where the rows were read from. */
  directory: string;
  cells: Cell[];
  rows: Row[];
  /** Jobs of the full plan and how many of them the rows cover. */
  planned: number;
  complete: boolean;
  /** One row per cell (lib/sweep/summarise.ts), from these rows. */
  summary: Array<Record<string, string | number>>;
}

export async function loadPlanData(name: string, options: PlanDataOptions = {}): Promise<PlanData> {
  const plan = planNamed(name);
  const seeds = options.quick ? 1 : options.seeds;
  const cells = plan.cells(options.recompute && seeds ? { seeds } : {});
  const columns = logColumns(cells[0].kind, plan.labelColumns);
  let directory = options.directory ?? planDirectory(name);
  if (options.recompute) {
    directory = options.directory ?? join(projectRoot(), ".tmp", "recompute", seeds ? `${name}-seeds-${seeds}` : name);
    const total = planJobs(cells).length;
    const progress = createProgress(total, `${name}: trials`);
    let last = 0;
    await runSweep({
      plan, planOptions: seeds ? { seeds } : {}, outDirectory: directory, workers: options.workers ?? availableParallelism(),
      stream: { write: () => true },
      onProgress: (done, _total, note) => {
        progress.tick(done - last, note);
        last = done;
      },
    });
    progress.done();
  }
  const logPath = join(directory, "trials.csv");
  const rows = existsSync(logPath) ? readLog(logPath, columns).rows : [];
  const ids = new Set(cells.map((c) => c.id));
  const own = rows.filter((r) => ids.has(r.cell));
  const planned = planJobs(cells).length;
  return {
    plan, directory, cells, rows: own, planned, complete: own.length >= planned,
    summary: cells[0].kind === "trial" ? summariseCells(cells, own, plan.labelColumns) : [],
  };
}

/** A one-line statement of how complete the data is, for the notebook's text. */
export function coverageNote(data: PlanData): string {
  const share = ((100 * data.rows.length) / Math.max(1, data.planned)).toFixed(1);
  // Relative to the project, so an executed notebook does not carry the path of the machine that ran it.
  const where = relative(projectRoot(), data.directory) || ".";
  return data.complete
    ? `${data.plan.name}: all ${data.planned} planned trials (${where})`
    : `${data.plan.name}: ${data.rows.length} of ${data.planned} planned trials (${share}%) so far — rates below use what has run (${where})`;
}
