import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CandidateSpec } from "../../lib/fit/fitTypes.js";
import { runCandidates } from "../../lib/fit/runCandidates.js";

const ENTRY = join(process.cwd(), "lib", "fit", "fitWorkerEntry.mjs");
const x = Float64Array.from({ length: 8 }, (_, i) => 1 + i / 4);
const rows = { inputs: [x], output: x.map((v) => Math.exp(v) - 1) };
const spec = (strategy: CandidateSpec["strategy"], seed: number): CandidateSpec => ({
  arch: "eq6", strategy, seed, operator: "eml", depth: 2, variables: ["x"], train: rows, heldout: rows,
  settings: { searchIterations: 20, hardeningIterations: 10 },
});

describe("runCandidates", () => {
  it("runCandidates returns the candidates in the order of the specs, on worker threads as in this thread", async () => {
    const specs = [spec("default", 137), spec("default", 138), spec("default", 139)];
    const here = await runCandidates(specs, { workers: 0, workerEntry: ENTRY });
    const done: number[] = [];
    const threads = await runCandidates(specs, { workers: 2, workerEntry: ENTRY, onCandidate: (_, n) => done.push(n) });
    expect(threads.map((c) => c.seed)).toEqual([137, 138, 139]);
    expect(threads.map(({ wall_ms: _w, ...rest }) => rest)).toEqual(here.map(({ wall_ms: _w, ...rest }) => rest));
    expect(done).toEqual([1, 2, 3]);
  });

  it("runCandidates rejects, naming the candidate, when one fails", async () => {
    await expect(runCandidates([spec("biased", 137)], { workers: 1, workerEntry: ENTRY })).rejects.toThrow("candidate eq6/biased/137 failed: strategy 'biased' does not apply to eq6");
    await expect(runCandidates([spec("biased", 137)], { workers: 0, workerEntry: ENTRY })).rejects.toThrow("does not apply to eq6");
  });
});
