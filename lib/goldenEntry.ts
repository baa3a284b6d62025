/**
 * Entries of golden-traces.json (PROTOCOL.md, "Golden traces"): their shape, the initial
 * logits a file may hold (one whole entry, or bare blocks in its `init` layout), the
 * reference's held-out points as a dataset, and its snapped routing read back from text.
 */
import { validTargetPoints, type Dataset } from "./data.js";
import type { ArchitectureName, OperatorName, StrategyName } from "./protocol.js";
import { ARCHITECTURES } from "./protocol.js";
import type { Routing } from "./snap.js";
import type { Target } from "./targets.js";

/** Logit blocks by name (`leaf_logits`, `internal_logits`, `blend_logits`, `root_logits`). */
export type LogitBlocks = Record<string, number[][]>;

export interface GoldenEntry {
  arch: ArchitectureName;
  target: string;
  operator: OperatorName;
  strategy: StrategyName;
  seed: number;
  clamp: number;
  init: LogitBlocks;
  grad_iter1: LogitBlocks;
  /** [iteration, data loss, total loss]; null for a skipped step. */
  trace: Array<[number, number | null, number | null]>;
  skipped_steps: number;
  nan_restarts: number;
  phase_switch_iter: number;
  best_loss: number;
  best_params: LogitBlocks;
  snapped_description: string;
  mse_train: number;
  mse_heldout: number;
  exact: boolean;
  /** The reference's 500 held-out points, one array per variable. */
  heldout_points: Record<string, number[]>;
}

/** What a golden entry says about its own trial, for defaults. */
export interface EntryDefaults {
  arch: ArchitectureName;
  target: string;
  strategy: StrategyName;
  seed: number;
  clamp?: number;
  heldoutPoints?: Record<string, number[]>;
}

export interface InitialLogits {
  blocks: LogitBlocks;
  /** Present when the source was one whole golden entry. */
  entry?: EntryDefaults;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The initial logits of a parsed JSON value: a golden entry (its `init`, with the entry's
 * arch, target, strategy, seed, clamp and held-out points as defaults) or the blocks alone.
 * Throws a RangeError saying what is wrong; block shapes are checked later against the
 * architecture (parametersFromBlocks).
 */
export function initialLogitsFrom(json: unknown): InitialLogits {
  if (isRecord(json) && Array.isArray(json.configs)) {
    throw new RangeError(`this holds ${json.configs.length} golden entries (configs); give one entry or its init blocks`);
  }
  if (!isRecord(json)) throw new RangeError("expected a JSON object: one golden entry or its init blocks");
  if (!("init" in json)) return { blocks: checkedBlocks(json) };
  const { arch, target, strategy, seed, clamp, heldout_points: heldoutPoints } = json;
  if (typeof arch !== "string" || !(ARCHITECTURES as readonly string[]).includes(arch)) {
    throw new RangeError(`the entry's arch must be one of ${ARCHITECTURES.join(", ")} (got ${JSON.stringify(arch)})`);
  }
  if (typeof target !== "string") throw new RangeError("the entry's target must be a name");
  if (typeof strategy !== "string") throw new RangeError("the entry's strategy must be a name");
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) throw new RangeError("the entry's seed must be an integer");
  const entry: EntryDefaults = { arch: arch as ArchitectureName, target, strategy: strategy as StrategyName, seed };
  if (typeof clamp === "number" && clamp > 0) entry.clamp = clamp;
  if (heldoutPoints !== undefined) entry.heldoutPoints = checkedPoints(heldoutPoints);
  return { blocks: checkedBlocks(json.init), entry };
}

function checkedBlocks(value: unknown): LogitBlocks {
  if (!isRecord(value)) throw new RangeError("init must be an object of logit blocks");
  const names = Object.keys(value);
  if (names.length === 0) throw new RangeError("init holds no logit blocks (expected leaf_logits, ...)");
  for (const name of names) {
    const rows = value[name];
    if (!Array.isArray(rows) || !rows.every((row) => Array.isArray(row) && row.every((x) => typeof x === "number"))) {
      throw new RangeError(`init: '${name}' must be an array of rows of numbers`);
    }
  }
  return value as LogitBlocks;
}

function checkedPoints(value: unknown): Record<string, number[]> {
  if (!isRecord(value) || !Object.values(value).every((v) => Array.isArray(v) && v.every((x) => typeof x === "number"))) {
    throw new RangeError("heldout_points must map each variable to an array of numbers");
  }
  return value as Record<string, number[]>;
}

/** The reference's held-out points for a target, kept where the target is finite and real. */
export function heldoutFromPoints(target: Target, points: Record<string, number[]>): Dataset {
  const columns = target.variables.map((name) => {
    const values = points[name];
    if (!values) throw new RangeError(`heldout_points has no '${name}' for target ${target.name}`);
    return Float64Array.from(values);
  });
  if (columns.some((column) => column.length !== columns[0].length)) {
    throw new RangeError("heldout_points must give every variable the same number of points");
  }
  return validTargetPoints(target, columns);
}

/**
 * The routing in a golden `snapped_description`, e.g. "Internal routing: 1, f" and
 * "Leaf routing: y, x" (Eq. 6), "Leaves: ..." and "Gates: (1,0), ..." (V16), "Root: (1, f)"
 * (Hybrid), in the shape of snappedRouting's result.
 */
export function routingFromDescription(description: string): Routing {
  const fields = new Map<string, string>();
  for (const line of description.split("\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const list = (text: string) => text.split(",").map((item) => item.trim());
  const leaves = fields.get("Leaf routing") ?? fields.get("Leaves");
  if (leaves === undefined) throw new RangeError(`no leaf routing in ${JSON.stringify(description)}`);
  const routing: Routing = { leaves: list(leaves) };
  const internal = fields.get("Internal routing");
  if (internal !== undefined) routing.internal = list(internal);
  const gates = fields.get("Gates");
  if (gates !== undefined) {
    routing.gates = [...gates.matchAll(/\((\d),\s*(\d)\)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  }
  const root = fields.get("Root");
  if (root !== undefined) routing.root = list(root.replace(/^\(|\)$/g, ""));
  return routing;
}
