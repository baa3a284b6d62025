import { describe, expect, it } from "vitest";
import { checkFitData, describeRows, FIT_MINIMUM_ROWS } from "../../lib/fit/checkFitData.js";
import { DatasetError } from "../../lib/fit/datasetError.js";
import type { FitData } from "../../lib/fit/fitTypes.js";

const ramp = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);
const data = (columns: Record<string, number[]>, inputs = ["x"], output = "z"): FitData => ({ columns, inputs, output });

describe("checkFitData", () => {
  it("checkFitData(data) returns the inputs and output as Float64Arrays, in the order named", () => {
    const checked = checkFitData(data({ a: ramp(12), b: ramp(12, 5), z: ramp(12, 2) }, ["b", "a"]), "eml");
    expect(checked.inputs.map((c) => c[0])).toEqual([5, 1]);
    expect(checked.output).toBeInstanceOf(Float64Array);
    expect(checked.notes).toEqual([]);
  });

  it("checkFitData names a missing column and lists the available ones", () => {
    expect(() => checkFitData(data({ x: ramp(12), z: ramp(12) }, ["q"]), "eml")).toThrow("no input column 'q' (columns: x, z)");
    expect(() => checkFitData(data({ x: ramp(12) }), "eml")).toThrow("no output column 'z' (columns: x)");
  });

  it(`checkFitData rejects fewer than ${FIT_MINIMUM_ROWS} rows, stating the minimum`, () => {
    expect(() => checkFitData(data({ x: ramp(9), z: ramp(9) }), "eml")).toThrow(`too few rows: 9 data rows, a fit needs at least ${FIT_MINIMUM_ROWS}`);
    expect(() => checkFitData(data({ x: ramp(FIT_MINIMUM_ROWS), z: ramp(FIT_MINIMUM_ROWS) }), "eml")).not.toThrow();
  });

  it("checkFitData names the rows holding NaN or infinite values", () => {
    const z = ramp(12);
    z[2] = Number.NaN;
    z[7] = Number.POSITIVE_INFINITY;
    expect(() => checkFitData(data({ x: ramp(12), z }), "eml")).toThrow("column 'z' has NaN or infinite values in rows 3, 8");
    const x = ramp(12);
    x[0] = Number.NEGATIVE_INFINITY;
    expect(() => checkFitData(data({ x, z: ramp(12) }), "eml")).toThrow("column 'x' has NaN or infinite values in row 1 ");
  });

  it("checkFitData rejects a constant output column", () => {
    expect(() => checkFitData(data({ x: ramp(12), z: Array(12).fill(3.5) }), "eml")).toThrow("output column 'z' is constant (every row is 3.5)");
  });

  it("checkFitData rejects three inputs, a repeated input, and an input that is also the output", () => {
    const columns = { x: ramp(12), y: ramp(12), w: ramp(12), z: ramp(12) };
    expect(() => checkFitData(data(columns, ["x", "y", "w"]), "eml")).toThrow("one or two input columns, got 3");
    expect(() => checkFitData(data(columns, ["x", "x"]), "eml")).toThrow("named twice");
    expect(() => checkFitData(data(columns, ["z"]), "eml")).toThrow("both an input and the output");
  });

  it("checkFitData rejects columns of different lengths", () => {
    expect(() => checkFitData(data({ x: ramp(11), z: ramp(12) }), "eml")).toThrow("input column 'x' has 11 values, the output 'z' 12");
  });

  it("checkFitData accepts inputs <= 0 under EML with one note counting the rows, and none under SML or RML", () => {
    const columns = { x: ramp(12, -2), y: ramp(12, -1), z: ramp(12) };
    const { notes } = checkFitData(data(columns, ["x", "y"]), "eml");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^3 of 12 rows have an input <= 0 \(x: 3, y: 2\); EML's log turns complex there/);
    expect(checkFitData(data(columns, ["x", "y"]), "sml").notes).toEqual([]);
    expect(checkFitData(data(columns, ["x", "y"]), "rml").notes).toEqual([]);
  });

  it("checkFitData throws DatasetError, so that a CLI can tell bad data from a bug", () => {
    expect(() => checkFitData(data({ x: ramp(3), z: ramp(3) }), "eml")).toThrow(DatasetError);
  });
});

describe("describeRows", () => {
  it("describeRows counts rows from 1 and shortens long lists", () => {
    expect(describeRows([0])).toBe("row 1");
    expect(describeRows([0, 4])).toBe("rows 1, 5");
    expect(describeRows([0, 1, 2, 3, 4, 5, 6, 7], 3)).toBe("rows 1, 2, 3 and 5 more");
  });
});
