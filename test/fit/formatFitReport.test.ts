import { describe, expect, it } from "vitest";
import type { ExpressionSummary, FitResult } from "../../lib/fit/fitTypes.js";
import { formatFitReport } from "../../lib/fit/formatFitReport.js";

const summary = (expression: string, rmse: number, candidates: number, extra: Partial<ExpressionSummary> = {}): ExpressionSummary => ({
  expression, signature: expression.replace(/ /g, ""), latex: `L(${expression})`, nodes: 2, rmse_train: rmse, rmse_heldout: rmse,
  complex_rows: 0, candidates, byArch: { eq6: candidates }, ...extra,
});

const RESULT: FitResult = {
  inputs: ["v"], output: "i", operator: "eml", depth: 3, archs: ["eq6"], strategies: { eq6: ["default"] }, seeds: [137, 138],
  holdout: 0.2, splitSeed: 0, rows: { total: 50, training: 40, heldout: 10 }, notes: [],
  selected: summary("eml(v, eml(1, 1))", 0.01, 1), runnersUp: [summary("eml(v, 1)", 2, 1, { complex_rows: 3 })], distinctExpressions: 2,
  candidates: [], workers: 2, seconds: 75,
};

describe("formatFitReport", () => {
  it("formatFitReport(result) states the data, the selected expression, its LaTeX, RMSEs and agreement", () => {
    const text = formatFitReport(RESULT);
    expect(text).toContain("fit of i from v: 50 rows (40 training, 10 held out; split seed 0)");
    expect(text).toContain("1m 15s on 2 workers");
    expect(text).toContain("selected    eml(v, eml(1, 1))\n");
    expect(text).toContain("LaTeX       L(eml(v, eml(1, 1)))\n");
    expect(text).toContain("RMSE        training 1.000e-2, held-out 1.000e-2\n");
    expect(text).toContain("agreement   1 of 0 candidates reached it (eq6 1)");
  });

  it("formatFitReport lists the runners-up and flags complex-valued ones", () => {
    expect(formatFitReport(RESULT)).toMatch(/2\.000e\+0 +2\.000e\+0 +1 +eml\(v, 1\) \(complex-valued on 3 rows\)/);
  });

  it("formatFitReport leaves out the runners-up block when there are none", () => {
    expect(formatFitReport({ ...RESULT, runnersUp: [] })).not.toContain("runners-up");
  });
});
