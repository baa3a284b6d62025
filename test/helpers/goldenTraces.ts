/** The reference implementation's golden traces (PROTOCOL.md, "Golden traces"), read once. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GoldenEntry } from "../../lib/goldenEntry.js";
import { REFERENCE_DIRECTORY } from "../../lib/paths.js";

export const GOLDEN_TRACES_PATH = join(REFERENCE_DIRECTORY, "golden-traces.json");

export function goldenEntries(): GoldenEntry[] {
  return (JSON.parse(readFileSync(GOLDEN_TRACES_PATH, "utf8")) as { configs: GoldenEntry[] }).configs;
}

/** A short name for test titles: "3 eq6 S_RL default 137". */
export const entryTitle = (entry: GoldenEntry, index: number) =>
  `${index} ${entry.arch} ${entry.target} ${entry.strategy} ${entry.seed}`;
