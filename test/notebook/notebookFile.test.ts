import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { joinLines, readNotebook, splitLines, writeNotebook } from "../../lib/notebook/notebookFile.js";

describe("splitLines(text) and joinLines(lines)", () => {
  it("keeps line endings, as Jupyter stores multiline strings", () => {
    expect(splitLines("a\nb\n")).toEqual(["a\n", "b\n"]);
    expect(splitLines("a\nb")).toEqual(["a\n", "b"]);
    expect(splitLines("")).toEqual([]);
    expect(joinLines(["a\n", "b"])).toBe("a\nb");
  });
});

describe("writeNotebook(path, notebook)", () => {
  it("writes nbformat 4.5 with cell ids and split text that reads back the same", () => {
    const path = join(mkdtempSync(join(tmpdir(), "notebook-file-")), "n.ipynb");
    writeNotebook(path, {
      nbformat: 4,
      nbformat_minor: 2,
      metadata: {},
      cells: [{ cell_type: "code", source: "a\nb", metadata: {}, execution_count: 1, outputs: [{ output_type: "stream", name: "stdout", text: "x\ny\n" }] }],
    });
    const saved = readNotebook(path);
    expect(saved.nbformat_minor).toBe(5);
    expect(saved.cells[0].id).toMatch(/^[0-9a-f]{8}$/);
    expect(saved.cells[0].source).toEqual(["a\n", "b"]);
    expect(saved.cells[0].outputs?.[0].text).toEqual(["x\n", "y\n"]);
    expect(readFileSync(path, "utf8").endsWith("}\n")).toBe(true);
  });
});
