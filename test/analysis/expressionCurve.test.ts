import { describe, expect, it } from "vitest";
import { expressionCurve, expressionValues } from "../../lib/analysis/expressionCurve.js";

describe("expressionCurve", () => {
  it("expressionCurve evaluates a printed expression along a line: eml(v, eml(1, 1)) = exp(v) - 1", () => {
    const { x, y } = expressionCurve("eml(v, eml(1, 1))", "v", 0, 2, 5);
    expect([...x]).toEqual([0, 0.5, 1, 1.5, 2]);
    y.forEach((value, i) => expect(value).toBeCloseTo(Math.exp(x[i]) - 1, 12));
  });

  it("expressionValues gives NaN where the value is complex (log of a negative number) and real values elsewhere", () => {
    // eml(1, x) = e - log x: complex for x < 0, infinite at 0.
    const values = expressionValues("eml(1, x)", { x: [-1, 0, 1] });
    expect(Number.isNaN(values[0])).toBe(true);
    expect(Number.isNaN(values[1])).toBe(true);
    expect(values[2]).toBeCloseTo(Math.E, 12);
  });

  it("expressionValues evaluates two-variable expressions row by row", () => {
    const values = expressionValues("eml(x, y)", { x: [0, 1], y: [1, Math.E] });
    expect(values[0]).toBeCloseTo(1, 12);
    expect(values[1]).toBeCloseTo(Math.E - 1, 12);
  });

  it("expressionCurve refuses fewer than two points", () => {
    expect(() => expressionCurve("x", "x", 0, 1, 1)).toThrow(/at least 2/);
  });
});
