/**
 * The selector under training noise (beyond the paper): per configuration, the rate at which the
 * validation-selected candidate is exact (selecting on a held-out set as noisy as the training
 * set, and on a noiseless one) against the oracle (any candidate exact), over the noise levels.
 */
import type { SelectorUnderNoise } from "../analysis/selectorUnderNoise.js";
import type { PlotlyFigure } from "../notebook/figureHtml.js";
import { subplotAxes } from "./subplotAxes.js";

export function noiseFigure(rates: readonly SelectorUnderNoise[], options: { title?: string; labels?: Record<string, string> } = {}): PlotlyFigure {
  const configurations = [...new Set(rates.map((r) => r.configuration))];
  const levels = [...new Set(rates.map((r) => r.noise))].sort((a, b) => Number(a) - Number(b));
  const data: object[] = [];
  const layout: Record<string, unknown> = {};
  const annotations: object[] = [];
  const styles = [
    { name: "selector (noisy held-out set)", y: (r: SelectorUnderNoise) => r.selected_rate, colour: "#4c78a8", dash: "solid", band: true },
    { name: "selector (noiseless held-out set)", y: (r: SelectorUnderNoise) => r.clean_selected_rate, colour: "#72b7b2", dash: "dash", band: false },
    { name: "oracle (any candidate exact)", y: (r: SelectorUnderNoise) => r.oracle_rate, colour: "#333", dash: "dot", band: false },
  ];
  configurations.forEach((configuration, index) => {
    const axes = subplotAxes(index, configurations.length, 2, { x: 0.08, y: 0.16 });
    const own = levels.map((level) => rates.find((r) => r.configuration === configuration && r.noise === level)).filter((r): r is SelectorUnderNoise => r !== undefined);
    for (const style of styles) {
      data.push({
        type: "scatter", mode: "lines+markers", name: style.name, legendgroup: style.name, showlegend: index === 0,
        x: own.map((r) => r.noise), y: own.map((r) => 100 * style.y(r)), line: { color: style.colour, dash: style.dash, width: 2 },
        text: own.map((r) => `${r.selected_exact} selected exact, ${r.oracle_exact} oracle, of ${r.units} units`),
        hovertemplate: "noise %{x}: %{y:.1f}%<br>%{text}<extra></extra>",
        ...(style.band ? { error_y: { type: "data", symmetric: false, visible: true, array: own.map((r) => 100 * (r.selected_upper - r.selected_rate)), arrayminus: own.map((r) => 100 * (r.selected_rate - r.selected_lower)) } } : {}),
        xaxis: axes.xref, yaxis: axes.yref,
      });
    }
    layout[axes.xKey] = { domain: axes.xDomain, anchor: axes.yref, type: "category", categoryorder: "array", categoryarray: levels, title: { text: "relative noise on the training targets", font: { size: 11 } } };
    layout[axes.yKey] = { domain: axes.yDomain, anchor: axes.xref, range: [-3, 105], gridcolor: "#eee", title: { text: "exact (%)", font: { size: 11 } } };
    annotations.push({
      text: `<b>${options.labels?.[configuration] ?? configuration}</b>`, xref: "paper", yref: "paper", showarrow: false,
      x: (axes.xDomain[0] + axes.xDomain[1]) / 2, y: axes.yDomain[1] + 0.01, xanchor: "center", yanchor: "bottom",
    });
  });
  return {
    data,
    layout: {
      width: 960, height: 330 * Math.ceil(configurations.length / 2) + 100, plot_bgcolor: "white",
      margin: { l: 70, r: 20, t: options.title ? 80 : 40, b: 80 }, ...(options.title ? { title: { text: options.title } } : {}),
      legend: { orientation: "h", y: -0.08 }, annotations, ...layout,
    },
  };
}
