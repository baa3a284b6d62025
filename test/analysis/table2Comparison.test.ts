import { describe, expect, it } from "vitest";
import { findRho, table2Comparison } from "../../lib/analysis/table2Comparison.js";
import { PAPER_NUMBERS } from "../../lib/paperNumbers.js";

const entry = (diagnostic: string, arch: string, operator: string, shape: string, order: string, iteration: number, mean: number, se: number) =>
  ({ diagnostic, arch, operator, shape, leaf_order: order, iteration, mean, se, n: 10 });

describe("table2Comparison", () => {
  it("table2Comparison pairs each paper row with our entry at iteration 1000 and measures the gap in combined s.e.", () => {
    const rho = [
      entry("rho_xy", "eq6", "eml", "LR", "yx", 1000, 0.71, 0.04), // paper 0.67 +- 0.03: z = 0.04 / 0.05 = 0.8
      entry("rho_xy", "eq6", "eml", "LR", "yx", 500, 9, 1),
      entry("rho_LR", "v16", "sml", "BalLog", "xy", 1000, 2.62, 0), // paper's "Bal" is BalLog
    ];
    const rows = table2Comparison(rho);
    expect(rows).toHaveLength(PAPER_NUMBERS.table2.length);
    expect(rows[0].ours).toEqual({ mean: 0.71, se: 0.04, n: 10 });
    expect(rows[0].z).toBeCloseTo(0.8, 12);
    const bal = rows.find((r) => r.paper.operator === "sml" && r.paper.shape === "Bal")!;
    expect(bal.shape).toBe("BalLog");
    expect(bal.z).toBe(0);
    expect(rows[1].ours).toBeUndefined();
    expect(rows[1].z).toBeNaN();
  });

  it("findRho matches the iteration as a number, whether the summary holds strings or numbers", () => {
    const rho = [{ ...entry("rho_xy", "eq6", "eml", "RL", "xy", 100, 1.6, 0.02), iteration: "100" }];
    expect(findRho(rho, { diagnostic: "rho_xy", arch: "eq6", operator: "eml", shape: "RL", leafOrder: "xy", iteration: 100 })?.mean).toBe(1.6);
  });
});
