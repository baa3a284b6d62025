/**
 * `npm run trial` as a process: `node --import tsx cli/trial.ts ...` from the repository root.
 * Three full trials (~3-5 s each) and a dozen quick failures.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPOSITORY_ROOT } from "../../lib/paths.js";
import { FAILURE_TYPES, type TrialResult } from "../../lib/trialTypes.js";
import { goldenEntries } from "../helpers/goldenTraces.js";

interface Finished {
  status: number | null;
  stdout: string;
  stderr: string;
}

function trialCli(args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(REPOSITORY_ROOT, "cli", "trial.ts"), ...args], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, DEBUG: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const RESULT_FIELDS = [
  "arch", "target", "operator", "strategy", "seed", "depth", "exact", "mse_train", "mse_heldout",
  "rmse_train", "rmse_heldout", "expression", "latex", "signature", "target_signature", "structural_match",
  "failure_type", "best_loss", "phase_switch_iter", "iterations", "skipped_steps", "nan_restarts",
  "active_nodes", "wall_ms",
];

const paperEntry = goldenEntries().find((entry) => entry.arch === "eq6" && entry.target === "paper")!;
let directory = "";
const file = (name: string) => join(directory, name);

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "trial-cli-"));
  writeFileSync(file("entry.json"), JSON.stringify(paperEntry));
  writeFileSync(file("init.json"), JSON.stringify(paperEntry.init));
  writeFileSync(file("all.json"), JSON.stringify({ configs: [paperEntry, paperEntry] }));
  writeFileSync(file("broken.json"), "{ not json");
  writeFileSync(file("short.json"), JSON.stringify({ leaf_logits: [[0, 0, 0]], internal_logits: paperEntry.init.internal_logits }));
});

describe("cli/trial.ts", () => {
  it("--json prints one JSON object with every TrialResult field; the strategy defaults to V16's native 'biased'", async () => {
    const { status, stdout, stderr } = await trialCli(["--arch", "v16", "--target", "paper", "--seed", "137", "--json"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const result = JSON.parse(stdout) as TrialResult;
    expect(Object.keys(result).sort()).toEqual([...RESULT_FIELDS].sort());
    expect(result).toMatchObject({ arch: "v16", target: "paper", operator: "eml", strategy: "biased", seed: 137, depth: 3, iterations: 8000 });
    expect(FAILURE_TYPES).toContain(result.failure_type);
    expect(result.exact).toBe(result.failure_type === "none");
    expect(result.rmse_heldout).toBeCloseTo(Math.sqrt(result.mse_heldout), 12);
  });

  it("--init with one whole golden entry reproduces its exact recovery (eq6, paper), defaults taken from the entry", async () => {
    const { status, stdout, stderr } = await trialCli(["--init", file("entry.json")]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^trial\s+eq6, paper \(EML LR\(y,x\)\), strategy default, seed 137, depth 3$/m);
    expect(stdout).toMatch(/^expression\s+eml\(eml\(1, eml\(y, x\)\), 1\)$/m);
    expect(stdout).toMatch(/^LaTeX\s+\\operatorname\{eml\}/m);
    expect(stdout).toMatch(/^exact\s+yes/m);
    expect(stdout).toMatch(/^failure type\s+none$/m);
    expect(stdout).toMatch(/^RMSE\s+train \S+, held-out \S+ \(the init entry's points\)$/m);
    expect(stdout).toMatch(new RegExp(`^switch\\s+hardening from iteration ${paperEntry.phase_switch_iter} of 8000$`, "m"));
    expect(stdout).toMatch(/^time\s+\d+\.\d s$/m);
  });

  it("--init with bare init blocks and --trace gives the golden trace's first losses and one trace row per iteration", async () => {
    const { status, stdout } = await trialCli(["--init", file("init.json"), "--arch", "eq6", "--target", "paper", "--json", "--trace"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as TrialResult;
    expect(result.exact).toBe(true);
    expect(result.phase_switch_iter).toBe(paperEntry.phase_switch_iter);
    expect(result.trace).toHaveLength(8000);
    expect(result.trace!.map((row) => row[0])).toEqual(Array.from({ length: 8000 }, (_, i) => i + 1));
    for (const [iteration, data] of paperEntry.trace.filter(([iteration]) => iteration <= 100)) {
      expect(Math.abs(result.trace![iteration - 1][1]! - data!) / data!).toBeLessThan(1e-9);
    }
  });

  const badInputs: Array<[string, string[], RegExp]> = [
    ["an unknown architecture", ["--arch", "v17", "--target", "paper"], /--arch must be one of eq6, v16, hybrid \(got "v17"\)/],
    ["a missing architecture", ["--target", "paper"], /--arch is required \(one of eq6, v16, hybrid\)/],
    ["an unknown target", ["--arch", "eq6", "--target", "T9"], /--target must be one of T8, paper, T1, .*shockley \(got "T9"\)/],
    ["an unknown operator", ["--arch", "eq6", "--target", "paper", "--operator", "pml"], /--operator must be one of eml, sml, rml/],
    ["an operator the target does not use", ["--arch", "eq6", "--target", "paper", "--operator", "sml"], /does not match --target paper/],
    ["a strategy of another architecture", ["--arch", "eq6", "--target", "paper", "--strategy", "biased"], /--strategy for eq6 must be one of default \(got "biased"\)/],
    ["an unknown strategy", ["--arch", "v16", "--target", "paper", "--strategy", "hot"], /must be one of biased, uniform, xy_biased, random_hot, default/],
    ["a fractional seed", ["--arch", "v16", "--target", "paper", "--seed", "1.5"], /--seed must be an integer >= 0/],
    ["a depth out of range", ["--arch", "v16", "--target", "paper", "--depth", "1"], /--depth must be an integer from 2 to 8/],
    ["a non-numeric clamp", ["--arch", "v16", "--target", "paper", "--clamp", "big"], /--clamp must be a number/],
    ["a zero learning rate", ["--arch", "v16", "--target", "paper", "--learning-rate", "0"], /--learning-rate must be a positive number/],
    ["an unknown optimiser", ["--arch", "v16", "--target", "paper", "--optimiser", "sgd"], /--optimiser must be one of adam, adamw, rmsprop/],
    ["an unknown schedule", ["--arch", "v16", "--target", "paper", "--schedule", "exp"], /--schedule must be one of power, linear, cosine, step/],
    ["an unknown option", ["--arch", "v16", "--target", "paper", "--tau", "1"], /Unknown option '--tau'/],
    ["an unreadable init file", ["--arch", "eq6", "--target", "paper", "--init", "/nonexistent/init.json"], /--init: cannot read \/nonexistent\/init\.json \(ENOENT\)/],
    ["an init file that is not JSON", ["--arch", "eq6", "--target", "paper", "--init", "BROKEN"], /is not valid JSON/],
    ["an init file of the wrong shape", ["--arch", "eq6", "--target", "paper", "--init", "SHORT"], /'leaf_logits' must be a 8 x 3 array/],
    ["an init file for another architecture", ["--init", "ENTRY", "--arch", "v16"], /'blend_logits' must be a 7 x 2 array/],
    ["a whole golden-traces file", ["--init", "ALL"], /holds 2 golden entries \(configs\)/],
  ];

  for (const [what, args, message] of badInputs) {
    it.concurrent(`${what}: exit status 2 and one 'error:' line`, async () => {
      const named: Record<string, string> = { BROKEN: file("broken.json"), SHORT: file("short.json"), ENTRY: file("entry.json"), ALL: file("all.json") };
      const { status, stdout, stderr } = await trialCli(args.map((arg) => named[arg] ?? arg));
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^error: [^\n]+\n$/);
      expect(stderr).toMatch(message);
    });
  }

  it("--help prints the usage and exits 0", async () => {
    const { status, stdout } = await trialCli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run --silent trial -- --arch ARCH --target NAME/);
  });
});
