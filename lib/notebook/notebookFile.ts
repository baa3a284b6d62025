import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { atomicWriteSync } from "../io/atomicWrite.js";

/** nbformat 4 multiline text: one string, or lines that join to it. */
export type MultilineText = string | string[];

export interface NotebookCell {
  cell_type: "code" | "markdown" | "raw";
  id?: string;
  source: MultilineText;
  metadata: Record<string, unknown>;
  outputs?: Record<string, any>[];
  execution_count?: number | null;
}

export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, any>;
  nbformat: number;
  nbformat_minor: number;
}

/** Reads an nbformat 4 notebook. */
export function readNotebook(path: string): Notebook {
  const notebook = JSON.parse(readFileSync(path, "utf8")) as Notebook;
  if (notebook.nbformat !== 4) throw new Error(`readNotebook: ${path} is nbformat ${notebook.nbformat}, not 4`);
  return notebook;
}

/**
 * Writes `notebook` atomically in Jupyter's own layout (one-space indent, text split in lines,
 * trailing newline), so that a notebook saved by Jupyter and by the runner diff cleanly.
 */
export function writeNotebook(path: string, notebook: Notebook): void {
  const cells = notebook.cells.map((cell) => ({
    ...cell,
    id: cell.id ?? randomBytes(4).toString("hex"),
    source: splitLines(cell.source),
    ...(cell.outputs ? { outputs: cell.outputs.map(splitOutputText) } : {}),
  }));
  const minor = Math.max(notebook.nbformat_minor, 5);
  atomicWriteSync(path, JSON.stringify({ ...notebook, cells, nbformat_minor: minor }, null, 1) + "\n");
}

/** The text of a multiline field. */
export function joinLines(text: MultilineText | undefined): string {
  return Array.isArray(text) ? text.join("") : (text ?? "");
}

/** Lines with their line endings kept, as Jupyter stores multiline strings. */
export function splitLines(text: MultilineText): string[] {
  return joinLines(text).split(/(?<=\n)/).filter((line) => line !== "");
}

function splitOutputText(output: Record<string, unknown>): Record<string, unknown> {
  const split: Record<string, unknown> = { ...output };
  if (typeof output.text === "string") split.text = splitLines(output.text);
  if (output.data && typeof output.data === "object") {
    const data: Record<string, unknown> = {};
    for (const [mime, value] of Object.entries(output.data)) {
      const textual = mime.startsWith("text/") || mime === "image/svg+xml";
      data[mime] = textual && typeof value === "string" ? splitLines(value) : value;
    }
    split.data = data;
  }
  return split;
}
