import { describe, expect, it } from "vitest";
import type { PlanData } from "../../lib/notebook/planData.js";
import { withReusedRows } from "../../lib/notebook/withReusedRows.js";
import { selectorPlan } from "../../lib/plans/selector.js";
import { planJobs } from "../../lib/plans/index.js";

describe("withReusedRows", () => {
  it("withReusedRows fills a plan's missing trials from rows of identical specification and relabels them", () => {
    const cells = selectorPlan.cells({ seeds: 1 });
    const data: PlanData = {
      plan: selectorPlan, directory: "data/selector", cells, rows: [], planned: planJobs(cells).length, complete: false, summary: [],
    };
    const source = {
      key: "eml/v16/LR/yx|biased|137", cell: "eml/v16/LR/yx", operator: "eml", arch: "v16", shape: "LR", leaf_order: "yx", depth: "3",
      target: "paper", strategy: "biased", seed: "137", settings: "", exact: "true", rmse_heldout: "0", failure_type: "none",
    };
    const other = { ...source, settings: "{\"clamp\":1000000}", key: "other" };
    const filled = withReusedRows(data, [source, other]);
    expect(filled.reused).toBe(1);
    expect(filled.rows[0]).toMatchObject({ configuration: "eml-LR-yx", cell: "eml/v16/LR/yx", exact: "true", target: "paper" });
    const summary = filled.summary.find((s) => s.cell === "eml/v16/LR/yx")!;
    expect(summary).toMatchObject({ trials: 1, exact: 1 });
  });
});
