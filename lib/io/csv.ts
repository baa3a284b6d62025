/**
 * CSV as RFC 4180 writes it: fields separated by commas, a field quoted when it holds a comma,
 * a double quote, CR or LF, and a double quote inside a quoted field doubled.
 */

export interface ToCsvOptions {
  /** Record separator; default "\n" (RFC 4180 says CRLF; parseCsv reads both). */
  lineEnding?: "\n" | "\r\n";
}

export interface ParsedCsv {
  header: string[];
  rows: string[][];
}

/**
 * The rows as CSV with a header line of `columns`, each row's fields taken from its
 * properties of those names. Numbers are written by String(), which gives the shortest text
 * that reads back to the same double (and "-0", "NaN", "Infinity" as such); null and
 * undefined as empty fields; Dates in ISO 8601; other objects as JSON.
 */
export function toCsv(
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  columns: readonly string[],
  options: ToCsvOptions = {},
): string {
  const { lineEnding = "\n" } = options;
  const lines = [formatRecord(columns)];
  for (const row of rows) lines.push(formatRecord(columns.map((column) => formatField(row[column]))));
  return lines.join(lineEnding) + lineEnding;
}

/**
 * Reads CSV text into its header (the first record) and the remaining records, as strings.
 * Accepts CRLF, LF or CR record separators, quoted fields holding commas, quotes and line
 * breaks, a leading byte-order mark, and a missing final line break; blank lines are skipped
 * (an empty single field is written `""` by toCsv). Throws, naming the line,
 * on an unterminated quoted field, text after a closing quote, or a record whose field count
 * differs from the header's.
 */
export function parseCsv(text: string): ParsedCsv {
  const records = parseRecords(text.startsWith("\uFEFF") ? text.slice(1) : text);
  const [header = [], ...rows] = records.map((record) => record.fields);
  records.slice(1).forEach((record) => {
    if (record.fields.length !== header.length) {
      throw new Error(
        `parseCsv: line ${record.line} has ${record.fields.length} fields, the header ${header.length}`,
      );
    }
  });
  return { header, rows };
}

function formatField(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/** A record whose one field is empty is written `""`: parseCsv skips blank lines. */
function formatRecord(fields: readonly string[]): string {
  if (fields.length === 1 && fields[0] === "") return '""';
  return fields.map(quoteField).join(",");
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

interface CsvRecord {
  fields: string[];
  /** The line on which the record starts, from 1. */
  line: number;
}

function parseRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  /** Whether the current record has any text yet: a blank line is no record. */
  let started = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < text.length) {
    const character = text[i]!;
    if (character === "\n" || character === "\r") {
      i += character === "\r" && text[i + 1] === "\n" ? 2 : 1;
      if (started) records.push({ fields: [...fields, field], line: recordLine });
      fields = [];
      field = "";
      started = false;
      line++;
      recordLine = line;
      continue;
    }
    started = true;
    if (character === ",") {
      fields.push(field);
      field = "";
      i++;
    } else if (character === '"' && field === "") {
      const quoted = readQuoted(text, i, line);
      field = quoted.field;
      line = quoted.line;
      i = quoted.end;
      const next = text[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new Error(`parseCsv: text after a closing quote on line ${line}`);
      }
    } else {
      // A quote inside an unquoted field is kept as text (RFC 4180 forbids it; be lenient).
      field += character;
      i++;
    }
  }
  if (started) records.push({ fields: [...fields, field], line: recordLine });
  return records;
}

/** The quoted field opening at text[start]: its text, the line it ends on, the index after it. */
function readQuoted(text: string, start: number, startLine: number): { field: string; line: number; end: number } {
  let field = "";
  let line = startLine;
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new Error(`parseCsv: unterminated quoted field from line ${startLine}`);
    const character = text[i]!;
    if (character === '"') {
      if (text[i + 1] !== '"') return { field, line, end: i + 1 };
      field += '"';
      i += 2;
      continue;
    }
    if (character === "\n" || (character === "\r" && text[i + 1] !== "\n")) line++;
    field += character;
    i++;
  }
}
