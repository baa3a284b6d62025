/**
 * rankExpressions(candidates, tolerance): the distinct hardened expressions of a fit, best first:
 * lowest held-out RMSE, where RMSEs less than `tolerance` apart in the same bucket tie; ties go
 * to fewer operator nodes, then to the lexicographically first signature. The first is the
 * validation selector's choice (Sec. 4.5, 5.1).
 */
import type { Candidate, ExpressionSummary } from "./fitTypes.js";

/** Non-finite RMSEs (an expression that overflowed) rank last. */
function bucket(rmse: number, tolerance: number): number {
  return Number.isFinite(rmse) ? Math.floor(rmse / tolerance) : Number.POSITIVE_INFINITY;
}

export function rankExpressions(candidates: readonly Candidate[], tolerance: number): ExpressionSummary[] {
  if (!(tolerance > 0)) throw new RangeError(`rankExpressions: tolerance must be positive, got ${tolerance}`);
  const bySignature = new Map<string, ExpressionSummary>();
  for (const c of candidates) {
    const summary = bySignature.get(c.signature) ?? {
      expression: c.expression, signature: c.signature, latex: c.latex, nodes: c.nodes,
      rmse_train: c.rmse_train, rmse_heldout: c.rmse_heldout, complex_rows: c.complex_rows, candidates: 0, byArch: {},
    };
    // One expression, one value, except where the architectures' clamps differ (1e6 vs 1e300): keep the best.
    if (c.rmse_heldout < summary.rmse_heldout) Object.assign(summary, { rmse_train: c.rmse_train, rmse_heldout: c.rmse_heldout, complex_rows: c.complex_rows });
    summary.candidates += 1;
    summary.byArch[c.arch] = (summary.byArch[c.arch] ?? 0) + 1;
    bySignature.set(c.signature, summary);
  }
  return [...bySignature.values()].sort((a, b) => {
    const ba = bucket(a.rmse_heldout, tolerance);
    const bb = bucket(b.rmse_heldout, tolerance);
    if (ba !== bb) return ba < bb ? -1 : 1;
    if (a.nodes !== b.nodes) return a.nodes - b.nodes;
    return a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0;
  });
}
