import { describe, expect, it } from "vitest";
import { failureFunnel } from "../../lib/analysis/failureFunnel.js";

const row = (best: number, mse: number, exact: boolean, failure: string) =>
  ({ best_loss: String(best), mse_train: String(mse), exact: String(exact), failure_type: failure });

describe("failureFunnel", () => {
  it("failureFunnel counts soft fits (< 0.01), snap survivors (< 0.01), exact survivors and labels", () => {
    const funnel = failureFunnel([
      row(1e-9, 1e-25, true, "none"),
      row(1e-3, 5e-3, false, "near_equivalent"),
      row(1e-3, 2.0, false, "hardening_failure"),
      row(0.5, 3.0, false, "training_failure"),
      row(0.01, 0.01, false, "chain_collapse"), // both thresholds are strict
    ]);
    expect(funnel).toMatchObject({ trials: 5, softFit: 3, snapSurvivors: 2, exact: 1, survivorsExact: 1 });
    expect(funnel.failures).toEqual({
      none: 1, near_equivalent: 1, training_failure: 1, chain_collapse: 1, wrong_variable: 0, hardening_failure: 1,
    });
  });

  it("failureFunnel of no trials is all zeros", () => {
    expect(failureFunnel([])).toMatchObject({ trials: 0, softFit: 0, snapSurvivors: 0, exact: 0, survivorsExact: 0 });
  });
});
