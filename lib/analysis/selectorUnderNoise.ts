/**
 * selectorUnderNoise(rows): the selector's exact rate against the oracle per (configuration,
 * noise level), selecting on a held-out set as noisy as the training set (noisyHeldoutScore),
 * with the rate a noiseless held-out set would give beside it (clean_selected_*: the logged
 * rmse_heldout). At noise 0 the two coincide.
 */
import type { Row } from "../sweep/runJob.js";
import { noisyHeldoutScore } from "./noisyHeldoutScore.js";
import { heldoutRmseScore, SELECTOR_RATE_COLUMNS, selectorRates, type Pairing, type SelectorRate } from "./selectorRates.js";

export interface SelectorUnderNoise extends SelectorRate {
  clean_selected_exact: number;
  clean_selected_rate: number;
}

export const SELECTOR_UNDER_NOISE_COLUMNS: readonly (keyof SelectorUnderNoise)[] = [
  ...SELECTOR_RATE_COLUMNS, "clean_selected_exact", "clean_selected_rate",
];

export function selectorUnderNoise(rows: readonly Row[], options: { pairing?: Pairing } = {}): SelectorUnderNoise[] {
  const noisy = selectorRates(rows, { ...options, score: noisyHeldoutScore() });
  const clean = selectorRates(rows, { ...options, score: heldoutRmseScore });
  return noisy.map((rate, i) => ({ ...rate, clean_selected_exact: clean[i].selected_exact, clean_selected_rate: clean[i].selected_rate }));
}
