/**
 * How far apart exact and failed candidates lie in held-out RMSE (Sec. 4.5: "exact and
 * non-recovery runs separate by roughly five orders of magnitude", which is why the selector
 * matches the oracle on noiseless data). Works on log10 RMSE; an RMSE of 0 (or below `floor`)
 * counts as `floor`, so that exact runs that are exact to the last bit stay on a log axis.
 */
import type { Row } from "../sweep/runJob.js";

export interface HeldoutSeparation {
  exact: number[];
  failed: number[];
  /** Largest log10 RMSE among exact runs, smallest among failed ones (NaN if a group is empty). */
  worstExact: number;
  bestFailed: number;
  /** bestFailed - worstExact: the empty band, in orders of magnitude (negative when they overlap). */
  gapOrders: number;
  /** Exact runs whose RMSE is at or below the floor (0 to the last bit, mostly). */
  exactAtFloor: number;
  /** Failed runs whose log10 RMSE is at or below worstExact + `margin` orders. */
  failedWithinMargin: number;
  floor: number;
}

export interface HeldoutSeparationOptions {
  /** Smallest RMSE shown; default 1e-16. */
  floor?: number;
  /** Orders of magnitude above the worst exact run counted as "close"; default 1. */
  margin?: number;
}

/** log10 of a logged RMSE, floored; non-finite RMSEs (diverged runs) give +Infinity. */
export function log10Rmse(value: string | number, floor = 1e-16): number {
  const v = Number(value);
  if (!Number.isFinite(v)) return Number.POSITIVE_INFINITY;
  return Math.log10(Math.max(v, floor));
}

export function heldoutSeparation(rows: readonly Row[], options: HeldoutSeparationOptions = {}): HeldoutSeparation {
  const { floor = 1e-16, margin = 1 } = options;
  const exact: number[] = [];
  const failed: number[] = [];
  for (const row of rows) (row.exact === "true" ? exact : failed).push(log10Rmse(row.rmse_heldout, floor));
  const worstExact = exact.length ? Math.max(...exact) : NaN;
  const bestFailed = failed.length ? Math.min(...failed) : NaN;
  return {
    exact, failed, worstExact, bestFailed, gapOrders: bestFailed - worstExact, exactAtFloor: exact.filter((v) => v <= Math.log10(floor)).length,
    failedWithinMargin: failed.filter((v) => v <= worstExact + margin).length, floor,
  };
}
