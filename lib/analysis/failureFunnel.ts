/**
 * The failure funnel of Sec. 4.1: of the trials, how many reach a soft fit (best soft data loss
 * < 0.01), how many survive the one-hot snap (snapped training MSE < 0.01), how many of those are
 * exact, and the failure labels (PROTOCOL.md: outcome of a trial).
 */
import { OUTCOME } from "../protocol.js";
import type { Row } from "../sweep/runJob.js";
import { FAILURE_TYPES, type FailureType } from "../trialTypes.js";

export interface FailureFunnel {
  trials: number;
  softFit: number;
  snapSurvivors: number;
  exact: number;
  /** Exact trials among the snap survivors. */
  survivorsExact: number;
  /** Trials per failure label ("none" for exact ones). */
  failures: Record<FailureType, number>;
}

/** The funnel of a set of trial rows (columns best_loss, mse_train, exact, failure_type). */
export function failureFunnel(rows: readonly Row[]): FailureFunnel {
  const failures = Object.fromEntries(FAILURE_TYPES.map((type) => [type, 0])) as Record<FailureType, number>;
  let softFit = 0;
  let snapSurvivors = 0;
  let exact = 0;
  let survivorsExact = 0;
  for (const row of rows) {
    const survived = Number(row.mse_train) < OUTCOME.nearEquivalentMse;
    if (Number(row.best_loss) < OUTCOME.softFitLoss) softFit += 1;
    if (survived) snapSurvivors += 1;
    if (row.exact === "true") {
      exact += 1;
      if (survived) survivorsExact += 1;
    }
    const type = row.failure_type as FailureType;
    if (type in failures) failures[type] += 1;
  }
  return { trials: rows.length, softFit, snapSurvivors, exact, survivorsExact, failures };
}
