/**
 * Seeded initial logits for every strategy of PROTOCOL.md ("Initialisation"). One standard
 * normal is drawn per parameter in layout order, then the strategy's discrete choices, so the
 * strategies of one seed share their normals (as the reference's do).
 * "default" is Eq. 6's native 0.1 N for every logit; it is also accepted for V16 and Hybrid
 * (the initialisation control of Sec. 4.5).
 */
import type { Architecture } from "./architecture.js";
import type { ArchitectureName, StrategyName } from "./protocol.js";
import type { Random } from "./random.js";

export const VALID_STRATEGIES: Readonly<Record<ArchitectureName, readonly StrategyName[]>> = {
  eq6: ["default"],
  v16: ["biased", "uniform", "xy_biased", "random_hot", "default"],
  hybrid: ["biased", "uniform", "xy_biased", "random_hot", "default"],
};

export function initialParameters(architecture: Architecture, strategy: StrategyName, random: Random): Float64Array {
  const valid = VALID_STRATEGIES[architecture.name];
  if (!valid.includes(strategy)) {
    throw new RangeError(`strategy '${strategy}' does not apply to ${architecture.name} (valid: ${valid.join(", ")})`);
  }
  const params = new Float64Array(architecture.parameterCount);
  for (let i = 0; i < params.length; i++) params[i] = random.normal();
  if (strategy === "default") {
    for (let i = 0; i < params.length; i++) params[i] *= 0.1;
    return params;
  }
  const leafSize = 1 + architecture.variables.length;
  for (const offset of architecture.leafOffsets) {
    if (strategy === "biased") params[offset] += 2;
    else if (strategy === "xy_biased") for (let v = 1; v < leafSize; v++) params[offset + v] += 1;
    else if (strategy === "random_hot") params[offset + random.integer(leafSize)] += 3;
  }
  for (const gate of architecture.gates) {
    params[gate] += strategy === "random_hot" ? 3 : 4;
    if (strategy === "random_hot" && random.uniform() < 0.25) params[gate] -= 6;
  }
  for (const { offset, size } of architecture.rootSoftmaxes) {
    if (strategy === "biased") params[offset] += 2;
    else if (strategy === "random_hot") params[offset + random.integer(size)] += 3;
  }
  return params;
}

/** Initial logits from the golden-trace layout ({ leaf_logits: [[...]], blend_logits: ..., ... }). */
export function parametersFromBlocks(architecture: Architecture, blocks: Record<string, unknown>): Float64Array {
  const params = new Float64Array(architecture.parameterCount);
  for (const block of architecture.blocks) {
    const rows = blocks[block.name];
    const shape = `${block.rows} x ${block.columns}`;
    if (!Array.isArray(rows) || rows.length !== block.rows) {
      throw new RangeError(`init: '${block.name}' must be a ${shape} array of numbers for ${architecture.name} at depth ${architecture.depth}`);
    }
    rows.forEach((row: unknown, r) => {
      if (!Array.isArray(row) || row.length !== block.columns || !row.every((x) => typeof x === "number" && Number.isFinite(x))) {
        throw new RangeError(`init: '${block.name}' row ${r} must hold ${block.columns} finite numbers (${shape} expected)`);
      }
      row.forEach((x: number, c) => (params[block.offset + r * block.columns + c] = x));
    });
  }
  const known = new Set(architecture.blocks.map((b) => b.name));
  const extra = Object.keys(blocks).filter((k) => !known.has(k as never));
  if (extra.length > 0) {
    throw new RangeError(`init: unexpected block '${extra[0]}' for ${architecture.name} (expected: ${[...known].join(", ")})`);
  }
  return params;
}

/** The inverse of {@link parametersFromBlocks}. */
export function parametersToBlocks(architecture: Architecture, params: Float64Array): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  for (const block of architecture.blocks) {
    out[block.name] = Array.from({ length: block.rows }, (_, r) =>
      Array.from(params.subarray(block.offset + r * block.columns, block.offset + (r + 1) * block.columns)));
  }
  return out;
}
