import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../lib/io/csv.js";
import { planJobs } from "../../lib/plans/cells.js";
import { mergeLogs, MergeError } from "../../lib/sweep/mergeLogs.js";
import { logColumns } from "../../lib/sweep/runJob.js";
import { runSweep, shardJobs, writeSummaries } from "../../lib/sweep/runSweep.js";
import { LogError, readLog } from "../../lib/sweep/trialLog.js";
import { tinyPlan } from "../fixtures/sweep/tinyPlan.js";

const quiet = { write: () => true };
const temp = () => mkdtempSync(join(tmpdir(), "sweep-"));
const columns = logColumns("trial", ["group"]);

/** Rows sorted by key without the wall time, which is the only field allowed to differ. */
function results(directory: string, file = "trials.csv"): string[] {
  return readLog(join(directory, file), columns).rows
    .map(({ wall_ms: _wall, ...rest }) => JSON.stringify(rest))
    .sort();
}

describe("runSweep", () => {
  it("runs every job of a plan once and writes the log, cells.csv and provenance", async () => {
    const out = temp();
    const outcome = await runSweep({ plan: tinyPlan(), outDirectory: out, workers: 2, stream: quiet });
    expect(outcome).toMatchObject({ total: 9, doneBefore: 0, ranNow: 9, failed: [], interrupted: false });
    expect(results(out)).toHaveLength(9);
    const cells = parseCsv(readFileSync(join(out, "cells.csv"), "utf8"));
    expect(cells.rows).toHaveLength(2);
    expect(cells.header).toEqual(expect.arrayContaining(["operator", "arch", "shape", "leaf_order", "depth", "trials", "exact", "rate", "ci_low", "ci_high", "soft_fit", "snap_survival"]));
    const provenance = JSON.parse(readFileSync(join(out, "provenance.json"), "utf8"));
    expect(provenance.sessions[0]).toMatchObject({ jobs_total: 9, jobs_run: 9 });
    expect(provenance.protocol.searchIterations).toBe(6000);
  });

  it("gives the same results whatever the worker count", async () => {
    const one = temp();
    const two = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: one, workers: 1, stream: quiet });
    await runSweep({ plan: tinyPlan(), outDirectory: two, workers: 2, stream: quiet });
    expect(results(two)).toEqual(results(one));
    expect(readFileSync(join(two, "cells.csv"), "utf8")).toBe(readFileSync(join(one, "cells.csv"), "utf8"));
  });

  it("resumes a stopped sweep, skipping finished trials, to the uninterrupted result", async () => {
    const whole = temp();
    const parts = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: whole, workers: 2, stream: quiet });
    const first = await runSweep({ plan: tinyPlan(), outDirectory: parts, workers: 1, limit: 4, stream: quiet });
    expect(first.ranNow).toBe(4);
    const second = await runSweep({ plan: tinyPlan(), outDirectory: parts, workers: 2, stream: quiet });
    expect(second).toMatchObject({ doneBefore: 4, ranNow: 5 });
    expect(results(parts)).toEqual(results(whole));
    expect(readFileSync(join(parts, "cells.csv"), "utf8")).toBe(readFileSync(join(whole, "cells.csv"), "utf8"));
  });

  it("survives SIGKILL in the middle of a sweep and resumes to the uninterrupted result", async () => {
    const whole = temp();
    const killed = temp();
    const script = join(__dirname, "../fixtures/sweep/runTiny.ts");
    spawnSync(process.execPath, ["--import", "tsx", script, whole, "2", "400"], { stdio: "ignore" });
    const child = spawn(process.execPath, ["--import", "tsx", script, killed, "2", "400"], { stdio: "ignore" });
    const log = join(killed, "trials.csv");
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const lines = existsSync(log) ? readFileSync(log, "utf8").split("\n").length - 2 : 0;
        if (lines >= 3) {
          clearInterval(poll);
          child.kill("SIGKILL");
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.once("exit", resolve));
    const partial = readLog(log, columns).rows.length;
    expect(partial).toBeGreaterThanOrEqual(3);
    expect(partial).toBeLessThan(9);
    spawnSync(process.execPath, ["--import", "tsx", script, killed, "2", "400"], { stdio: "ignore" });
    expect(results(killed)).toEqual(results(whole));
    expect(readFileSync(join(killed, "cells.csv"), "utf8")).toBe(readFileSync(join(whole, "cells.csv"), "utf8"));
  });

  it("drops a partial last line left by a kill, and reruns that trial", async () => {
    const out = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: out, workers: 2, limit: 3, stream: quiet });
    appendFileSync(join(out, "trials.csv"), "eml/v16/LR/yx|biased|139,eml/v16/LR/yx,a,eml,v16");
    let repaired = "";
    await runSweep({ plan: tinyPlan(), outDirectory: out, workers: 2, stream: { write: (t: string) => ((repaired += t), true) } });
    expect(repaired).toMatch(/dropped a partial last line/);
    expect(results(out)).toHaveLength(9);
  });

  it("refuses a log with other columns or a duplicated trial", async () => {
    const out = temp();
    writeFileSync(join(out, "trials.csv"), "key,cell,other\n");
    await expect(runSweep({ plan: tinyPlan(), outDirectory: out, workers: 1, stream: quiet })).rejects.toThrow(LogError);
    const dup = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: dup, workers: 1, limit: 1, stream: quiet });
    const text = readFileSync(join(dup, "trials.csv"), "utf8");
    writeFileSync(join(dup, "trials.csv"), text + text.split("\n")[1] + "\n");
    expect(() => readLog(join(dup, "trials.csv"), columns)).toThrow(/twice/);
  });
});

describe("reuse", () => {
  it("copies trials of identical specification from another plan's log instead of training", async () => {
    const first = temp();
    const second = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: first, workers: 2, stream: quiet });
    const renamed = { ...tinyPlan(), name: "tiny-again", cells: () => tinyPlan().cells().map((c) => ({ ...c, id: `again/${c.id}` })) };
    const outcome = await runSweep({ plan: renamed, outDirectory: second, workers: 2, reuseFrom: [first], stream: quiet });
    expect(outcome).toMatchObject({ doneBefore: 9, ranNow: 0 });
    const strip = (rows: Array<Record<string, string>>) => rows.map(({ key: _k, cell: _c, ...rest }) => JSON.stringify(rest)).sort();
    expect(strip(readLog(join(second, "trials.csv"), columns).rows)).toEqual(strip(readLog(join(first, "trials.csv"), columns).rows));
  });
});

describe("reuse of traced trials", () => {
  it("trains the trials a cell traces, so that their loss traces are written, and reuses the others", async () => {
    const first = temp();
    const second = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: first, workers: 2, stream: quiet });
    const traced = {
      ...tinyPlan(), name: "tiny-traced",
      cells: () => tinyPlan().cells().map((c) => ({ ...c, id: `traced/${c.id}`, ...(c.arch === "eq6" ? { traceSeeds: [137] } : {}) })),
    };
    const outcome = await runSweep({ plan: traced, outDirectory: second, workers: 1, reuseFrom: [first], stream: quiet });
    expect(outcome).toMatchObject({ doneBefore: 8, ranNow: 1 });
    expect(existsSync(join(second, "traces", "traced_sml_eq6_RL_xy_default_137.json"))).toBe(true);
  });
});

describe("shards and merge", () => {
  it("shardJobs splits the plan into disjoint slices that cover it", () => {
    const jobs = planJobs(tinyPlan().cells());
    const slices = [1, 2, 3].map((index) => shardJobs(jobs, { index, count: 3 }).map((j) => j.key));
    expect(slices.flat().sort()).toEqual(jobs.map((j) => j.key).sort());
    expect(new Set(slices.flat()).size).toBe(jobs.length);
  });

  it("merging two shards equals a single run", async () => {
    const single = temp();
    const sharded = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: single, workers: 2, stream: quiet });
    await runSweep({ plan: tinyPlan(), outDirectory: sharded, workers: 1, shard: { index: 1, count: 2 }, stream: quiet });
    await runSweep({ plan: tinyPlan(), outDirectory: sharded, workers: 1, shard: { index: 2, count: 2 }, stream: quiet });
    const logs = [1, 2].map((k) => ({ name: `shard ${k}`, rows: readLog(join(sharded, `trials.shard-${k}-of-2.csv`), columns).rows }));
    const plan = tinyPlan();
    const merged = mergeLogs(planJobs(plan.cells()), logs);
    writeSummaries(plan, plan.cells(), merged, sharded);
    expect(merged.map(({ wall_ms: _w, ...rest }) => JSON.stringify(rest)).sort()).toEqual(results(single));
    expect(readFileSync(join(sharded, "cells.csv"), "utf8")).toBe(readFileSync(join(single, "cells.csv"), "utf8"));
  });

  it("mergeLogs refuses overlapping logs and trials of another plan", async () => {
    const out = temp();
    await runSweep({ plan: tinyPlan(), outDirectory: out, workers: 1, limit: 2, stream: quiet });
    const rows = readLog(join(out, "trials.csv"), columns).rows;
    const jobs = planJobs(tinyPlan().cells());
    expect(() => mergeLogs(jobs, [{ name: "a", rows }, { name: "b", rows }])).toThrow(MergeError);
    expect(() => mergeLogs(jobs, [{ name: "a", rows }, { name: "b", rows }])).toThrow(/both a and b/);
    const foreign = [{ ...rows[0], key: "eml/v16/LR/yx|biased|999" }];
    expect(() => mergeLogs(jobs, [{ name: "c", rows: foreign }])).toThrow(/not a trial of this plan/);
  });
});
