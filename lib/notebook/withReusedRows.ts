/**
 * A plan's data completed with trials of identical specification from other plans' logs, as the
 * sweep itself does before running (lib/sweep/reuse.ts): the selector's configurations are
 * heatmap cells, the sensitivity baselines are heatmap trials, and so on. A notebook can so
 * show the rows already run elsewhere while the plan's own sweep has not started. The summary is
 * recomputed from the completed rows.
 */
import { planJobs } from "../plans/index.js";
import { jobSpecificationKey, reusedRow, specificationKey } from "../sweep/reuse.js";
import { cellRow, type Row } from "../sweep/runJob.js";
import { summariseCells } from "../sweep/summarise.js";
import type { PlanData } from "./planData.js";

export interface ReusedPlanData extends PlanData {
  /** Rows added from the other logs. */
  reused: number;
}

export function withReusedRows(data: PlanData, sources: readonly Row[]): ReusedPlanData {
  const have = new Set(data.rows.map((r) => r.key));
  const bySpecification = new Map(sources.map((r) => [specificationKey({ arch: r.arch, target: r.target, strategy: r.strategy, seed: r.seed, depth: r.depth, settings: r.settings }), r]));
  const rows = [...data.rows];
  let reused = 0;
  for (const job of planJobs(data.cells)) {
    if (have.has(job.key)) continue;
    const source = bySpecification.get(jobSpecificationKey(job));
    if (!source) continue;
    rows.push(reusedRow(job, cellRow(job), source));
    reused += 1;
  }
  return {
    ...data, rows, reused, complete: rows.length >= data.planned,
    summary: data.cells[0]?.kind === "trial" ? summariseCells(data.cells, rows, data.plan.labelColumns) : data.summary,
  };
}
