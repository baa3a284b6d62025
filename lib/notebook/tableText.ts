import type { TableRows } from "./tableRows.js";

/** A plain-text table of `table` in aligned columns, numbers right-aligned. */
export function tableText(table: TableRows, caption?: string): string {
  const widths = table.columns.map((column, j) =>
    Math.max(column.length, ...table.rows.map((row) => row[j].text.length)),
  );
  const line = (cells: string[], right: boolean[]) =>
    cells.map((cell, j) => (right[j] ? cell.padStart(widths[j]) : cell.padEnd(widths[j]))).join("  ").trimEnd();
  const lines = [
    line(table.columns, table.columns.map(() => false)),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...table.rows.map((row) => line(row.map((cell) => cell.text), row.map((cell) => cell.numeric))),
  ];
  if (table.omitted > 0) lines.push(`… ${table.omitted} more rows`);
  return [...(caption ? [caption] : []), ...lines].join("\n");
}
