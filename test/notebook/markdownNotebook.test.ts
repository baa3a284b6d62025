import { describe, expect, it } from "vitest";
import { markdownCells, markdownNotebook } from "../../lib/notebook/markdownNotebook.js";

const SOURCE = ["# Title", "", "Some text.", "", "```ts", "const a = 1;", "```", "", "More text.", "```ts", "console.log(a);", "```", ""].join("\n");

describe("markdownNotebook", () => {
  it("markdownCells makes each ```ts block a code cell and the text between a markdown cell", () => {
    const cells = markdownCells(SOURCE);
    expect(cells.map((c) => [c.cell_type, c.source])).toEqual([
      ["markdown", "# Title\n\nSome text."], ["code", "const a = 1;"], ["markdown", "More text."], ["code", "console.log(a);"],
    ]);
    expect(cells.map((c) => c.id)).toEqual(["cell-0", "cell-1", "cell-2", "cell-3"]);
  });

  it("markdownCells keeps fences of other languages inside the prose and throws on an unclosed block", () => {
    expect(markdownCells("```bash\nnpm test\n```").map((c) => c.cell_type)).toEqual(["markdown"]);
    expect(() => markdownCells("```ts\nconst a = 1;")).toThrow(/not closed/);
  });

  it("markdownNotebook keeps the outputs of code cells whose source is unchanged, in order", () => {
    const first = markdownNotebook(SOURCE);
    first.cells[1].outputs = [{ output_type: "stream", name: "stdout", text: "one" }];
    first.cells[1].execution_count = 1;
    first.cells[3].outputs = [{ output_type: "stream", name: "stdout", text: "two" }];
    const edited = markdownNotebook(SOURCE.replace("console.log(a);", "console.log(a + 1);").replace("More text.", "Other text."), first);
    expect(edited.cells[1].outputs).toEqual([{ output_type: "stream", name: "stdout", text: "one" }]);
    expect(edited.cells[1].execution_count).toBe(1);
    expect(edited.cells[3].outputs).toEqual([]);
    expect(edited.metadata.kernelspec.name).toBe("tslab");
  });
});
