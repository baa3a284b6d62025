import { describe, expect, it } from "vitest";
import { heatmapCells, rowLabel } from "../../lib/analysis/heatmapCells.js";

const summary = (operator: string, arch: string, shape: string, order: string, trials: number, exact: number) => ({
  operator, arch, shape, leaf_order: order, target: `${operator}-${shape}-${order}`, trials, exact, ci_low: 0.1, ci_high: 0.9,
});

describe("heatmapCells", () => {
  it("heatmapCells marks cells measured, pending (no trials) or untested (not in the summary)", () => {
    const cells = heatmapCells([summary("eml", "eq6", "LR", "yx", 4, 4), summary("eml", "v16", "LR", "yx", 0, 0)], ["eml", "sml"], ["eq6", "v16"]);
    expect(cells.map((c) => [c.operator, c.arch, c.status])).toEqual([
      ["eml", "eq6", "measured"], ["eml", "v16", "pending"], ["sml", "eq6", "untested"], ["sml", "v16", "untested"],
    ]);
    expect(cells[0]).toMatchObject({ row: "LR (y,x)", target: "eml-LR-yx", trials: 4, exact: 4, rate: 1, lower: 0.1, upper: 0.9 });
    expect(cells[1].rate).toBeNaN();
    expect(cells[2].target).toBeNull();
  });

  it("heatmapCells keeps the rows in their order of first appearance", () => {
    const cells = heatmapCells([summary("eml", "eq6", "RL", "xy", 1, 0), summary("sml", "eq6", "LR", "yx", 1, 1)], ["eml"], ["eq6"]);
    expect(cells.map((c) => c.row)).toEqual(["RL (x,y)", "LR (y,x)"]);
  });

  it("rowLabel writes the leaf order as a pair and leaves a one-variable order alone", () => {
    expect(rowLabel("BalLog", "xy")).toBe("BalLog (x,y)");
    expect(rowLabel("Shockley", "x")).toBe("Shockley");
  });
});
