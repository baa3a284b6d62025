/**
 * The per-trial log of a sweep: a CSV appended one whole line per finished job. A line cut
 * by a kill is dropped on the next read (its job simply runs again), so the log is never corrupt.
 */
import { closeSync, existsSync, openSync, readFileSync, truncateSync, writeSync } from "node:fs";
import { parseCsv, toCsv } from "../io/csv.js";
import type { Row } from "./runJob.js";

export class LogError extends Error {}

export interface LogContents {
  rows: Row[];
  /** Bytes of a trailing partial line removed by the read. */
  repairedBytes: number;
}

/** One CSV line (with its line break) of a row. */
export function csvLine(row: Row, columns: readonly string[]): string {
  const text = toCsv([row], columns);
  return text.slice(text.indexOf("\n") + 1);
}

/** Read a log, dropping a trailing partial line; refuses other columns or duplicate keys. */
export function readLog(path: string, columns: readonly string[], options: { repair?: boolean } = {}): LogContents {
  if (!existsSync(path)) return { rows: [], repairedBytes: 0 };
  let text = readFileSync(path, "utf8");
  let repairedBytes = 0;
  if (text.length > 0 && !text.endsWith("\n")) {
    const keep = text.lastIndexOf("\n") + 1;
    repairedBytes = Buffer.byteLength(text.slice(keep));
    text = text.slice(0, keep);
    if (options.repair) truncateSync(path, Buffer.byteLength(text));
  }
  if (text.trim() === "") return { rows: [], repairedBytes };
  let parsed;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    throw new LogError(`${path} is not a readable log: ${(error as Error).message}`);
  }
  if (parsed.header.join(",") !== columns.join(",")) {
    throw new LogError(`${path} has columns [${parsed.header.join(", ")}], this plan writes [${columns.join(", ")}]: use another --out or move the file away`);
  }
  const seen = new Set<string>();
  const rows = parsed.rows.map((fields, line) => {
    const row: Row = Object.fromEntries(columns.map((c, i) => [c, fields[i]]));
    if (seen.has(row.key)) throw new LogError(`${path} holds trial ${row.key} twice (line ${line + 2}): the log is corrupt`);
    seen.add(row.key);
    return row;
  });
  return { rows, repairedBytes };
}

/** An open log to append rows to, one write per row. */
export class LogWriter {
  private readonly fd: number;
  constructor(readonly path: string, readonly columns: readonly string[]) {
    const fresh = !existsSync(path) || readFileSync(path, "utf8").length === 0;
    this.fd = openSync(path, "a");
    if (fresh) writeSync(this.fd, toCsv([], columns));
  }
  append(row: Row): void {
    writeSync(this.fd, csvLine(row, this.columns));
  }
  close(): void {
    closeSync(this.fd);
  }
}
