/**
 * Line plots of mean +- standard error over iterations (Fig. 3) and of per-iteration losses
 * (Sec. 4.3's traces), with horizontal reference lines (e.g. rho = 1, a clamp floor) and the
 * paper's stated points drawn as labelled markers.
 */
import type { PlotlyFigure } from "../notebook/figureHtml.js";

export interface Series {
  name: string;
  x: readonly number[];
  y: readonly (number | null)[];
  /** Standard errors: drawn as error bars. */
  error?: readonly number[];
  colour?: string;
  dash?: "solid" | "dash" | "dot";
  /** A thin, pale line without a legend entry (e.g. one seed behind the mean). */
  faint?: boolean;
}

export interface ReferenceLine {
  /** Horizontal at y = value, or vertical at x = value. */
  axis: "x" | "y";
  value: number;
  label: string;
  colour?: string;
  /** Where a horizontal line's label sits (default right); vertical lines are labelled at the bottom. */
  labelAt?: "left" | "right";
}

export interface SeriesFigureOptions {
  title?: string;
  xTitle: string;
  yTitle: string;
  logY?: boolean;
  /** Where the y axis puts its ticks (plotly's own choice when absent). */
  yTicks?: number[];
  /** Points the paper states, shown as open diamonds named "paper: ...". */
  paper?: Series[];
  references?: ReferenceLine[];
  width?: number;
  height?: number;
}

export function seriesFigure(series: readonly Series[], options: SeriesFigureOptions): PlotlyFigure {
  const data: object[] = series.map((s) => ({
    type: "scatter", mode: s.x.length > 60 || s.faint ? "lines" : "lines+markers", name: s.name, x: s.x, y: s.y,
    line: { color: s.colour, dash: s.dash ?? "solid", width: s.faint ? 1 : 2 },
    ...(s.faint ? { opacity: 0.3, showlegend: false, hoverinfo: "name+y" } : {}),
    ...(s.error ? { error_y: { type: "data", array: s.error, visible: true, thickness: 1.2, width: 4 } } : {}),
  }));
  for (const s of options.paper ?? []) {
    data.push({
      type: "scatter", mode: "markers", name: s.name, x: s.x, y: s.y,
      marker: { symbol: "diamond-open", size: 12, color: s.colour ?? "black", line: { width: 2 } },
      ...(s.error ? { error_y: { type: "data", array: s.error, visible: true, color: s.colour ?? "black" } } : {}),
    });
  }
  const references = options.references ?? [];
  const shapes = references.map((r) => ({
    type: "line", xref: r.axis === "x" ? "x" : "paper", yref: r.axis === "y" ? "y" : "paper",
    x0: r.axis === "x" ? r.value : 0, x1: r.axis === "x" ? r.value : 1,
    y0: r.axis === "y" ? r.value : 0, y1: r.axis === "y" ? r.value : 1,
    line: { color: r.colour ?? "#888", dash: "dot", width: 1.5 }, layer: "below",
  }));
  const annotations = references.map((r) => ({
    text: r.label, showarrow: false, font: { size: 10, color: r.colour ?? "#555" },
    ...(r.axis === "y"
      ? { xref: "paper", x: r.labelAt === "left" ? 0 : 1, xanchor: r.labelAt === "left" ? "left" : "right", yref: "y", y: options.logY ? Math.log10(r.value) : r.value, yanchor: "bottom" }
      : { xref: "x", x: r.value, xanchor: "left", yref: "paper", y: 0, yanchor: "bottom" }),
  }));
  // The legend sits below the x axis, two entries a row: room for its rows.
  const legendRows = Math.ceil(data.filter((trace) => (trace as { showlegend?: boolean }).showlegend !== false).length / 2);
  return {
    data,
    layout: {
      width: options.width ?? 760, height: (options.height ?? 440) + 22 * legendRows, plot_bgcolor: "white",
      margin: { l: 70, r: 20, t: options.title ? 60 : 20, b: 75 + 22 * legendRows },
      ...(options.title ? { title: { text: options.title } } : {}),
      xaxis: { title: { text: options.xTitle }, gridcolor: "#eee", zeroline: false },
      yaxis: { title: { text: options.yTitle }, gridcolor: "#eee", type: options.logY ? "log" : "linear", exponentformat: "power",
        ...(options.yTicks ? { tickvals: options.yTicks } : {}) },
      legend: { orientation: "h", x: 0, yref: "container", y: 0.01, yanchor: "bottom" },
      shapes, annotations,
    },
  };
}

/** Every k-th point (and the last), so that at most `limit` remain: traces of 8,000 iterations stay small. */
export function thin<T>(points: readonly T[], limit = 1600): T[] {
  if (points.length <= limit) return [...points];
  const step = Math.ceil(points.length / limit);
  const kept = points.filter((_, i) => i % step === 0);
  if ((points.length - 1) % step !== 0) kept.push(points[points.length - 1]);
  return kept;
}
