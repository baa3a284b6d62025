/**
 * A notebook from a Markdown source (notebooks/src/*.md): each fenced ```ts block becomes a code
 * cell, the text between blocks a markdown cell. The sources diff and review as plain text; the
 * .ipynb is generated. Outputs of a previous build are kept for code cells whose source is
 * unchanged (matched in order), so editing the prose does not discard executed results.
 */
import { joinLines, type Notebook, type NotebookCell } from "./notebookFile.js";

export const NOTEBOOK_METADATA = {
  kernelspec: { display_name: "TypeScript (project tslab)", language: "typescript", name: "tslab" },
  language_info: { name: "typescript", file_extension: ".ts", mimetype: "text/typescript" },
};

const FENCE = /^```(ts|typescript)\s*$/;

/** The cells of a Markdown source, in order (ids `cell-0`, `cell-1`, ...). */
export function markdownCells(text: string): NotebookCell[] {
  const cells: NotebookCell[] = [];
  let prose: string[] = [];
  let code: string[] | null = null;
  const flushProse = () => {
    const source = prose.join("\n").trim();
    if (source !== "") cells.push({ cell_type: "markdown", source, metadata: {} });
    prose = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (code === null && FENCE.test(line)) {
      flushProse();
      code = [];
    } else if (code !== null && /^```\s*$/.test(line)) {
      cells.push({ cell_type: "code", source: code.join("\n").trim(), metadata: {}, outputs: [], execution_count: null });
      code = null;
    } else if (code !== null) code.push(line);
    else prose.push(line);
  }
  if (code !== null) throw new Error("markdownCells: a ```ts block is not closed");
  flushProse();
  return cells.map((cell, index) => ({ ...cell, id: `cell-${index}` }));
}

/** The notebook of a Markdown source, carrying over the outputs of unchanged code cells of `previous`. */
export function markdownNotebook(text: string, previous?: Notebook): Notebook {
  const cells = markdownCells(text);
  const old = (previous?.cells ?? []).filter((cell) => cell.cell_type === "code");
  let position = 0;
  for (const cell of cells) {
    if (cell.cell_type !== "code") continue;
    const before = old[position++];
    if (before && joinLines(before.source) === joinLines(cell.source)) {
      cell.outputs = before.outputs ?? [];
      cell.execution_count = before.execution_count ?? null;
    }
  }
  return { cells, metadata: { ...NOTEBOOK_METADATA, ...(previous?.metadata ?? {}) }, nbformat: 4, nbformat_minor: 5 };
}
