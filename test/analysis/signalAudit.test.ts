import { describe, expect, it } from "vitest";
import { auditExample, exampleGrid, SIGNAL_AUDIT_EXAMPLES } from "../../lib/analysis/signalAudit.js";
import { PAPER_NUMBERS } from "../../lib/paperNumbers.js";

const example = (text: string) => SIGNAL_AUDIT_EXAMPLES.find((e) => e.example === text)!;

describe("signalAudit", () => {
  it("SIGNAL_AUDIT_EXAMPLES covers every formula class of the paper's Table 3", () => {
    const classes = new Set(SIGNAL_AUDIT_EXAMPLES.map((e) => e.formulaClass));
    expect([...classes].sort()).toEqual(PAPER_NUMBERS.table3.map((row) => row.formulaClass).sort());
  });

  it("auditExample('exp(x) - 1') finds eml(x, eml(1, 1)) in Eq. 6 and Hybrid, nothing in V16", () => {
    const result = auditExample(example("exp(x) - 1"));
    expect(result.representable).toBe(true);
    expect(result.byArch.eq6.matches).toEqual(["eml(x, eml(1, 1))"]);
    expect(result.byArch.hybrid.matches).toEqual(["eml(x, eml(1, 1))"]);
    expect(result.byArch.v16.matches).toEqual([]);
    expect(result.withZeroLeaf).toBeNull();
  });

  it("auditExample('1 - ln x') is blocked, and representable once 0 is a leaf (eml(0, x))", () => {
    const result = auditExample(example("1 - ln x"));
    expect(result.representable).toBe(false);
    // Only Hybrid's root offers the variables (here also 0) above the leaves.
    expect(result.withZeroLeaf).toEqual({ representable: true, matches: ["eml(0, x)"], archs: ["hybrid"] });
  });

  it("exampleGrid evaluates the example at every grid point, first variable outer", () => {
    const { grid, values } = exampleGrid(example("x / y"));
    expect(grid.count).toBe(441);
    expect(values[1]).toBeCloseTo(1 / 1.1, 12);
    expect(values[21]).toBeCloseTo(1.1, 12);
  });
});
