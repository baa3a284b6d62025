/**
 * Grouped bars of recovery rates with their 95% Clopper-Pearson intervals (Fig. 4 and the
 * comparisons of notebooks 5-7): one group per category, one bar per series, "k/n" on each bar,
 * and the paper's stated rates as open diamonds beside ours.
 */
import type { PlotlyFigure } from "../notebook/figureHtml.js";

export interface RateBar {
  category: string;
  exact: number;
  trials: number;
  /** Interval bounds as shares in [0, 1]. */
  lower: number;
  upper: number;
}

export interface RateSeries {
  name: string;
  bars: readonly RateBar[];
  colour?: string;
}

export interface PaperRate {
  category: string;
  /** The series the stated rate belongs to (its diamond sits on that bar). */
  series: string;
  /** Percent. */
  percent: number;
  label: string;
}

export interface RateBarsOptions {
  title?: string;
  yTitle?: string;
  paper?: readonly PaperRate[];
  width?: number;
  height?: number;
}

const PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#b279a2", "#e45756", "#72b7b2", "#9d755d"];

export function rateBarsFigure(series: readonly RateSeries[], options: RateBarsOptions = {}): PlotlyFigure {
  const data: object[] = series.map((s, i) => ({
    type: "bar", name: s.name, x: s.bars.map((b) => b.category),
    y: s.bars.map((b) => (b.trials > 0 ? 100 * (b.exact / b.trials) : null)),
    marker: { color: s.colour ?? PALETTE[i % PALETTE.length] },
    error_y: {
      type: "data", symmetric: false, visible: true, thickness: 1.2, width: 3, color: "#333",
      array: s.bars.map((b) => (b.trials > 0 ? 100 * (b.upper - b.exact / b.trials) : 0)),
      arrayminus: s.bars.map((b) => (b.trials > 0 ? 100 * (b.exact / b.trials - b.lower) : 0)),
    },
    text: s.bars.map((b) => `${b.exact}/${b.trials}`), textposition: "inside", insidetextanchor: "start", textangle: 0,
    textfont: { size: 10 }, constraintext: "none",
    hovertemplate: "%{x}<br>%{fullData.name}: %{y:.1f}% (%{text})<extra></extra>",
    offsetgroup: String(i),
  }));
  const paper = options.paper ?? [];
  if (paper.length > 0) {
    // A diamond per stated rate, on its series' bar: plotly offsets grouped bars, so mirror that offset.
    const width = 0.8 / Math.max(1, series.length);
    const categories = [...new Set(series.flatMap((s) => s.bars.map((b) => b.category)))];
    data.push({
      type: "scatter", mode: "markers", name: "paper (stated)",
      x: paper.map((p) => categories.indexOf(p.category) - 0.4 + width * (series.findIndex((s) => s.name === p.series) + 0.5)),
      y: paper.map((p) => p.percent), text: paper.map((p) => p.label),
      marker: { symbol: "diamond-open", size: 13, color: "black", line: { width: 2 } },
      hovertemplate: "paper: %{text}<extra></extra>", xaxis: "x2",
    });
  }
  const categories = [...new Set(series.flatMap((s) => s.bars.map((b) => b.category)))];
  return {
    data,
    layout: {
      width: options.width ?? 760, height: options.height ?? 440, plot_bgcolor: "white", barmode: "group",
      margin: { l: 70, r: 20, t: options.title ? 60 : 20, b: 80 },
      ...(options.title ? { title: { text: options.title } } : {}),
      xaxis: { type: "category", categoryorder: "array", categoryarray: categories },
      // A numeric twin of the category axis, for the diamonds' offsets.
      xaxis2: { overlaying: "x", range: [-0.5, categories.length - 0.5], visible: false },
      yaxis: { title: { text: options.yTitle ?? "exact recovery (%)" }, range: [0, 105], gridcolor: "#eee" },
      legend: { orientation: "h", y: -0.2 },
    },
  };
}
