/** Joining shard logs of one plan: refuses overlapping keys and rows that are not the plan's. */
import type { Job } from "../plans/types.js";
import type { Row } from "./runJob.js";

export class MergeError extends Error {}

export interface LogInput {
  name: string;
  rows: Row[];
}

/** The union of the logs in the plan's job order; throws on a key in two logs or a key outside the plan. */
export function mergeLogs(jobs: readonly Job[], logs: readonly LogInput[]): Row[] {
  const order = new Map(jobs.map((job, i) => [job.key, i]));
  const owner = new Map<string, string>();
  const merged: Row[] = [];
  for (const log of logs) {
    for (const row of log.rows) {
      if (!order.has(row.key)) {
        throw new MergeError(`${log.name} holds ${row.key}, which is not a trial of this plan (other --seeds or another plan?)`);
      }
      const first = owner.get(row.key);
      if (first !== undefined) throw new MergeError(`${row.key} is in both ${first} and ${log.name}: overlapping shards, refusing to merge`);
      owner.set(row.key, log.name);
      merged.push(row);
    }
  }
  return merged.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
