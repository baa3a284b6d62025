/**
 * Gradient diagnostics of PROTOCOL.md ("Estimates"): train with the search settings only
 * (tau 2.5, data loss, no penalties, no phase switch; clip, Adam; skip non-finite steps) and
 * read the raw data-loss gradient before clipping at checkpoints: rho_xy (x- over y-entries of
 * all leaf logits) and rho_LR (root's left subtree over its right subtree, root's own
 * selectors excluded).
 */
import type { Architecture } from "./architecture.js";
import type { Objective } from "./objective.js";
import { clipGradientNorm, createOptimiser } from "./optimisers.js";
import type { TrainingSettings } from "./protocol.js";

export interface GradientReading {
  iteration: number;
  rhoXY: number;
  rhoLR: number;
}

function norm(grad: Float64Array, indices: readonly number[]): number {
  let sum = 0;
  for (const i of indices) sum += grad[i] * grad[i];
  return Math.sqrt(sum);
}

/** Parameter indices of the leaves' entries for variable v (column v + 1 of leaf_logits). */
export function leafVariableIndices(architecture: Architecture, variable: number): number[] {
  return architecture.leafOffsets.map((offset) => offset + 1 + variable);
}

/** Parameter indices of the root's left (side 0) or right (side 1) subtree: its leaves' and nodes' selectors. */
export function subtreeIndices(architecture: Architecture, side: 0 | 1): number[] {
  const root = architecture.nodeCount - 1;
  const nodes = new Set<number>();
  const leaves = new Set<number>();
  const collect = (slotIndex: number) => {
    const { source } = architecture.slots[slotIndex];
    if (source.kind === "leaf") leaves.add(source.index);
    else {
      nodes.add(source.index);
      collect(2 * source.index);
      collect(2 * source.index + 1);
    }
  };
  collect(2 * root + side);
  const indices: number[] = [];
  const leafSize = 1 + architecture.variables.length;
  for (const leaf of leaves) for (let k = 0; k < leafSize; k++) indices.push(architecture.leafOffsets[leaf] + k);
  for (const slot of architecture.slots) {
    if (!nodes.has(slot.node)) continue;
    const { selector } = slot;
    if (selector.kind === "gate") indices.push(selector.parameter);
    if (selector.kind === "softmax") for (let k = 0; k < selector.terms.length; k++) indices.push(selector.offset + k);
  }
  return indices.sort((a, b) => a - b);
}

export function gradientDiagnostics(
  objective: Objective, initial: Float64Array, settings: TrainingSettings, checkpoints: readonly number[],
): GradientReading[] {
  const architecture = objective.architecture;
  const xs = leafVariableIndices(architecture, 0);
  const ys = architecture.variables.length > 1 ? leafVariableIndices(architecture, 1) : [];
  const left = subtreeIndices(architecture, 0);
  const right = subtreeIndices(architecture, 1);
  const params = Float64Array.from(initial);
  const grad = new Float64Array(params.length);
  const optimiser = createOptimiser(settings.optimiser, params.length, settings);
  const wanted = new Set(checkpoints);
  const last = Math.max(...checkpoints);
  const readings: GradientReading[] = [];
  for (let iteration = 1; iteration <= last; iteration++) {
    const loss = objective.loss(params, settings.tauSearch);
    if (!Number.isFinite(loss.total)) {
      if (wanted.has(iteration)) readings.push({ iteration, rhoXY: NaN, rhoLR: NaN });
      continue;
    }
    objective.gradient(grad);
    if (wanted.has(iteration)) {
      readings.push({ iteration, rhoXY: norm(grad, xs) / norm(grad, ys), rhoLR: norm(grad, left) / norm(grad, right) });
    }
    clipGradientNorm(grad, settings.clipNorm);
    optimiser.step(params, grad, settings.learningRate);
  }
  return readings;
}
