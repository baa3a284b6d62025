/**
 * candidateSpecs(data, split, options): every (architecture, strategy, seed) candidate of a fit,
 * seed-major (every architecture's first seed, then the second...), so that an early look at
 * the results covers every architecture.
 */
import { FIRST_SEED } from "../protocol.js";
import type { CheckedData } from "./checkFitData.js";
import type { CandidateSpec, FitOptions } from "./fitTypes.js";
import type { RowSplit } from "./splitRows.js";

function rowsOf(data: CheckedData, indices: readonly number[]): { inputs: Float64Array[]; output: Float64Array } {
  return {
    inputs: data.inputs.map((values) => Float64Array.from(indices, (i) => values[i])),
    output: Float64Array.from(indices, (i) => data.output[i]),
  };
}

export function fitSeeds(options: Pick<FitOptions, "seeds">): number[] {
  return Array.from({ length: options.seeds }, (_, s) => FIRST_SEED + s);
}

export function candidateSpecs(data: CheckedData, variables: readonly string[], split: RowSplit, options: FitOptions): CandidateSpec[] {
  const train = rowsOf(data, split.training);
  const heldout = rowsOf(data, split.heldout);
  const specs: CandidateSpec[] = [];
  for (const seed of fitSeeds(options)) {
    for (const arch of options.archs) {
      for (const strategy of options.strategies[arch] ?? []) {
        specs.push({
          arch, strategy, seed, operator: options.operator, depth: options.depth, variables: [...variables],
          train, heldout, settings: options.settings,
        });
      }
    }
  }
  return specs;
}
