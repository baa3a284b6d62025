import type { TableRows } from "./tableRows.js";

/** An HTML table of `table`, values escaped, numbers right-aligned. */
export function tableHtml(table: TableRows, caption?: string): string {
  const header = table.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join("");
  const body = table.rows
    .map((row) => `<tr>${row.map((cell) => `<td${cell.numeric ? ' style="text-align:right"' : ""}>${escapeHtml(cell.text)}</td>`).join("")}</tr>`)
    .join("\n");
  const more = table.omitted > 0 ? `<tr><td colspan="${table.columns.length}">… ${table.omitted} more rows</td></tr>` : "";
  const title = caption ? `<caption>${escapeHtml(caption)}</caption>` : "";
  return `<table>${title}<thead><tr>${header}</tr></thead>\n<tbody>\n${body}${more}\n</tbody></table>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
