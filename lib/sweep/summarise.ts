/**
 * Per-plan summaries computed from the log alone (pure, and free of timings so that reruns give
 * identical files): cells.csv, and rho.csv for gradient plans.
 */
import type { Cell } from "../plans/types.js";
import { OUTCOME } from "../protocol.js";
import { clopperPearson, meanAndStandardError } from "../statistics/index.js";
import { FAILURE_TYPES } from "../trialTypes.js";
import { settingsKey, type Row } from "./runJob.js";

/** The median of finite values (NaN for none). */
export const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function cellColumns(cell: Cell, labelColumns: readonly string[]): Record<string, string | number> {
  return {
    cell: cell.id, ...Object.fromEntries(labelColumns.map((l) => [l, cell.labels[l] ?? ""])),
    operator: cell.operator, arch: cell.arch, shape: cell.shape, leaf_order: cell.leafOrder, depth: cell.depth,
    target: cell.target, strategies: cell.strategies.join(" "), settings: settingsKey(cell.settings),
  };
}

export function cellSummaryColumns(labelColumns: readonly string[]): string[] {
  return [
    "cell", ...labelColumns, "operator", "arch", "shape", "leaf_order", "depth", "target", "strategies", "settings",
    "trials", "exact", "rate", "ci_low", "ci_high", ...FAILURE_TYPES.filter((f) => f !== "none"),
    "soft_fit", "snap_survival",
  ];
}

/** One row per cell of the plan (cells without trials included, with trials = 0), in plan order. */
export function summariseCells(cells: readonly Cell[], rows: readonly Row[], labelColumns: readonly string[]): Array<Record<string, string | number>> {
  const byCell = new Map<string, Row[]>();
  for (const row of rows) byCell.set(row.cell, [...(byCell.get(row.cell) ?? []), row]);
  return cells.map((cell) => {
    const trials = byCell.get(cell.id) ?? [];
    const n = trials.length;
    const exact = trials.filter((r) => r.exact === "true").length;
    const interval = clopperPearson(exact, n);
    const failures = Object.fromEntries(FAILURE_TYPES.filter((f) => f !== "none").map((f) => [f, trials.filter((r) => r.failure_type === f).length]));
    const share = (predicate: (r: Row) => boolean) => (n === 0 ? NaN : trials.filter(predicate).length / n);
    return {
      ...cellColumns(cell, labelColumns), trials: n, exact, rate: n === 0 ? NaN : exact / n,
      ci_low: interval.lower, ci_high: interval.upper, ...failures,
      soft_fit: share((r) => Number(r.best_loss) < OUTCOME.softFitLoss),
      snap_survival: share((r) => Number(r.mse_train) < OUTCOME.nearEquivalentMse),
    };
  });
}

export const RHO_COLUMNS = ["diagnostic", "arch", "operator", "shape", "leaf_order", "iteration", "mean", "se", "n"];
export const RHO_SEED_COLUMNS = ["diagnostic", "arch", "operator", "shape", "leaf_order", "iteration", "seed", "value"];

/**
 * Gradient summaries: Eq. 6 cells give rho_xy at every checkpoint; V16 cells rho_xy and rho_LR
 * (PROTOCOL.md: Table 2 reads V16's at iteration 1000). Mean and population s.e. over seeds.
 */
export function summariseGradients(cells: readonly Cell[], rows: readonly Row[]): { rho: Array<Record<string, string | number>>; perSeed: Array<Record<string, string | number>> } {
  const perSeed: Array<Record<string, string | number>> = [];
  for (const cell of cells) {
    for (const row of rows.filter((r) => r.cell === cell.id).sort((a, b) => Number(a.seed) - Number(b.seed))) {
      const iterations: number[] = JSON.parse(row.checkpoints);
      const series: Record<string, Array<number | null>> = { rho_xy: JSON.parse(row.rho_xy), rho_LR: JSON.parse(row.rho_lr) };
      const diagnostics = cell.arch === "eq6" ? ["rho_xy"] : ["rho_xy", "rho_LR"];
      for (const diagnostic of diagnostics) {
        iterations.forEach((iteration, i) => perSeed.push({
          diagnostic, arch: cell.arch, operator: cell.operator, shape: cell.shape, leaf_order: cell.leafOrder,
          iteration, seed: Number(row.seed), value: series[diagnostic][i] ?? NaN,
        }));
      }
    }
  }
  const groups = new Map<string, Array<Record<string, string | number>>>();
  for (const entry of perSeed) {
    const key = RHO_COLUMNS.slice(0, 6).map((c) => entry[c]).join("|");
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const rho = [...groups.values()].map((entries) => {
    const values = entries.map((e) => Number(e.value)).filter(Number.isFinite);
    const { mean, standardError, n } = meanAndStandardError(values);
    const first = entries[0];
    return { ...Object.fromEntries(RHO_COLUMNS.slice(0, 6).map((c) => [c, first[c]])), mean, se: standardError, n };
  });
  return { rho, perSeed };
}
