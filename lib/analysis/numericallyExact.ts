/**
 * A trial whose hardened expression fits as well as an exact recovery (training MSE < 1e-20,
 * held-out RMSE < 1e-6), whether or not it is the target's tree: PROTOCOL.md's exact without
 * the structural match. Tells a structural impossibility (depth 4) from a training failure.
 */
import { OUTCOME } from "../protocol.js";

export function numericallyExact(row: Readonly<Record<string, string>>): boolean {
  return Number(row.mse_train) < OUTCOME.exactTrainMse && Number(row.rmse_heldout) < OUTCOME.exactHeldoutRmse;
}
