import { describe, expect, it } from "vitest";
import { parseTrialArguments, type TrialInvocation } from "../../cli/trialOptions.js";
import { UsageError } from "../../lib/cliError.js";
import type { GoldenEntry } from "../../lib/goldenEntry.js";
import { goldenEntries } from "../helpers/goldenTraces.js";

const entries = goldenEntries();
const hybridEntry = entries.find((entry) => entry.arch === "hybrid" && entry.strategy === "random_hot")!;

/** Parse with --init reading from an in-memory file table. */
function parse(args: string[], files: Record<string, unknown> = {}): Exclude<TrialInvocation, { help: true }> {
  const invocation = parseTrialArguments(args, (path) => {
    if (!(path in files)) throw Object.assign(new Error("no such file"), { code: "ENOENT" });
    return typeof files[path] === "string" ? (files[path] as string) : JSON.stringify(files[path]);
  });
  if (invocation.help) throw new Error("unexpected --help");
  return invocation;
}

describe("parseTrialArguments(args)", () => {
  it("defaults the strategy to the architecture's native one and the seed to 137", () => {
    expect(parse(["--arch", "eq6", "--target", "paper"]).spec).toMatchObject({ strategy: "default", seed: 137 });
    expect(parse(["--arch", "v16", "--target", "paper"]).spec).toMatchObject({ strategy: "biased", seed: 137 });
    expect(parse(["--arch", "hybrid", "--target", "T1"]).spec).toMatchObject({ strategy: "biased", seed: 137 });
  });

  it("maps each training option onto its TrainingSettings override, and nothing when none is given", () => {
    expect(parse(["--arch", "v16", "--target", "paper"]).spec.settings).toEqual({});
    const { spec } = parse([
      "--arch", "v16", "--target", "paper", "--depth", "4", "--clamp", "1e8", "--optimiser", "rmsprop",
      "--schedule", "cosine", "--learning-rate", "0.003", "--epsilon", "1e-9", "--noise", "0.05",
      "--noise-relative", "--heldout-seed", "7",
    ]);
    expect(spec.settings).toEqual({
      depth: 4, clamp: 1e8, optimiser: "rmsprop", schedule: "cosine", learningRate: 0.003,
      entropyEpsilon: 1e-9, noiseSigma: 0.05, noiseRelative: true, heldoutSeed: 7,
    });
  });

  it("--json and --trace set the output mode and the trace request", () => {
    const invocation = parse(["--arch", "v16", "--target", "paper", "--json", "--trace"]);
    expect(invocation.json).toBe(true);
    expect(invocation.spec.trace).toBe(true);
    expect(parse(["--arch", "v16", "--target", "paper"]).json).toBe(false);
  });

  it("--init with a whole golden entry takes arch, target, strategy, seed, clamp and held-out points from it", () => {
    const invocation = parse(["--init", "entry.json"], { "entry.json": hybridEntry });
    expect(invocation.spec).toMatchObject({
      arch: "hybrid", target: hybridEntry.target, strategy: "random_hot", seed: hybridEntry.seed,
      settings: { clamp: 1e300 }, init: hybridEntry.init,
    });
    expect(invocation.heldout?.points.count).toBe(500);
    expect(Array.from(invocation.heldout!.points.variables[0].slice(0, 3))).toEqual(hybridEntry.heldout_points.x.slice(0, 3));
  });

  it("options given on the command line win over the entry's, and --heldout-seed replaces its points", () => {
    const invocation = parse(["--init", "entry.json", "--seed", "9", "--strategy", "uniform", "--heldout-seed", "1"], { "entry.json": hybridEntry });
    expect(invocation.spec).toMatchObject({ seed: 9, strategy: "uniform", settings: { heldoutSeed: 1 } });
    expect(invocation.heldout).toBeUndefined();
  });

  it("--init with bare blocks needs --arch and --target", () => {
    const blocks = (entries[0] as GoldenEntry).init;
    expect(() => parse(["--init", "init.json"], { "init.json": blocks })).toThrow(/--arch is required/);
    expect(parse(["--init", "init.json", "--arch", "eq6", "--target", "paper"], { "init.json": blocks }).spec.init).toEqual(blocks);
  });

  it("checks init blocks against the architecture at the requested depth", () => {
    const blocks = (entries[0] as GoldenEntry).init;
    expect(() => parse(["--init", "init.json", "--arch", "eq6", "--target", "paper", "--depth", "4"], { "init.json": blocks }))
      .toThrow(/'leaf_logits' must be a 16 x 3 array/);
  });

  it("throws UsageErrors, not other errors, for bad input", () => {
    const cases: string[][] = [
      ["--arch", "x", "--target", "paper"], ["--arch", "v16", "--target", "paper", "--seed", "-1"],
      ["--arch", "v16", "--target", "paper", "--epsilon", "0"], ["--arch", "v16", "--target", "paper", "--noise=-0.1"],
      ["--arch", "v16", "--target", "paper", "--heldout-seed", "1e3"], ["--arch", "v16", "--target", "paper", "--trace"],
      ["--arch", "v16", "--target", "paper", "--init", "missing.json"], ["--arch", "v16", "--target", "paper", "--init", "text.json"],
      ["--arch", "v16", "--target", "paper", "--init", "array.json"],
    ];
    for (const args of cases) {
      expect(() => parse(args, { "text.json": "[1,", "array.json": [1, 2] }), args.join(" ")).toThrow(UsageError);
    }
  });

  it("--help asks for the usage text", () => {
    expect(parseTrialArguments(["--help"])).toEqual({ help: true });
    expect(parseTrialArguments(["-h"])).toEqual({ help: true });
  });
});
