/**
 * The per-iteration loss traces a sweep writes beside a plan's log (data/<plan>/traces/*.json,
 * lib/sweep/runSweep.ts): one file per traced trial, `{ key, trace: [[iteration, data, total]] }`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { TracePoint } from "../train.js";

export interface LossTrace {
  /** The trial's log key `cell|strategy|seed`, and its parts. */
  key: string;
  cell: string;
  strategy: string;
  seed: number;
  trace: TracePoint[];
}

/** Every trace in `<directory>/traces`, sorted by key; none when the folder does not exist. */
export function readTraces(directory: string): LossTrace[] {
  const folder = join(directory, "traces");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => {
      const { key, trace } = JSON.parse(readFileSync(join(folder, name), "utf8")) as { key: string; trace: TracePoint[] };
      const [cell, strategy, seed] = key.split("|");
      return { key, cell, strategy, seed: Number(seed), trace };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}
