/**
 * The one-factor-at-a-time screen (Sec. 3) as one panel per hero cell: each factor level's exact
 * rate with its 95% interval, the hero's baseline rate as a vertical line and a band of +-12
 * percentage points around it (the paper: "the remaining levels changed recovery by less than 12
 * percentage points").
 */
import type { ScreenRow } from "../analysis/sensitivityScreen.js";
import type { PlotlyFigure } from "../notebook/figureHtml.js";
import { subplotAxes } from "./subplotAxes.js";

const FACTOR_COLOURS: Record<string, string> = {
  initialisation: "#b279a2", optimiser: "#e45756", schedule: "#f58518", clamp: "#4c78a8",
  "heldout-seed": "#72b7b2", noise: "#54a24b", epsilon: "#9d755d",
};

export function screenFigure(screen: readonly ScreenRow[], options: { title?: string; bandPoints?: number } = {}): PlotlyFigure {
  const band = options.bandPoints ?? 12;
  const heroes = [...new Set(screen.map((r) => r.hero))];
  const levels = [...new Set(screen.map((r) => `${r.factor}: ${r.level}`))];
  const columns = 2;
  const data: object[] = [];
  const layout: Record<string, unknown> = {};
  const shapes: object[] = [];
  const annotations: object[] = [];
  const seenFactors = new Set<string>();
  heroes.forEach((hero, index) => {
    const axes = subplotAxes(index, heroes.length, columns, { x: 0.22, y: 0.12 });
    const bottomRow = index >= heroes.length - columns;
    const rows = screen.filter((r) => r.hero === hero && r.study.trials > 0);
    for (const factor of [...new Set(rows.map((r) => r.factor))]) {
      const own = rows.filter((r) => r.factor === factor);
      data.push({
        type: "scatter", mode: "markers", name: factor, legendgroup: factor, showlegend: !seenFactors.has(factor),
        x: own.map((r) => 100 * r.study.rate), y: own.map((r) => `${r.factor}: ${r.level}`),
        error_x: {
          type: "data", symmetric: false, visible: true, thickness: 1.2, width: 3,
          array: own.map((r) => 100 * (r.study.upper - r.study.rate)), arrayminus: own.map((r) => 100 * (r.study.rate - r.study.lower)),
        },
        text: own.map((r) => `${r.study.exact}/${r.study.trials} vs baseline ${r.baseline.exact}/${r.baseline.trials}, p = ${r.pValue.toPrecision(2)}`),
        hovertemplate: "%{y}: %{x:.1f}%<br>%{text}<extra></extra>",
        marker: { color: FACTOR_COLOURS[factor] ?? "#333", size: 8 }, xaxis: axes.xref, yaxis: axes.yref,
      });
      seenFactors.add(factor);
    }
    const baseline = rows[0]?.baseline;
    if (baseline && baseline.trials > 0) {
      const rate = 100 * baseline.rate;
      shapes.push(
        { type: "rect", xref: axes.xref, yref: `${axes.yref} domain`, x0: Math.max(0, rate - band), x1: Math.min(100, rate + band), y0: 0, y1: 1, fillcolor: "#ccc", opacity: 0.35, line: { width: 0 } },
        { type: "line", xref: axes.xref, yref: `${axes.yref} domain`, x0: rate, x1: rate, y0: 0, y1: 1, line: { color: "#333", dash: "dot", width: 1.5 } },
      );
    }
    layout[axes.xKey] = {
      domain: axes.xDomain, range: [-3, 103], anchor: axes.yref, gridcolor: "#eee",
      ...(bottomRow ? { title: { text: "exact recovery (%)", font: { size: 11 } } } : {}),
    };
    layout[axes.yKey] = { domain: axes.yDomain, anchor: axes.xref, type: "category", categoryorder: "array", categoryarray: [...levels].reverse(), tickfont: { size: 9 }, automargin: true };
    annotations.push({
      text: `<b>${hero}</b>${baseline && baseline.trials > 0 ? ` (baseline ${baseline.exact}/${baseline.trials})` : " (no level run yet)"}`,
      xref: "paper", yref: "paper", x: (axes.xDomain[0] + axes.xDomain[1]) / 2, y: axes.yDomain[1] + 0.01, xanchor: "center", yanchor: "bottom", showarrow: false, font: { size: 11 },
    });
  });
  return {
    data,
    layout: {
      width: 1000, height: 330 * Math.ceil(heroes.length / columns) + 90, plot_bgcolor: "white",
      margin: { l: 130, r: 20, t: options.title ? 80 : 40, b: 60 },
      ...(options.title ? { title: { text: options.title } } : {}),
      legend: { orientation: "h", y: -0.06 }, shapes, annotations, ...layout,
    },
  };
}
