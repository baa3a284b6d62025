import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTraces } from "../../lib/notebook/readTraces.js";

describe("readTraces", () => {
  it("readTraces(directory) reads every traces/*.json, splits the key and sorts by it", () => {
    const directory = mkdtempSync(join(tmpdir(), "traces-"));
    mkdirSync(join(directory, "traces"));
    writeFileSync(join(directory, "traces", "b.json"), JSON.stringify({ key: "eml/v16/BalLog/xy/trace|uniform|138", trace: [[1, 2, 3]] }));
    writeFileSync(join(directory, "traces", "a.json"), JSON.stringify({ key: "eml/eq6/BalExp/xy/paper-clamp|default|137", trace: [[1, null, null]] }));
    writeFileSync(join(directory, "traces", "notes.txt"), "ignored");
    const traces = readTraces(directory);
    expect(traces.map((t) => [t.cell, t.strategy, t.seed])).toEqual([
      ["eml/eq6/BalExp/xy/paper-clamp", "default", 137], ["eml/v16/BalLog/xy/trace", "uniform", 138],
    ]);
    expect(traces[0].trace).toEqual([[1, null, null]]);
  });

  it("readTraces of a folder without traces/ is empty", () => {
    expect(readTraces(mkdtempSync(join(tmpdir(), "traces-")))).toEqual([]);
  });
});
