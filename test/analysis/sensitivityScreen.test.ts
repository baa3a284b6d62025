import { describe, expect, it } from "vitest";
import { sensitivityScreen, summariseScreen } from "../../lib/analysis/sensitivityScreen.js";
import { sensitivityPlan } from "../../lib/plans/sensitivity.js";
import type { Row } from "../../lib/sweep/runJob.js";

const cells = sensitivityPlan.cells({ seeds: 2 });
const cellId = (arch: string, factor: string, level: string) =>
  cells.find((c) => c.arch === arch && c.labels.study === "ofat" && c.labels.factor === factor && c.labels.level === level)!.id;
const row = (cell: string, seed: number, exact: boolean): Row => ({ cell, seed: String(seed), strategy: "biased", exact: String(exact) });

describe("sensitivityScreen", () => {
  it("sensitivityScreen compares each level with its hero's baseline, seed by seed", () => {
    const rows = [
      row(cellId("v16", "baseline", "baseline"), 137, true), row(cellId("v16", "baseline", "baseline"), 138, true),
      row(cellId("v16", "optimiser", "adam-1e-3"), 137, false), row(cellId("v16", "optimiser", "adam-1e-3"), 138, false),
      row(cellId("v16", "schedule", "step"), 137, true),
    ];
    const screen = sensitivityScreen(cells, rows);
    const adam = screen.find((r) => r.arch === "v16" && r.target === "paper" && r.level === "adam-1e-3")!;
    expect(adam).toMatchObject({ factor: "optimiser", hero: "V16 · EML LR(y,x)" });
    expect(adam.study).toMatchObject({ trials: 2, exact: 0 });
    expect(adam.baseline).toMatchObject({ trials: 2, exact: 2 });
    expect(adam.differencePoints).toBe(-100);
    const step = screen.find((r) => r.arch === "v16" && r.target === "paper" && r.level === "step")!;
    expect(step.baseline.trials).toBe(1);
  });

  it("sensitivityScreen lists every ofat level of the plan, with no trials where none ran", () => {
    const screen = sensitivityScreen(cells, []);
    expect(screen.length).toBe(cells.filter((c) => c.labels.study === "ofat" && c.labels.factor !== "baseline").length);
    expect(screen.every((r) => r.study.trials === 0)).toBe(true);
  });

  it("summariseScreen gives per level the largest change over heroes with trials", () => {
    const rows = [
      row(cellId("v16", "baseline", "baseline"), 137, true), row(cellId("v16", "optimiser", "adam-1e-3"), 137, false),
    ];
    const summary = summariseScreen(sensitivityScreen(cells, rows));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ factor: "optimiser", level: "adam-1e-3", heroes: 1, largestChangePoints: -100, significantDrops: 0 });
  });
});
