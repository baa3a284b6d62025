import { describe, expect, it } from "vitest";
import { DatasetError } from "../../lib/fit/datasetError.js";
import { datasetFromCsv, parseNumber } from "../../lib/fit/datasetFromCsv.js";

describe("parseNumber", () => {
  it("parseNumber reads decimal and exponent notation", () => {
    expect(parseNumber(" 1.5e-3 ")).toBe(0.0015);
    expect(parseNumber("-.5")).toBe(-0.5);
    expect(parseNumber("7.")).toBe(7);
  });

  it("parseNumber reads NaN and infinities by name, case-insensitive", () => {
    expect(parseNumber("NaN")).toBeNaN();
    expect(parseNumber("-inf")).toBe(Number.NEGATIVE_INFINITY);
    expect(parseNumber("Infinity")).toBe(Number.POSITIVE_INFINITY);
  });

  it("parseNumber returns undefined for text, empty fields and hexadecimal", () => {
    for (const text of ["abc", "", "  ", "0x10", "1,5", "1e"]) expect(parseNumber(text)).toBeUndefined();
  });
});

describe("datasetFromCsv", () => {
  const text = "t, x ,z,label\n1,2,3,a\n4,5,6,b\n";

  it("datasetFromCsv(text, inputs, output) extracts the named columns as numbers, header names trimmed", () => {
    const data = datasetFromCsv(text, ["x"], "z");
    expect(data.inputs).toEqual(["x"]);
    expect(Array.from(data.columns.x)).toEqual([2, 5]);
    expect(Array.from(data.columns.z)).toEqual([3, 6]);
  });

  it("datasetFromCsv ignores non-numeric columns it is not asked for", () => {
    expect(() => datasetFromCsv(text, ["t"], "x")).not.toThrow();
  });

  it("datasetFromCsv names a non-numeric column, its rows and the first offending value", () => {
    expect(() => datasetFromCsv(text, ["label"], "z")).toThrow(`column 'label' is not numeric: rows 1, 2 (counted from 1 after the header; row 1 holds "a")`);
    expect(() => datasetFromCsv("x,z\n1,2\n,3\n", ["x"], "z")).toThrow("row 2 holds an empty field");
  });

  it("datasetFromCsv names a missing column and lists the header", () => {
    expect(() => datasetFromCsv(text, ["y"], "z")).toThrow("no column 'y' (columns: t, x, z, label)");
  });

  it("datasetFromCsv rejects a file whose first line is numbers, not a header", () => {
    expect(() => datasetFromCsv("1,2\n3,4\n", ["x"], "z")).toThrow("holds numbers, not column names");
  });

  it("datasetFromCsv rejects an empty file, a ragged row and a duplicated column name", () => {
    expect(() => datasetFromCsv("", ["x"], "z")).toThrow("the file is empty");
    expect(() => datasetFromCsv("x,z\n1,2\n3\n", ["x"], "z")).toThrow("not a CSV file: line 3 has 1 fields, the header 2");
    expect(() => datasetFromCsv("x,z,x\n1,2,3\n", ["x"], "z")).toThrow("names column 'x' twice");
  });

  it("datasetFromCsv reads NaN as a number, leaving its rows to checkFitData", () => {
    const data = datasetFromCsv("x,z\n1,NaN\n", ["x"], "z");
    expect(data.columns.z[0]).toBeNaN();
  });

  it("datasetFromCsv throws DatasetError", () => {
    expect(() => datasetFromCsv("1,2\n", ["x"], "z")).toThrow(DatasetError);
  });
});
