/** A data-frame-like value: danfo.js DataFrames have `columns` and row-major `values`. */
export interface FrameLike {
  columns: string[];
  values: unknown[][] | unknown[];
}

export type TableInput = FrameLike | ReadonlyArray<Record<string, unknown>>;

export interface TableCell {
  text: string;
  numeric: boolean;
}

/** A table ready to print: column names, formatted cells, and how many rows were left out. */
export interface TableRows {
  columns: string[];
  rows: TableCell[][];
  omitted: number;
}

/**
 * The rows of a danfo.js DataFrame or of an array of records (columns: the union of keys in
 * first-seen order), cut to `maxRows`, numbers shown with `digits` significant digits.
 */
export function tableRows(table: TableInput, maxRows = 50, digits = 6): TableRows {
  const { columns, values } = isFrame(table) ? frameValues(table) : recordValues(table);
  const kept = values.slice(0, maxRows);
  return {
    columns,
    rows: kept.map((row) => columns.map((_, j) => formatCell(row[j], digits))),
    omitted: values.length - kept.length,
  };
}

export function formatCell(value: unknown, digits = 6): TableCell {
  if (typeof value === "number") {
    const text = Number.isInteger(value) || !Number.isFinite(value) ? String(value) : String(Number(value.toPrecision(digits)));
    return { text, numeric: true };
  }
  if (typeof value === "bigint") return { text: String(value), numeric: true };
  if (value === null || value === undefined) return { text: "", numeric: false };
  if (typeof value === "object") return { text: JSON.stringify(value), numeric: false };
  return { text: String(value), numeric: false };
}

function isFrame(table: TableInput): table is FrameLike {
  return !Array.isArray(table) && Array.isArray((table as FrameLike).columns) && Array.isArray((table as FrameLike).values);
}

function frameValues(frame: FrameLike): { columns: string[]; values: unknown[][] } {
  const columns = frame.columns.map(String);
  // A one-column frame may give a flat array of values.
  const values = frame.values.map((row) => (Array.isArray(row) ? row : [row]));
  return { columns, values };
}

function recordValues(records: ReadonlyArray<Record<string, unknown>>): { columns: string[]; values: unknown[][] } {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) if (!seen.has(key)) seen.add(key), columns.push(key);
  }
  return { columns, values: records.map((record) => columns.map((column) => record[column])) };
}
