import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { CANDIDATE_COLUMNS } from "../../lib/fit/fitTypes.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run fit -- args` without npm: node with tsx, from the repository root. */
function fit(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "cli/fit.ts", ...args], { cwd: process.cwd() }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i + 1)).join("\n");

const FILES: Record<string, string> = {
  "good.csv": `x,z\n${rows(12, (i) => `${i},${2 * i}`)}\n`,
  "few.csv": "x,z\n1,2\n2,3\n",
  "headerless.csv": rows(12, (i) => `${i},${2 * i}`),
  "constant.csv": `x,z\n${rows(12, (i) => `${i},4`)}\n`,
  "nan.csv": `x,z\n${rows(12, (i) => `${i},${i === 4 ? "NaN" : i === 9 ? "inf" : i}`)}\n`,
  "text.csv": `x,z\n${rows(12, (i) => `${i === 5 ? "n/a" : i},${i}`)}\n`,
};

let directory = "";
const path = (name: string) => join(directory, name);

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "fit-cli-"));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(path(name), text);
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** [case, arguments (file names relative to the temporary folder), text the error line contains]. */
const BAD: Array<[string, () => string[], string]> = [
  ["a missing file", () => [path("absent.csv"), "--inputs", "x", "--output", "z"], "cannot read"],
  ["a missing column", () => [path("good.csv"), "--inputs", "q", "--output", "z"], "no column 'q' (columns: x, z)"],
  ["a non-numeric column", () => [path("text.csv"), "--inputs", "x", "--output", "z"], `column 'x' is not numeric: row 5`],
  ["too few rows", () => [path("few.csv"), "--inputs", "x", "--output", "z"], "too few rows: 2 data rows, a fit needs at least 10"],
  ["NaN or infinite values", () => [path("nan.csv"), "--inputs", "x", "--output", "z"], "NaN or infinite values in rows 4, 9"],
  ["a header-less file", () => [path("headerless.csv"), "--inputs", "x", "--output", "z"], "needs a header line"],
  ["a constant output column", () => [path("constant.csv"), "--inputs", "x", "--output", "z"], "output column 'z' is constant"],
  ["an unknown operator", () => [path("good.csv"), "--inputs", "x", "--output", "z", "--operator", "xml"], "--operator must be one of eml, sml, rml"],
  ["an unknown architecture", () => [path("good.csv"), "--inputs", "x", "--output", "z", "--archs", "eq6,v17"], "--archs must be one of eq6, v16, hybrid"],
  ["a bad seed count", () => [path("good.csv"), "--inputs", "x", "--output", "z", "--seeds", "0"], "--seeds must be a positive integer"],
  ["a held-out fraction out of range", () => [path("good.csv"), "--inputs", "x", "--output", "z", "--holdout", "0.7"], "--holdout must be between 0.05 and 0.5"],
  ["a non-numeric depth", () => [path("good.csv"), "--inputs", "x", "--output", "z", "--depth", "three"], "--depth must be a number"],
  ["no --inputs", () => [path("good.csv"), "--output", "z"], "--inputs is required"],
  ["no --output", () => [path("good.csv"), "--inputs", "x"], "--output is required"],
  ["three inputs", () => [path("good.csv"), "--inputs", "x,y,w", "--output", "z"], "one or two columns"],
  ["no data file", () => ["--inputs", "x", "--output", "z"], "give exactly one data file"],
  ["an unknown option", () => [path("good.csv"), "--inputs", "x", "--output", "z", "--seed", "3"], "Unknown option '--seed'"],
];

describe("npm run fit: bad input", () => {
  // Spawned two at a time: every case is a process start, on a machine shared with sweeps.
  const results = new Map<string, Promise<Run>>();
  const runAll = async () => {
    const queue = [...BAD];
    const next = async (): Promise<void> => {
      const item = queue.shift();
      if (!item) return;
      results.set(item[0], fit(item[1]()));
      await results.get(item[0]);
      return next();
    };
    await Promise.all([next(), next()]);
  };
  let all: Promise<void>;

  for (const [name, , message] of BAD) {
    it(`fit with ${name} exits 2 with one line 'error: ...' on stderr and nothing on stdout`, async () => {
      all ??= runAll();
      await all;
      const run = await results.get(name)!;
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(run.stderr).toMatch(/^error: /);
      expect(run.stderr).toContain(message);
    });
  }
});

describe("npm run fit: output", () => {
  it("fit --json writes the result with the full candidate table to stdout, and notes inputs <= 0 once on stderr", async () => {
    const file = path("shifted.csv");
    writeFileSync(file, `x,z\n${rows(12, (i) => `${i - 3},${Math.exp(i - 3) - 1}`)}\n`);
    const run = await fit([file, "--inputs", "x", "--output", "z", "--archs", "eq6", "--seeds", "1", "--workers", "1", "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.candidates).toHaveLength(1);
    expect(Object.keys(result.candidates[0])).toEqual([...CANDIDATE_COLUMNS]);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(["selected", "runnersUp", "rows", "notes", "source"]));
    const notes = run.stderr.split("\n").filter((line) => line.startsWith("note: "));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("3 of 12 rows have an input <= 0 (x: 3)");
  });

  it("fit prints the selected expression, its LaTeX, RMSEs and agreement", async () => {
    const run = await fit(["data/examples/eml-surface.csv", "--inputs", "x,y", "--output", "z", "--archs", "eq6", "--seeds", "1", "--workers", "1"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^selected {4}eml\(eml\(1, eml\(y, x\)\), 1\)$/m);
    expect(run.stdout).toMatch(/^LaTeX {7}\\operatorname\{eml\}/m);
    expect(run.stdout).toMatch(/^RMSE {8}training \S+, held-out \S+$/m);
    expect(run.stdout).toMatch(/^agreement {3}1 of 1 candidates reached it \(eq6 1\)$/m);
  });
});
