export { noisyHeldoutScore } from "./noisyHeldoutScore.js";
export { heldoutRmseScore, rowNoise, SELECTOR_RATE_COLUMNS, selectCandidate, selectionUnits, selectorRates } from "./selectorRates.js";
export type { CandidateScore, Pairing, SelectorRate, SelectorRatesOptions } from "./selectorRates.js";
export { SELECTOR_UNDER_NOISE_COLUMNS, selectorUnderNoise } from "./selectorUnderNoise.js";
export type { SelectorUnderNoise } from "./selectorUnderNoise.js";
