/** formatFitReport(result): a fit's result as the text `npm run fit` prints. */
import type { ArchitectureName } from "../protocol.js";
import { formatDuration } from "../sweep/formatDuration.js";
import type { ExpressionSummary, FitResult } from "./fitTypes.js";

const rmse = (value: number) => (Number.isFinite(value) ? value.toExponential(3) : String(value));

function archCounts(counts: Partial<Record<ArchitectureName, number>>): string {
  return Object.entries(counts).map(([arch, n]) => `${arch} ${n}`).join(", ");
}

function complexNote(summary: ExpressionSummary): string {
  return summary.complex_rows > 0 ? ` (complex-valued on ${summary.complex_rows} rows)` : "";
}

export function formatFitReport(result: FitResult): string {
  const { selected, candidates } = result;
  const perArch: Partial<Record<ArchitectureName, number>> = {};
  for (const c of candidates) perArch[c.arch] = (perArch[c.arch] ?? 0) + 1;
  const workers = result.workers === 0 ? "in one thread" : `on ${result.workers} worker${result.workers === 1 ? "" : "s"}`;
  const lines = [
    `fit of ${result.output} from ${result.inputs.join(", ")}: ${result.rows.total} rows ` +
      `(${result.rows.training} training, ${result.rows.heldout} held out; split seed ${result.splitSeed})`,
    `${result.operator} trees of depth ${result.depth}: ${candidates.length} candidates (${archCounts(perArch)}), ` +
      `${formatDuration(result.seconds)} ${workers}`,
    "",
    `selected    ${selected.expression}`,
    `LaTeX       ${selected.latex}`,
    `RMSE        training ${rmse(selected.rmse_train)}, held-out ${rmse(selected.rmse_heldout)}${complexNote(selected)}`,
    `agreement   ${selected.candidates} of ${candidates.length} candidates reached it (${archCounts(selected.byArch)})`,
  ];
  if (result.runnersUp.length > 0) {
    lines.push("", `runners-up (${result.distinctExpressions} distinct expressions in all):`, "  held-out    training    candidates  expression");
    for (const r of result.runnersUp) {
      lines.push(`  ${rmse(r.rmse_heldout).padEnd(10)}  ${rmse(r.rmse_train).padEnd(10)}  ${String(r.candidates).padStart(10)}  ${r.expression}${complexNote(r)}`);
    }
  }
  return lines.join("\n") + "\n";
}
