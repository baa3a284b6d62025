/**
 * datasetFromCsv(text, inputs, output): the named columns of a CSV file with a header line, as
 * numbers. "NaN", "Inf", "-Infinity" read as such (checkFitData then names their rows); any
 * other text that is not a decimal number, or an empty field, is an error naming the row.
 */
import { parseCsv } from "../io/csv.js";
import { checkColumnNames, describeRows } from "./checkFitData.js";
import { DatasetError } from "./datasetError.js";
import type { FitData } from "./fitTypes.js";

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;

/** A field as a number; undefined when it is not one. */
export function parseNumber(field: string): number | undefined {
  const text = field.trim();
  if (DECIMAL.test(text)) return Number(text);
  const special = SPECIAL.exec(text);
  if (!special) return undefined;
  if (special[2].toLowerCase() === "nan") return Number.NaN;
  return special[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

function parse(text: string): { header: string[]; rows: string[][] } {
  try {
    return parseCsv(text);
  } catch (error) {
    throw new DatasetError((error as Error).message.replace(/^parseCsv: /, "not a CSV file: "));
  }
}

function numericColumn(name: string, index: number, rows: string[][]): Float64Array {
  const values = new Float64Array(rows.length);
  const bad: number[] = [];
  rows.forEach((row, i) => {
    const value = parseNumber(row[index]);
    if (value === undefined) bad.push(i);
    else values[i] = value;
  });
  if (bad.length > 0) {
    const first = rows[bad[0]][index].trim();
    const shown = first === "" ? "an empty field" : `"${first.length > 20 ? `${first.slice(0, 20)}...` : first}"`;
    throw new DatasetError(
      `column '${name}' is not numeric: ${describeRows(bad)} (counted from 1 after the header; row ${bad[0] + 1} holds ${shown})`,
    );
  }
  return values;
}

export function datasetFromCsv(text: string, inputs: readonly string[], output: string): FitData {
  checkColumnNames(inputs, output);
  const { header, rows } = parse(text);
  if (header.length === 0) throw new DatasetError("the file is empty");
  const names = header.map((name) => name.trim());
  if (names.every((name) => parseNumber(name) !== undefined)) {
    throw new DatasetError(`the first line (${names.slice(0, 3).join(",")}${names.length > 3 ? ",..." : ""}) holds numbers, not column names: the file needs a header line naming its columns`);
  }
  const columns: Record<string, Float64Array> = {};
  for (const name of [...inputs, output]) {
    const index = names.indexOf(name);
    if (index < 0) throw new DatasetError(`no column '${name}' (columns: ${names.join(", ")})`);
    if (names.indexOf(name, index + 1) >= 0) throw new DatasetError(`the header names column '${name}' twice`);
    columns[name] = numericColumn(name, index, rows);
  }
  return { columns, inputs: [...inputs], output };
}
