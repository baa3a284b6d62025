import { describe, expect, it } from "vitest";
import { crossPlanComparison, protocolDepth3 } from "../../lib/analysis/crossPlanComparison.js";
import { depth4Plan } from "../../lib/plans/depth4.js";
import type { Row } from "../../lib/sweep/runJob.js";

describe("crossPlanComparison", () => {
  it("crossPlanComparison matches each cell's trials with the reference's of the same arch, target, strategy and seed", () => {
    const cells = depth4Plan.cells({ seeds: 2 });
    const t1 = cells.find((c) => c.target === "T1")!;
    const rows: Row[] = [
      { cell: t1.id, arch: "v16", target: "T1", strategy: "biased", seed: "137", exact: "false" },
      { cell: t1.id, arch: "v16", target: "T1", strategy: "biased", seed: "138", exact: "false" },
    ];
    const reference: Row[] = [
      { arch: "v16", target: "T1", strategy: "biased", seed: "137", exact: "true", settings: "", depth: "3" },
      { arch: "v16", target: "T1", strategy: "uniform", seed: "137", exact: "true", settings: "", depth: "3" },
      { arch: "v16", target: "T1", strategy: "biased", seed: "138", exact: "true", settings: "{\"clamp\":1000000}", depth: "3" },
      { arch: "hybrid", target: "T1", strategy: "biased", seed: "138", exact: "true", settings: "", depth: "3" },
    ];
    const result = crossPlanComparison(cells, rows, reference, protocolDepth3);
    const row = result.find((r) => r.cell.id === t1.id)!;
    expect(row.study).toMatchObject({ trials: 1, exact: 0 });
    expect(row.reference).toMatchObject({ trials: 1, exact: 1 });
    expect(result.filter((r) => r.cell.id !== t1.id).every((r) => r.study.trials === 0)).toBe(true);
  });
});
