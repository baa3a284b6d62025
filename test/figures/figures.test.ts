import { describe, expect, it } from "vitest";
import { heatmapCells } from "../../lib/analysis/heatmapCells.js";
import { heatmapFigure } from "../../lib/figures/heatmapFigure.js";
import { outcomeBarsFigure } from "../../lib/figures/outcomeBarsFigure.js";
import { seriesFigure, thin } from "../../lib/figures/seriesFigure.js";
import { treesFigure } from "../../lib/figures/treesFigure.js";
import { targetNamed } from "../../lib/targets.js";

type Trace = Record<string, any>;

describe("figures", () => {
  it("heatmapFigure draws two heatmaps per operator: rates with k/n, and gray for pending and untested cells", () => {
    const cells = heatmapCells([
      { operator: "eml", arch: "eq6", shape: "LR", leaf_order: "yx", target: "paper", trials: 4, exact: 3, ci_low: 0.19, ci_high: 0.99 },
      { operator: "eml", arch: "v16", shape: "LR", leaf_order: "yx", target: "paper", trials: 0, exact: 0, ci_low: 0, ci_high: 1 },
    ], ["eml", "sml"], ["eq6", "v16"]);
    const figure = heatmapFigure(cells, { paperText: (cell) => (cell.arch === "eq6" ? "100%" : undefined) });
    const traces = figure.data as Trace[];
    expect(traces).toHaveLength(4);
    expect(traces[0].z).toEqual([[75, null]]);
    expect(traces[0].text).toEqual([["3/4", ""]]);
    expect(traces[0].customdata[0][0]).toContain("ours: 3/4 = 75.0% [19.0%, 99.0%], n = 4<br>paper: 100%");
    expect(traces[1].z).toEqual([[null, 1]]);
    expect(traces[1].text).toEqual([["", "pending"]]);
    expect(traces[3].z).toEqual([[0, 0]]);
    expect(traces[3].customdata[0][0]).toContain("not tested");
  });

  it("treesFigure draws left and right edges apart and one marker per node", () => {
    const figure = treesFigure([{ title: "LR", expression: targetNamed("paper").expression }]);
    const traces = figure.data as Trace[];
    expect(traces.map((t) => t.mode)).toEqual(["lines", "lines", "markers+text", "markers+text"]);
    expect(traces[2].text).toEqual(["eml", "eml", "eml"]);
    expect(traces[3].text).toEqual(["1", "y", "x", "1"]);
    // Three edges into left inputs, three into right inputs, each as (parent, child, gap).
    expect(traces[0].x).toHaveLength(9);
    expect(traces[1].x).toHaveLength(9);
  });

  it("outcomeBarsFigure stacks the shares of each outcome over the cells that have trials", () => {
    const cell = { trials: 4, exact: 1, near_equivalent: 0, training_failure: 3, chain_collapse: 0, wrong_variable: 0, hardening_failure: 0 };
    const figure = outcomeBarsFigure([cell, { ...cell, trials: 0 }], () => "cell", "title");
    const traces = figure.data as Trace[];
    expect(traces.map((t) => t.name)).toEqual(["exact", "near equivalent", "training failure", "chain collapse", "wrong variable", "hardening failure"]);
    expect(traces[0].x).toEqual([25]);
    expect(traces[2].x).toEqual([75]);
  });

  it("seriesFigure adds error bars, the paper's points as open diamonds and reference lines", () => {
    const figure = seriesFigure([{ name: "ours", x: [1, 2], y: [1, 2], error: [0.1, 0.2] }], {
      xTitle: "x", yTitle: "y", logY: true, paper: [{ name: "paper", x: [1], y: [1.5] }], references: [{ axis: "y", value: 1, label: "one" }],
    });
    const traces = figure.data as Trace[];
    expect(traces[0].error_y.array).toEqual([0.1, 0.2]);
    expect(traces[1].marker.symbol).toBe("diamond-open");
    const layout = figure.layout as Trace;
    expect(layout.yaxis.type).toBe("log");
    expect(layout.shapes[0]).toMatchObject({ y0: 1, y1: 1, xref: "paper" });
    expect(layout.annotations[0].y).toBe(0);
  });

  it("thin keeps every k-th point and the last, at most the limit", () => {
    expect(thin([1, 2, 3], 5)).toEqual([1, 2, 3]);
    const kept = thin(Array.from({ length: 10 }, (_, i) => i), 4);
    expect(kept).toEqual([0, 3, 6, 9]);
    expect(thin(Array.from({ length: 11 }, (_, i) => i), 4)).toEqual([0, 3, 6, 9, 10]);
  });
});
