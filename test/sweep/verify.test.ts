import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toCsv } from "../../lib/io/csv.js";
import { logColumns } from "../../lib/sweep/runJob.js";
import { readLog } from "../../lib/sweep/trialLog.js";
import { runSweep } from "../../lib/sweep/runSweep.js";
import { sampleIndices, verifyLog } from "../../lib/sweep/verify.js";
import { tinyPlan } from "../fixtures/sweep/tinyPlan.js";

const quiet = { write: () => true };

describe("sampleIndices", () => {
  it("draws distinct sorted indices, the same for the same seed", () => {
    const a = sampleIndices(100, 10, 7);
    expect(a).toHaveLength(10);
    expect(new Set(a).size).toBe(10);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(sampleIndices(100, 10, 7)).toEqual(a);
    expect(sampleIndices(100, 10, 8)).not.toEqual(a);
    expect(sampleIndices(3, 10, 1)).toEqual([0, 1, 2]);
  });
});

describe("verifyLog", () => {
  it("finds a fresh log identical and names the column of an edited one", async () => {
    const out = mkdtempSync(join(tmpdir(), "verify-"));
    await runSweep({ plan: tinyPlan(), outDirectory: out, workers: 2, stream: quiet });
    const clean = verifyLog({ plan: tinyPlan(), directory: out, sample: 4 });
    expect(clean).toMatchObject({ logged: 9, mismatches: [], unknown: [] });
    expect(clean.checked).toHaveLength(4);

    const path = join(out, "trials.csv");
    const columns = logColumns("trial", ["group"]);
    const rows = readLog(path, columns).rows.map((row) => ({ ...row, best_loss: String(Number(row.best_loss) * (1 + 1e-12)) }));
    writeFileSync(path, toCsv(rows, columns));
    const dirty = verifyLog({ plan: tinyPlan(), directory: out, sample: 2 });
    expect(dirty.checked).toHaveLength(2);
    expect(dirty.mismatches.map((m) => m.column)).toEqual(["best_loss", "best_loss"]);
  }, 120_000);
});
