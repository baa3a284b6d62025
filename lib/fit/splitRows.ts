/** splitRows(count, holdout, random): a seeded split of row indices into training and held-out sets. */
import type { Random } from "../random.js";

export interface RowSplit {
  /** Row indices, ascending. */
  training: number[];
  heldout: number[];
}

/**
 * round(holdout x count) rows (at least one, and at least one left to train on) drawn without
 * replacement by a Fisher-Yates shuffle of the indices.
 */
export function splitRows(count: number, holdout: number, random: Random): RowSplit {
  if (!Number.isInteger(count) || count < 2) throw new RangeError(`splitRows: need at least 2 rows, got ${count}`);
  if (!(holdout > 0 && holdout < 1)) throw new RangeError(`splitRows: holdout must be in (0, 1), got ${holdout}`);
  const heldoutCount = Math.min(count - 1, Math.max(1, Math.round(holdout * count)));
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = random.integer(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const ascending = (a: number, b: number) => a - b;
  return { heldout: order.slice(0, heldoutCount).sort(ascending), training: order.slice(heldoutCount).sort(ascending) };
}
