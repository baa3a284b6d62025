/**
 * compareCells(rows, reference, match): the exact-recovery rate of one set of trials against a
 * reference set, each with its 95% Clopper-Pearson interval, their difference and Fisher's
 * exact test (PROTOCOL: estimates). With `match`, both sides are first cut to the trials they
 * share, so that a sweep still running compares like with like: "strategy-seed" keeps the
 * (initialisation, seed) pairs present on both sides, "seed" the seeds (for sides that differ in
 * initialisation), "none" everything.
 */
import { clopperPearson, fisherExact } from "../statistics/index.js";
import type { Row } from "../sweep/runJob.js";

export type Matching = "strategy-seed" | "seed" | "none";

export interface RateWithInterval {
  trials: number;
  exact: number;
  rate: number;
  lower: number;
  upper: number;
}

export interface CellComparison {
  study: RateWithInterval;
  reference: RateWithInterval;
  /** study rate minus reference rate, in percentage points (NaN when a side is empty). */
  differencePoints: number;
  /** Two-sided Fisher exact p-value (1 when a side is empty). */
  pValue: number;
}

const isExact = (row: Row) => row.exact === "true";

/** A rate with its interval from trial rows. */
export function rateOf(rows: readonly Row[], confidence = 0.95): RateWithInterval {
  const exact = rows.filter(isExact).length;
  const { estimate, lower, upper } = clopperPearson(exact, rows.length, { confidence });
  return { trials: rows.length, exact, rate: estimate, lower, upper };
}

function matchKey(row: Row, match: Matching): string {
  return match === "seed" ? row.seed : `${row.strategy}|${row.seed}`;
}

export function compareCells(rows: readonly Row[], reference: readonly Row[], match: Matching = "strategy-seed"): CellComparison {
  let [a, b] = [rows, reference];
  if (match !== "none") {
    const keysB = new Set(b.map((r) => matchKey(r, match)));
    a = a.filter((r) => keysB.has(matchKey(r, match)));
    const keysA = new Set(a.map((r) => matchKey(r, match)));
    b = b.filter((r) => keysA.has(matchKey(r, match)));
  }
  const study = rateOf(a);
  const ref = rateOf(b);
  const pValue = fisherExact([[study.exact, study.trials - study.exact], [ref.exact, ref.trials - ref.exact]]).pValue;
  return { study, reference: ref, differencePoints: 100 * (study.rate - ref.rate), pValue };
}
