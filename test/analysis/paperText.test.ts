import { describe, expect, it } from "vitest";
import { paperFraction, paperText } from "../../lib/analysis/paperText.js";
import { paperNumber, type PaperNumber } from "../../lib/paperNumbers.js";

describe("paperText", () => {
  it("paperText prints percents, ranges, counts and qualified p-values as the paper does", () => {
    expect(paperText(paperNumber("cell.v16.paper"))).toBe("16.8%");
    expect(paperText(paperNumber("sec4_1.hybrid.rl_range"))).toBe("95-96%");
    expect(paperText(paperNumber("cell.eq6.shockley"))).toBe("18/32");
    expect(paperText(paperNumber("sec4_2.fisher_p"))).toBe("< 1e-15");
    expect(paperText(paperNumber("sec4_1.funnel.runs"))).toBe("5376 count");
  });

  it("paperFraction gives percents and counts as fractions, NaN otherwise", () => {
    expect(paperFraction(paperNumber("cell.v16.T1"))).toBeCloseTo(0.996, 12);
    expect(paperFraction(paperNumber("cell.hybrid.shockley"))).toBe(22 / 32);
    expect(paperFraction({ key: "k", value: 2, unit: "ratio", where: "", quote: "" } satisfies PaperNumber)).toBeNaN();
  });
});
