/**
 * A plan's cells against the same configuration in a reference log, matched by (initialisation,
 * seed): the clamp study of PROTOCOL.md (sensitivity cells at another clamp against the heatmap
 * at the protocol's) and the depth-4 sweep of Sec. 5.2 (against the depth-3 heatmap cells).
 */
import type { Cell } from "../plans/types.js";
import type { Row } from "../sweep/runJob.js";
import { compareCells, type CellComparison } from "./compareCells.js";

export interface CrossPlanRow extends CellComparison {
  cell: Cell;
}

/**
 * For each cell, its rows against the reference rows of the same architecture and target that
 * satisfy `reference(row, cell)` (e.g. depth 3 and protocol settings).
 */
export function crossPlanComparison(
  cells: readonly Cell[], rows: readonly Row[], referenceRows: readonly Row[], reference: (row: Row, cell: Cell) => boolean,
): CrossPlanRow[] {
  return cells.map((cell) => {
    const own = rows.filter((r) => r.cell === cell.id);
    const ref = referenceRows.filter((r) => r.arch === cell.arch && r.target === cell.target && reference(r, cell));
    return { cell, ...compareCells(own, ref, "strategy-seed") };
  });
}

/** Reference rows at the protocol's own settings and depth 3: the heatmap's cells. */
export const protocolDepth3 = (row: Row) => row.settings === "" && row.depth === "3";
