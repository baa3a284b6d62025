/**
 * The cells of Fig. 2 from a plan's per-cell summary (lib/sweep/summarise.ts): every operator x
 * (shape, leaf order) x architecture, marked "measured", "pending" (planned, no trial yet) or
 * "untested" (not in the design: the paper's gray cells).
 */
import { ARCHITECTURES, OPERATORS, type ArchitectureName, type OperatorName } from "../protocol.js";
import type { LeafOrder, Shape } from "../targets.js";

export type HeatmapStatus = "measured" | "pending" | "untested";

export interface HeatmapCell {
  operator: OperatorName;
  shape: Shape;
  leafOrder: LeafOrder;
  arch: ArchitectureName;
  /** Row label, e.g. "LR (y,x)". */
  row: string;
  target: string | null;
  status: HeatmapStatus;
  trials: number;
  exact: number;
  /** exact / trials and its interval; NaN when no trials. */
  rate: number;
  lower: number;
  upper: number;
}

type SummaryRow = Record<string, string | number>;

/** "LR (y,x)" for shape LR and leaf order yx. */
export const rowLabel = (shape: string, leafOrder: string) =>
  leafOrder.length === 2 ? `${shape} (${leafOrder[0]},${leafOrder[1]})` : shape;

/**
 * One entry per (operator, row, architecture), operators and architectures in protocol order,
 * rows in their first appearance in `summary`. Several summary rows of one cell (a plan with
 * variants) are pooled.
 */
export function heatmapCells(
  summary: readonly SummaryRow[],
  operators: readonly OperatorName[] = OPERATORS,
  archs: readonly ArchitectureName[] = ARCHITECTURES,
): HeatmapCell[] {
  const rows: Array<{ shape: Shape; leafOrder: LeafOrder }> = [];
  const seen = new Set<string>();
  for (const entry of summary) {
    const key = `${entry.shape}|${entry.leaf_order}`;
    if (!seen.has(key)) rows.push({ shape: entry.shape as Shape, leafOrder: entry.leaf_order as LeafOrder });
    seen.add(key);
  }
  const cells: HeatmapCell[] = [];
  for (const operator of operators) {
    for (const { shape, leafOrder } of rows) {
      for (const arch of archs) {
        const matching = summary.filter((e) => e.operator === operator && e.arch === arch && e.shape === shape && e.leaf_order === leafOrder);
        const trials = matching.reduce((sum, e) => sum + Number(e.trials), 0);
        const exact = matching.reduce((sum, e) => sum + Number(e.exact), 0);
        const single = matching.length === 1 ? matching[0] : undefined;
        const status: HeatmapStatus = matching.length === 0 ? "untested" : trials === 0 ? "pending" : "measured";
        cells.push({
          operator, shape, leafOrder, arch, row: rowLabel(shape, leafOrder), target: matching.length > 0 ? String(matching[0].target) : null,
          status, trials, exact, rate: trials === 0 ? NaN : exact / trials,
          lower: single && trials > 0 ? Number(single.ci_low) : NaN, upper: single && trials > 0 ? Number(single.ci_high) : NaN,
        });
      }
    }
  }
  return cells;
}
