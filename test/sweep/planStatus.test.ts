import { describe, expect, it } from "vitest";
import { planJobs } from "../../lib/plans/cells.js";
import { remainingWorkHours } from "../../lib/sweep/planStatus.js";
import { tinyPlan } from "../fixtures/sweep/tinyPlan.js";

describe("remainingWorkHours", () => {
  const jobs = planJobs(tinyPlan().cells()); // 6 eml/v16 jobs (2 strategies x 3 seeds), 3 sml/eq6 jobs
  const row = (key: string, cell: string, operator: string, ms: number) => ({ key, cell, operator, wall_ms: String(ms) });
  const eml = jobs.filter((j) => j.cell.operator === "eml");
  const sml = jobs.filter((j) => j.cell.operator === "sml");

  it("prices each pending job at its cell's median logged time", () => {
    const logged = [
      row(eml[0].key, eml[0].cell.id, "eml", 1000), row(eml[1].key, eml[1].cell.id, "eml", 3000), row(eml[2].key, eml[2].cell.id, "eml", 2000),
      row(sml[0].key, sml[0].cell.id, "sml", 36_000),
    ];
    // 3 eml jobs at 2,000 ms and 2 sml jobs at 36,000 ms
    expect(remainingWorkHours(jobs, logged)).toBeCloseTo((3 * 2000 + 2 * 36_000) / 3_600_000, 12);
  });

  it("falls back to the plan's median for a cell and operator with nothing logged", () => {
    const logged = [row(eml[0].key, eml[0].cell.id, "eml", 7200)];
    expect(remainingWorkHours(jobs, logged)).toBeCloseTo((8 * 7200) / 3_600_000, 12);
  });

  it("is 0 when every job is logged and undefined with nothing to go by", () => {
    expect(remainingWorkHours(jobs, jobs.map((j) => row(j.key, j.cell.id, j.cell.operator, 10)))).toBe(0);
    expect(remainingWorkHours(jobs, [])).toBeUndefined();
  });
});
