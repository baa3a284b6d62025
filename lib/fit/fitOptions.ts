/** The options of a fit with their defaults, and the one place that checks them. */
import { VALID_STRATEGIES } from "../initialise.js";
import { ARCHITECTURES, OPERATORS, STRATEGIES, type ArchitectureName, type StrategyName } from "../protocol.js";
import type { FitOptions } from "./fitTypes.js";

export const FIT_DEFAULTS: Readonly<FitOptions> = Object.freeze({
  operator: "eml",
  depth: 3,
  archs: [...ARCHITECTURES],
  strategies: {},
  seeds: 16,
  holdout: 0.2,
  splitSeed: 0,
  settings: {},
  runnersUp: 3,
});

/** Held-out fractions outside this range leave too little to train on or to select with. */
export const HOLDOUT_RANGE = Object.freeze({ min: 0.05, max: 0.5 });

function fail(option: string, requirement: string, value: unknown): never {
  throw new RangeError(`fit option '${option}' ${requirement}, got ${JSON.stringify(value)}`);
}

/** Options with defaults filled in; a RangeError names the first bad option. */
export function resolveFitOptions(options: Partial<FitOptions> = {}): FitOptions {
  const resolved: FitOptions = { ...FIT_DEFAULTS, ...options };
  const { operator, depth, archs, seeds, holdout, splitSeed, runnersUp } = resolved;
  if (!OPERATORS.includes(operator)) fail("operator", `must be one of ${OPERATORS.join(", ")}`, operator);
  if (!Number.isInteger(depth) || depth < 2 || depth > 8) fail("depth", "must be an integer from 2 to 8", depth);
  if (archs.length === 0 || new Set(archs).size !== archs.length || archs.some((a) => !ARCHITECTURES.includes(a))) {
    fail("archs", `must list distinct architectures among ${ARCHITECTURES.join(", ")}`, archs);
  }
  if (!Number.isInteger(seeds) || seeds < 1) fail("seeds", "must be a positive integer", seeds);
  if (!(holdout >= HOLDOUT_RANGE.min && holdout <= HOLDOUT_RANGE.max)) {
    fail("holdout", `must be between ${HOLDOUT_RANGE.min} and ${HOLDOUT_RANGE.max}`, holdout);
  }
  if (!Number.isSafeInteger(splitSeed)) fail("splitSeed", "must be an integer", splitSeed);
  if (!Number.isInteger(runnersUp) || runnersUp < 0) fail("runnersUp", "must be a non-negative integer", runnersUp);
  if ("depth" in resolved.settings) fail("settings", "cannot set depth (use the depth option)", resolved.settings);
  return { ...resolved, archs: [...archs], strategies: strategiesFor(archs, resolved.strategies) };
}

/** Each architecture's strategies: as given (checked), else its native set (protocol.ts STRATEGIES). */
function strategiesFor(
  archs: readonly ArchitectureName[], given: Partial<Record<ArchitectureName, StrategyName[]>>,
): Partial<Record<ArchitectureName, StrategyName[]>> {
  const out: Partial<Record<ArchitectureName, StrategyName[]>> = {};
  for (const arch of archs) {
    const strategies = given[arch] ?? [...STRATEGIES[arch]];
    const valid = VALID_STRATEGIES[arch];
    if (strategies.length === 0 || strategies.some((s) => !valid.includes(s))) {
      fail(`strategies.${arch}`, `must list strategies among ${valid.join(", ")}`, strategies);
    }
    out[arch] = [...strategies];
  }
  return out;
}
