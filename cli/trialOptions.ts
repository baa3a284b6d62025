/**
 * The options of `npm run trial`, checked into a TrialSpec: every bad name or number becomes a
 * UsageError naming the option and, for names, the valid values.
 */
import { readFileSync } from "node:fs";
import { buildArchitecture } from "../lib/architecture.js";
import { choice, number, parseCliArgs, UsageError } from "../lib/cliError.js";
import type { Dataset } from "../lib/data.js";
import { heldoutFromPoints, initialLogitsFrom, type InitialLogits } from "../lib/goldenEntry.js";
import { parametersFromBlocks, VALID_STRATEGIES } from "../lib/initialise.js";
import {
  ARCHITECTURES, FIRST_SEED, OPERATORS, OPTIMISERS, PROTOCOL, SCHEDULES, STRATEGIES,
  type TrainingSettings,
} from "../lib/protocol.js";
import { TARGETS, targetNamed } from "../lib/targets.js";
import type { TrialSpec } from "../lib/trialTypes.js";

export const TRIAL_USAGE = `Usage: npm run --silent trial -- --arch ARCH --target NAME [options]

Runs one trial of PROTOCOL.md and prints a short summary, or one JSON object with --json.

  --arch ARCH            ${ARCHITECTURES.join(", ")}
  --target NAME          a catalogue name: paper, T1, T4, T8, S_LR, E_Bal, shockley, ...
  --operator OP          optional check that the target uses this operator (${OPERATORS.join(", ")})
  --strategy NAME        initialisation; default the architecture's native one (eq6: default, v16/hybrid: biased)
  --seed N               trial seed (default ${FIRST_SEED})
  --init FILE            start from these initial logits: one golden-traces entry (then arch, target,
                         strategy, seed, clamp and held-out points default to the entry's) or its init blocks
  --depth N              tree depth, 2..8 (default 3)
  --clamp C              output clamp (default: eq6 1e6, v16/hybrid 1e300)
  --optimiser NAME       ${OPTIMISERS.join(", ")} (default adam)
  --schedule NAME        hardening temperature schedule: ${SCHEDULES.join(", ")} (default power)
  --learning-rate R      base learning rate (default 0.01)
  --epsilon E            the epsilon in the entropy penalties' log(p + eps) (default 1e-12)
  --noise SIGMA          Gaussian noise on the training targets (default 0)
  --noise-relative       SIGMA is relative to the targets' RMS
  --heldout-seed N       seed of the 500 held-out points (default 12345)
  --json                 print the whole result as one JSON object
  --trace                with --json: add trace, [iteration, data loss, total loss] for every iteration
  -h, --help             this text
`;

const OPTIONS = {
  arch: { type: "string" },
  target: { type: "string" },
  operator: { type: "string" },
  strategy: { type: "string" },
  seed: { type: "string" },
  init: { type: "string" },
  depth: { type: "string" },
  clamp: { type: "string" },
  optimiser: { type: "string" },
  schedule: { type: "string" },
  "learning-rate": { type: "string" },
  epsilon: { type: "string" },
  noise: { type: "string" },
  "noise-relative": { type: "boolean" },
  "heldout-seed": { type: "string" },
  json: { type: "boolean" },
  trace: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export type TrialInvocation =
  | { help: true }
  | { help?: false; spec: TrialSpec; heldout?: Dataset; json: boolean };

/** A required name: missing or unknown, the message lists the valid values. */
function requiredChoice<T extends string>(name: string, value: string | undefined, valid: readonly T[]): T {
  if (value === undefined) throw new UsageError(`${name} is required (one of ${valid.join(", ")})`);
  return choice(name, value, valid);
}

function integerIn(name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value.trim());
  if (!/^\s*\+?\d+\s*$/.test(value) || !Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    throw new UsageError(`${name} must be ${range} (got "${value}")`);
  }
  return parsed;
}

function positive(name: string, value: string): number {
  const parsed = number(name, value);
  if (!(parsed > 0)) throw new UsageError(`${name} must be a positive number (got "${value}")`);
  return parsed;
}

function readInitFile(path: string, readText: (path: string) => string): InitialLogits {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`--init: cannot read ${path}${code ? ` (${code})` : ""}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--init: ${path} is not valid JSON (${(error as Error).message})`);
  }
  try {
    return initialLogitsFrom(json);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`--init: ${path}: ${error.message}`);
    throw error;
  }
}

function settingsFrom(values: Record<string, string | boolean | undefined>, entryClamp?: number): Partial<TrainingSettings> {
  const text = (name: string) => values[name] as string | undefined;
  const settings: Partial<TrainingSettings> = {};
  if (text("depth") !== undefined) settings.depth = integerIn("--depth", text("depth")!, 2, 8);
  if (text("clamp") !== undefined) settings.clamp = positive("--clamp", text("clamp")!);
  else if (entryClamp !== undefined) settings.clamp = entryClamp;
  if (text("optimiser") !== undefined) settings.optimiser = choice("--optimiser", text("optimiser"), OPTIMISERS);
  if (text("schedule") !== undefined) settings.schedule = choice("--schedule", text("schedule"), SCHEDULES);
  if (text("learning-rate") !== undefined) settings.learningRate = positive("--learning-rate", text("learning-rate")!);
  if (text("epsilon") !== undefined) settings.entropyEpsilon = positive("--epsilon", text("epsilon")!);
  if (text("noise") !== undefined) settings.noiseSigma = number("--noise", text("noise"), { min: 0 });
  if (values["noise-relative"]) {
    if (settings.noiseSigma === undefined) throw new UsageError("--noise-relative needs --noise");
    settings.noiseRelative = true;
  }
  if (text("heldout-seed") !== undefined) settings.heldoutSeed = integerIn("--heldout-seed", text("heldout-seed")!, 0);
  return settings;
}

/** Parse and check the command line of `npm run trial`. */
export function parseTrialArguments(
  args: string[],
  readText: (path: string) => string = (path) => readFileSync(path, "utf8"),
): TrialInvocation {
  const { values } = parseCliArgs({ args, options: OPTIONS, strict: true, allowPositionals: false });
  if (values.help) return { help: true };
  if (values.trace && !values.json) throw new UsageError("--trace needs --json");
  const initial = values.init === undefined ? undefined : readInitFile(values.init, readText);
  const entry = initial?.entry;

  const arch = requiredChoice("--arch", values.arch ?? entry?.arch, ARCHITECTURES);
  const targetName = requiredChoice("--target", values.target ?? entry?.target, [...TARGETS.keys()]);
  const target = targetNamed(targetName);
  if (values.operator !== undefined) {
    const operator = choice("--operator", values.operator, OPERATORS);
    if (operator !== target.operator) {
      throw new UsageError(`--operator ${operator} does not match --target ${targetName}, an ${target.operator} target`);
    }
  }
  const strategy = choice(`--strategy for ${arch}`, values.strategy ?? entry?.strategy ?? STRATEGIES[arch][0], VALID_STRATEGIES[arch]);
  const seed = values.seed !== undefined ? integerIn("--seed", values.seed, 0) : entry?.seed ?? FIRST_SEED;
  const settings = settingsFrom(values, entry?.clamp);

  const spec: TrialSpec = { arch, target: targetName, strategy, seed, settings };
  if (initial) {
    try {
      parametersFromBlocks(buildArchitecture(arch, settings.depth ?? PROTOCOL.depth, target.variables), initial.blocks);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(`--init ${values.init}: ${error.message}`);
      throw error;
    }
    spec.init = initial.blocks;
  }
  if (values.trace) spec.trace = true;
  // The entry's own held-out points reproduce its mse_heldout, unless another sample is asked for.
  const useEntryPoints = entry?.heldoutPoints && entry.target === targetName && settings.heldoutSeed === undefined;
  const heldout = useEntryPoints ? heldoutFromPoints(target, entry.heldoutPoints!) : undefined;
  return { spec, heldout, json: values.json ?? false };
}
