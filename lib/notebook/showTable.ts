import { displayBundle } from "./displayBundle.js";
import { tableHtml } from "./tableHtml.js";
import { tableRows, type TableInput } from "./tableRows.js";
import { tableText } from "./tableText.js";

export interface ShowTableOptions {
  /** Rows shown; the rest are counted. Default 50. */
  maxRows?: number;
  /** Significant digits of numbers. Default 6. */
  digits?: number;
  caption?: string;
}

/**
 * Shows a danfo.js DataFrame or an array of records as one output with an HTML table and an
 * aligned text table (GitHub and terminals show the latter). Outside a kernel prints the text.
 */
export function showTable(table: TableInput, options: ShowTableOptions = {}): void {
  const rows = tableRows(table, options.maxRows ?? 50, options.digits ?? 6);
  displayBundle({ "text/html": tableHtml(rows, options.caption), "text/plain": tableText(rows, options.caption) });
}
