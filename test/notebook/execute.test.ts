import { describe, expect, it } from "vitest";
import { executeNotebook, type CellEvent } from "../../lib/notebook/execute.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { joinLines, readNotebook, writeNotebook } from "../../lib/notebook/notebookFile.js";
import { fixtureCopy, streamText } from "./fixtures.js";

describe("executeNotebook(path, options)", () => {
  it("saves the outputs, passes the parameters and stops at the failing cell", async () => {
    const path = fixtureCopy("sample.ipynb");
    const events: CellEvent[] = [];
    const run = await executeNotebook(path, { parameters: { count: 3, notInTheNotebook: true }, onCell: (event) => events.push(event) });

    expect(run.ok).toBe(false);
    expect(run.cellsRun).toBe(5);
    expect(run.failures).toHaveLength(1);
    expect(run.failures[0]).toMatchObject({ index: 5, status: "error" });
    expect(run.failures[0].message).toContain("Error: deliberate failure");
    expect(events.filter((event) => event.phase === "end").map((event) => event.status)).toEqual(["ok", "ok", "ok", "ok", "error"]);

    const cells = readNotebook(path).cells;
    expect(streamText(cells[1].outputs, "stdout")).toBe("hello x3\n");
    expect(streamText(cells[2].outputs, "stdout")).toBe("PROTOCOL is an object\n");
    const [table] = cells[3].outputs ?? [];
    expect(table.output_type).toBe("display_data");
    expect(joinLines(table.data["text/html"])).toContain("<td>a</td>");
    expect(joinLines(table.data["text/plain"])).toContain("a       1.5");
    const progress = cells[4].outputs ?? [];
    expect(progress).toHaveLength(1);
    expect(joinLines(progress[0].data["text/plain"])).toMatch(/^steps: done 3\/3/);
    expect(streamText(cells[5].outputs, "stderr")).toContain("deliberate failure");
    expect(cells[6].outputs).toEqual([]);
    expect(cells.map((cell) => cell.execution_count ?? null)).toEqual([null, 1, 2, 3, 4, 5, null]);
  });

  it("interrupts a cell past cellTimeoutSeconds and, with stopOnError false, runs the next", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "notebook-test-")), "loop.ipynb");
    const code = (source: string) => ({ cell_type: "code" as const, source, metadata: {}, outputs: [], execution_count: null });
    writeNotebook(path, { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [code("while (true) {}"), code('console.log("next")')] });
    const run = await executeNotebook(path, { cellTimeoutSeconds: 1, stopOnError: false });
    expect(run.failures.map((failure) => [failure.index, failure.status])).toEqual([[0, "timeout"]]);
    expect(streamText(readNotebook(path).cells[1].outputs, "stdout")).toBe("next\n");
  });
});
