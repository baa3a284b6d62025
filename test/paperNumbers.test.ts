import { describe, expect, it } from "vitest";
import { PAPER_NUMBERS, paperCellRate, paperNumber } from "../lib/paperNumbers.js";
import { clopperPearson } from "../lib/statistics/clopperPearson.js";
import { TARGETS } from "../lib/targets.js";

const { numbers, table1, table2, table3 } = PAPER_NUMBERS;

describe("PAPER_NUMBERS", () => {
  it("PAPER_NUMBERS is labelled as the paper's stated numbers", () => {
    expect(PAPER_NUMBERS.source).toMatch(/^The paper's stated numbers, not results of this repository/);
    expect(PAPER_NUMBERS.source).toContain("arXiv:2604.23256v2");
  });

  it("data/paper/paper-numbers.json mirrors PAPER_NUMBERS (refresh: vitest run test/paperNumbers.test.ts -u)", async () => {
    await expect(`${JSON.stringify(PAPER_NUMBERS, null, 2)}\n`).toMatchFileSnapshot("../data/paper/paper-numbers.json");
  });

  it("PAPER_NUMBERS keys are unique", () => {
    const keys = numbers.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("PAPER_NUMBERS entries are well formed", () => {
    for (const entry of numbers) {
      expect(Number.isFinite(entry.value), entry.key).toBe(true);
      expect(entry.quote.length, entry.key).toBeGreaterThan(0);
      expect(entry.where, entry.key).toMatch(/^(Abstract|Sec\. |Table |Fig\. )/);
      if (entry.high !== undefined) expect(entry.high, entry.key).toBeGreaterThan(entry.value);
      if (entry.unit === "count") expect(entry.counted, entry.key).toBeDefined();
      if (entry.count) {
        expect(Number.isInteger(entry.count.successes) && entry.count.successes <= entry.count.trials, entry.key).toBe(true);
      }
    }
  });

  it("PAPER_NUMBERS percentages with a stated k/n agree with k/n to the printed digit", () => {
    for (const entry of numbers.filter((e) => e.unit === "percent" && e.count)) {
      const { successes, trials } = entry.count!;
      expect((100 * successes) / trials, entry.key).toBeCloseTo(entry.value, 1);
    }
  });

  it("PAPER_NUMBERS counts with a stated k/n have k as their value", () => {
    for (const entry of numbers.filter((e) => e.unit === "count" && e.count)) {
      expect(entry.value, entry.key).toBe(entry.count!.successes);
    }
  });

  it("PAPER_NUMBERS stated intervals are the Clopper-Pearson 95% intervals of their counts, as printed", () => {
    // Decimals the paper prints: [0,5.6]%, [0.6,4.5]%, upper bound 0.10%.
    const printedDecimals: Record<string, number> = {
      "sec3.ci.zero_of_64": 1,
      "sec4_2.rml.v16_best": 1,
      "sec4_3.balanced.exact": 2,
    };
    const withIntervals = numbers.filter((e) => e.intervalPercent);
    expect(withIntervals.map((e) => e.key).sort()).toEqual(Object.keys(printedDecimals).sort());
    for (const entry of withIntervals) {
      const { lower, upper } = clopperPearson(entry.count!.successes, entry.count!.trials);
      const places = printedDecimals[entry.key]!;
      expect(Number((100 * lower).toFixed(places)), entry.key).toBe(entry.intervalPercent!.lower);
      expect(Number((100 * upper).toFixed(places)), entry.key).toBe(entry.intervalPercent!.upper);
    }
  });

  it("PAPER_NUMBERS cells name targets of the catalogue with the same operator and leaf order", () => {
    for (const entry of numbers.filter((e) => e.cell?.target)) {
      const target = TARGETS.get(entry.cell!.target!);
      expect(target, entry.key).toBeDefined();
      if (entry.cell!.operator) expect(target!.operator, entry.key).toBe(entry.cell!.operator);
      if (entry.cell!.leafOrder) expect(target!.leafOrder, entry.key).toBe(entry.cell!.leafOrder);
    }
  });

  it("PAPER_NUMBERS has Table 1's three architectures with 42, 38 and 44 parameters", () => {
    expect(table1.map((row) => [row.architecture, row.parameters])).toEqual([
      ["eq6", 42],
      ["v16", 38],
      ["hybrid", 44],
    ]);
  });

  it("PAPER_NUMBERS has Table 2's eleven rows, five rho_xy then six rho_LR", () => {
    expect(table2.length).toBe(11);
    expect(table2.map((row) => row.diagnostic)).toEqual([...Array(5).fill("rho_xy"), ...Array(6).fill("rho_LR")]);
    for (const row of table2) {
      expect(TARGETS.get(row.target)?.operator, row.target).toBe(row.operator);
      expect(row.ratioStandardError).toBeGreaterThanOrEqual(0);
    }
  });

  it("PAPER_NUMBERS cell rates agree with Table 2's recovery column", () => {
    for (const row of table2) {
      expect(paperCellRate(row.architecture, row.target)?.value, `${row.architecture} ${row.target}`).toBe(
        row.recoveryPercent,
      );
    }
  });

  it("PAPER_NUMBERS has Table 3's five audit rows, one representable", () => {
    expect(table3.length).toBe(5);
    expect(table3.filter((row) => row.status === "R").map((row) => row.example)).toEqual(["Shockley"]);
    for (const row of table3) expect(row.missingPrimitive === null).toBe(row.status === "R");
  });
});

describe("paperNumber", () => {
  it("paperNumber(key) returns the stated number", () => {
    expect(paperNumber("sec4_1.funnel.runs").value).toBe(5376);
    expect(paperNumber("sec4_2.rml.v16_best")).toMatchObject({
      value: 2.0,
      count: { successes: 5, trials: 256 },
      intervalPercent: { lower: 0.6, upper: 4.5 },
    });
  });

  it("paperNumber throws, naming the key, for a number the paper does not state", () => {
    expect(() => paperNumber("sec9.nothing")).toThrow(/"sec9.nothing"/);
  });
});

describe("paperCellRate", () => {
  it("paperCellRate(architecture, target) finds a depth-3 rate stated in the text", () => {
    expect(paperCellRate("eq6", "T4_yx")?.value).toBe(100);
    expect(paperCellRate("hybrid", "shockley")?.count).toEqual({ successes: 22, trials: 32 });
  });

  it("paperCellRate is undefined for a cell the paper gives no rate for", () => {
    expect(paperCellRate("hybrid", "T8")).toBeUndefined();
  });
});
