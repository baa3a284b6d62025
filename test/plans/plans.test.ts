import { describe, expect, it } from "vitest";
import { PLANS, planJobs, planNamed } from "../../lib/plans/index.js";
import { TARGETS } from "../../lib/targets.js";

const count = (name: string, seeds?: number) => {
  const cells = planNamed(name).cells(seeds ? { seeds } : {});
  return { cells: cells.length, jobs: planJobs(cells).length };
};

describe("plans", () => {
  it("heatmap has the paper's 68 cells and 12,800 trials", () => {
    // 16 chain cells (EML 6, SML 6, RML 4) x 3 architectures x (64 + 256 + 256) / 3 ... counted per cell below.
    expect(count("heatmap")).toEqual({ cells: 68, jobs: 12800 });
    const cells = planNamed("heatmap").cells();
    const balanced = cells.filter((c) => c.shape.startsWith("Bal"));
    expect(planJobs(balanced).length).toBe(3584); // with the six configurations' 192: the paper's 3,776
    expect(cells.filter((c) => c.operator === "rml").every((c) => c.shape === "LR" || c.shape === "RL")).toBe(true);
    expect(cells.filter((c) => c.arch === "eq6").every((c) => c.strategies.join() === "default")).toBe(true);
    expect(cells.filter((c) => c.arch !== "eq6").every((c) => c.strategies.length === 4)).toBe(true);
  });

  it("selector has the jointly-run configurations and the 64-seed control", () => {
    expect(count("selector")).toEqual({ cells: 7, jobs: 64 + 256 + 64 + 256 + 256 + 256 + 64 });
    const control = planNamed("selector").cells().find((c) => c.labels.configuration === "control");
    expect(control).toMatchObject({ arch: "v16", operator: "sml", shape: "LR", leafOrder: "yx", strategies: ["default"] });
  });

  it("gradients, shockley, balanced-configs, sensitivity and depth4 have their stated sizes", () => {
    expect(count("gradients")).toEqual({ cells: 10, jobs: 100 });
    expect(count("shockley")).toEqual({ cells: 3, jobs: 32 + 128 + 128 });
    const balanced = planNamed("balanced-configs").cells();
    expect(planJobs(balanced.filter((c) => c.labels.study === "configurations")).length).toBe(192);
    expect(count("sensitivity").jobs).toBe(3072);
    expect(count("depth4")).toEqual({ cells: 6, jobs: 1536 });
    expect(planNamed("depth4").cells().every((c) => c.depth === 4 && c.settings.depth === 4)).toBe(true);
  });

  it("--seeds overrides every cell's seed count", () => {
    expect(count("heatmap", 1).jobs).toBe(12800 / 64);
  });

  it("every cell names a catalogue target with its operator, shape and leaf order, and ids are unique", () => {
    for (const plan of PLANS.values()) {
      const cells = plan.cells();
      expect(new Set(cells.map((c) => c.id)).size).toBe(cells.length);
      for (const cell of cells) {
        const target = TARGETS.get(cell.target);
        expect(target).toMatchObject({ operator: cell.operator, shape: cell.shape, leafOrder: cell.leafOrder });
      }
    }
  });

  it("jobs are seed-major, so a partial run covers every cell", () => {
    const jobs = planJobs(planNamed("heatmap").cells());
    expect(new Set(jobs.slice(0, 200).map((j) => j.seed))).toEqual(new Set([137]));
    expect(new Set(jobs.slice(0, 200).map((j) => j.cell.id)).size).toBe(68);
  });

  it("planNamed refuses an unknown plan, listing the valid ones", () => {
    expect(() => planNamed("nope")).toThrow(/valid: heatmap, selector/);
  });
});
