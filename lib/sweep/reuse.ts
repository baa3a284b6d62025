/**
 * Trials already run by another plan: a trial's row depends only on its specification
 * (architecture, target, strategy, seed, depth, settings), so a plan may copy it instead of
 * training again (the selector's configurations are heatmap cells, the noise plan's level 0 is
 * the selector's, ...).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../io/csv.js";
import type { Job } from "../plans/types.js";
import { settingsKey, TRIAL_COLUMNS, type Row } from "./runJob.js";

/** The specification of a trial as one string. */
export function specificationKey(fields: { arch: string; target: string; strategy: string; seed: string | number; depth: string | number; settings: string }): string {
  return [fields.arch, fields.target, fields.strategy, fields.seed, fields.depth, fields.settings].join("|");
}

export function jobSpecificationKey(job: Job): string {
  const { cell } = job;
  return specificationKey({ arch: cell.arch, target: cell.target, strategy: job.strategy, seed: job.seed, depth: cell.depth, settings: settingsKey(cell.settings) });
}

/** Trial rows of every trials*.csv under the given plan folders, by specification. */
export function loadReusableTrials(directories: readonly string[]): Map<string, { row: Row; source: string }> {
  const found = new Map<string, { row: Row; source: string }>();
  for (const directory of directories) {
    if (!existsSync(directory)) continue;
    for (const file of readdirSync(directory).filter((f) => /^trials(\.shard-\d+-of-\d+)?\.csv$/.test(f))) {
      let parsed;
      try {
        parsed = parseCsv(readFileSync(join(directory, file), "utf8").replace(/[^\n]*$/, ""));
      } catch {
        continue; // an unreadable log is not a source; its own plan reports it
      }
      const { header } = parsed;
      if (!TRIAL_COLUMNS.every((c) => header.includes(c)) || !header.includes("settings")) continue;
      for (const fields of parsed.rows) {
        const row: Row = Object.fromEntries(header.map((c, i) => [c, fields[i]]));
        found.set(specificationKey({ arch: row.arch, target: row.target, strategy: row.strategy, seed: row.seed, depth: row.depth, settings: row.settings }), { row, source: join(directory, file) });
      }
    }
  }
  return found;
}

/** The row of `job` built from another plan's row of the same specification. */
export function reusedRow(job: Job, cellRow: Row, source: Row): Row {
  const row: Row = { ...cellRow };
  for (const column of TRIAL_COLUMNS) row[column] = source[column];
  return row;
}
