/**
 * Where each cell's trials end: one horizontal bar per cell, stacked by outcome (exact, then the
 * failure labels of PROTOCOL.md in their order), as shares of the cell's trials.
 */
import type { PlotlyFigure } from "../notebook/figureHtml.js";
import { FAILURE_TYPES, type FailureType } from "../trialTypes.js";

export type Outcome = "exact" | Exclude<FailureType, "none">;
export const OUTCOMES: readonly Outcome[] = ["exact", ...FAILURE_TYPES.filter((type): type is Exclude<FailureType, "none"> => type !== "none")];
export const OUTCOME_COLOURS: Readonly<Record<Outcome, string>> = {
  exact: "#2ca02c", near_equivalent: "#98df8a", training_failure: "#d62728",
  chain_collapse: "#9467bd", wrong_variable: "#ff7f0e", hardening_failure: "#8c564b",
};

/** `cells`: per-cell summary rows (trials, exact and the failure-label counts, lib/sweep/summarise.ts). */
export function outcomeBarsFigure(
  cells: ReadonlyArray<Record<string, string | number>>, label: (cell: Record<string, string | number>) => string, title: string,
): PlotlyFigure {
  const measured = cells.filter((cell) => Number(cell.trials) > 0);
  return {
    data: OUTCOMES.map((outcome) => ({
      type: "bar", orientation: "h", name: outcome.replace("_", " "), marker: { color: OUTCOME_COLOURS[outcome] },
      y: measured.map(label), x: measured.map((cell) => (100 * Number(cell[outcome])) / Number(cell.trials)),
      customdata: measured.map((cell) => `${cell[outcome]}/${cell.trials}`),
      hovertemplate: "%{y}<br>%{fullData.name}: %{customdata}<extra></extra>",
    })),
    layout: {
      barmode: "stack", width: 840, height: 150 + 17 * measured.length, margin: { l: 240, r: 20, t: 110, b: 50 },
      title: { text: title, y: 0.995, yanchor: "top" }, plot_bgcolor: "white",
      xaxis: { title: { text: "% of the cell's trials" }, range: [0, 100], gridcolor: "#eee" },
      yaxis: { autorange: "reversed", tickfont: { size: 10 } },
      legend: { orientation: "h", y: 1.0, yanchor: "bottom", x: 0, traceorder: "normal" },
    },
  };
}
