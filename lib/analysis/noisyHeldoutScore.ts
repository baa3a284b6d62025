/**
 * noisyHeldoutScore(): a selection score that sees the held-out set as a practitioner would,
 * with the same noise as the training targets. The logged rmse_heldout is measured against the
 * noiseless targets (runTrial judges recovery, a property of the closed form, that way), and
 * against them an exact candidate always wins: selecting on it can never miss. This score
 * re-evaluates the logged hardened expression on the held-out sample of its target with
 * Gaussian noise of the trial's sigma (relative to the held-out targets' RMS when the trial's
 * noise is relative), drawn from a generator seeded by the trial seed alone: the candidates of
 * one selection unit share a seed and so face the same noisy held-out set.
 */
import { heldoutData, type Dataset } from "../data.js";
import { parseExpression } from "../parseExpression.js";
import { protocolSettings, type ArchitectureName, type TrainingSettings } from "../protocol.js";
import { createRandom } from "../random.js";
import type { Row } from "../sweep/runJob.js";
import { targetNamed } from "../targets.js";
import { expressionMse } from "../trial.js";
import type { CandidateScore } from "./selectorRates.js";

function noisyTargets(clean: Float64Array, settings: TrainingSettings, seed: string): Float64Array {
  if (settings.noiseSigma === 0) return clean;
  let scale = settings.noiseSigma;
  if (settings.noiseRelative) {
    let sum = 0;
    for (const t of clean) sum += t * t;
    scale *= Math.sqrt(sum / clean.length);
  }
  const random = createRandom(`heldout-noise:${seed}`);
  return clean.map((t) => t + scale * random.normal());
}

export function noisyHeldoutScore(): CandidateScore {
  const heldout = new Map<string, Dataset>();
  const noisy = new Map<string, Dataset>();
  return (row: Row) => {
    const settings = protocolSettings(row.arch as ArchitectureName, row.settings ? JSON.parse(row.settings) : {});
    const target = targetNamed(row.target);
    const cleanKey = `${target.name}|${settings.heldoutSeed}|${settings.heldoutSize}`;
    if (!heldout.has(cleanKey)) heldout.set(cleanKey, heldoutData(target, settings.heldoutSeed, settings.heldoutSize));
    const clean = heldout.get(cleanKey)!;
    const noisyKey = `${cleanKey}|${settings.noiseSigma}|${settings.noiseRelative}|${row.seed}`;
    if (!noisy.has(noisyKey)) noisy.set(noisyKey, { points: clean.points, targets: noisyTargets(clean.targets, settings, row.seed) });
    return Math.sqrt(expressionMse(parseExpression(row.expression), target, noisy.get(noisyKey)!, settings));
  };
}
