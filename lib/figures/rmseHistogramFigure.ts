/**
 * Held-out RMSE of exact and failed candidates on a log axis (Sec. 4.5: they "separate by roughly
 * five orders of magnitude"), with the empty band between the worst exact and the best failed
 * run shaded and labelled.
 */
import type { HeldoutSeparation } from "../analysis/heldoutSeparation.js";
import type { PlotlyFigure } from "../notebook/figureHtml.js";
import { OUTCOME } from "../protocol.js";

/** log10 of the held-out RMSE below which a trial can count as exact (PROTOCOL: outcome). */
const EXACT_THRESHOLD = Math.log10(OUTCOME.exactHeldoutRmse);

export function rmseHistogramFigure(separation: HeldoutSeparation, options: { title?: string; binWidth?: number } = {}): PlotlyFigure {
  const size = options.binWidth ?? 0.25;
  const finite = (values: number[]) => values.filter(Number.isFinite);
  const failed = finite(separation.failed);
  const histogram = (name: string, x: number[], colour: string) => ({
    type: "histogram", name: `${name} (${x.length})`, x, marker: { color: colour, line: { color: "white", width: 0.5 } },
    xbins: { size }, opacity: 0.85, hovertemplate: "log10 RMSE %{x}<br>%{y} runs<extra></extra>",
  });
  const gap = Number.isFinite(separation.gapOrders) && separation.gapOrders > 0;
  const nonFinite = separation.failed.length - failed.length;
  return {
    data: [histogram("exact", finite(separation.exact), "#54a24b"), histogram("failed", failed, "#e45756")],
    layout: {
      width: 760, height: 420, plot_bgcolor: "white", barmode: "overlay",
      margin: { l: 70, r: 20, t: options.title ? 60 : 20, b: 60 },
      ...(options.title ? { title: { text: options.title } } : {}),
      xaxis: { title: { text: `log10 held-out RMSE (0 shown at ${Math.log10(separation.floor)})` }, gridcolor: "#eee", dtick: 2 },
      yaxis: { title: { text: "candidates" }, gridcolor: "#eee" },
      legend: { orientation: "h", y: -0.2 },
      shapes: [
        ...(gap ? [{
          type: "rect", xref: "x", yref: "paper", x0: separation.worstExact, x1: separation.bestFailed, y0: 0, y1: 1,
          fillcolor: "#ddd", opacity: 0.4, line: { width: 0 },
        }] : []),
        { type: "line", xref: "x", yref: "paper", x0: EXACT_THRESHOLD, x1: EXACT_THRESHOLD, y0: 0, y1: 1, line: { color: "#555", dash: "dot", width: 1.5 } },
      ],
      annotations: [
        { xref: "x", yref: "paper", x: EXACT_THRESHOLD, y: 0.85, xanchor: "left", showarrow: false, text: " exactness threshold 1e-6", font: { size: 10, color: "#555" } },
        ...(gap ? [{
          xref: "x", yref: "paper", x: (separation.worstExact + separation.bestFailed) / 2, y: 0.95, showarrow: false,
          text: `empty band: ${separation.gapOrders.toFixed(1)} orders`, font: { size: 12 },
        }] : []),
        ...(nonFinite > 0 ? [{ xref: "paper", yref: "paper", x: 1, y: 1.02, showarrow: false, xanchor: "right", text: `${nonFinite} failed runs with non-finite RMSE not shown`, font: { size: 10 } }] : []),
      ],
    },
  };
}
