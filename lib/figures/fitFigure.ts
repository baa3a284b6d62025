/**
 * A fit against its data: for one input, the measured points (training and held-out marked) with
 * the selected expression (and any other curves, e.g. the generating law of simulated data) drawn
 * over the input's range; for two inputs, predicted against measured (a parity plot).
 */
import type { PlotlyFigure } from "../notebook/figureHtml.js";

export interface FitFigurePoints {
  input: ArrayLike<number>;
  output: ArrayLike<number>;
  heldout: ReadonlySet<number>;
}

export interface FitCurve {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  dash?: "solid" | "dash" | "dot";
  colour?: string;
}

export function fitFigure(points: FitFigurePoints, curves: readonly FitCurve[], options: { title?: string; xTitle: string; yTitle: string }): PlotlyFigure {
  const indices = Array.from({ length: points.output.length }, (_, i) => i);
  const subset = (held: boolean) => indices.filter((i) => points.heldout.has(i) === held);
  const scatter = (name: string, rows: number[], colour: string) => ({
    type: "scatter", mode: "markers", name: `${name} (${rows.length})`, x: rows.map((i) => points.input[i]), y: rows.map((i) => points.output[i]),
    marker: { color: colour, size: 6, symbol: name === "held out" ? "diamond" : "circle" },
  });
  return {
    data: [
      scatter("training", subset(false), "#4c78a8"), scatter("held out", subset(true), "#f58518"),
      ...curves.map((c) => ({
        type: "scatter", mode: "lines", name: c.name, x: Array.from(c.x), y: Array.from(c.y, (v) => (Number.isFinite(v) ? v : null)),
        line: { dash: c.dash ?? "solid", color: c.colour, width: 2 },
      })),
    ],
    layout: {
      width: 760, height: 460, plot_bgcolor: "white", margin: { l: 70, r: 20, t: options.title ? 60 : 20, b: 60 },
      ...(options.title ? { title: { text: options.title } } : {}),
      xaxis: { title: { text: options.xTitle }, gridcolor: "#eee" }, yaxis: { title: { text: options.yTitle }, gridcolor: "#eee" },
      legend: { orientation: "h", y: -0.18 },
    },
  };
}

/** Predicted against measured, training and held-out marked, with the diagonal. */
export function parityFigure(measured: ArrayLike<number>, predicted: ArrayLike<number>, heldout: ReadonlySet<number>, options: { title?: string; name: string }): PlotlyFigure {
  const indices = Array.from({ length: measured.length }, (_, i) => i);
  const finite = Array.from(measured).concat(Array.from(predicted)).filter(Number.isFinite);
  const [low, high] = [Math.min(...finite), Math.max(...finite)];
  const group = (name: string, held: boolean, colour: string) => {
    const rows = indices.filter((i) => heldout.has(i) === held);
    return { type: "scatter", mode: "markers", name: `${name} (${rows.length})`, x: rows.map((i) => measured[i]), y: rows.map((i) => (Number.isFinite(predicted[i]) ? predicted[i] : null)), marker: { color: colour, size: 6 } };
  };
  return {
    data: [
      group("training", false, "#4c78a8"), group("held out", true, "#f58518"),
      { type: "scatter", mode: "lines", name: "predicted = measured", x: [low, high], y: [low, high], line: { dash: "dot", color: "#888" } },
    ],
    layout: {
      width: 620, height: 520, plot_bgcolor: "white", margin: { l: 70, r: 20, t: options.title ? 60 : 20, b: 60 },
      ...(options.title ? { title: { text: options.title } } : {}),
      xaxis: { title: { text: "measured" }, gridcolor: "#eee" }, yaxis: { title: { text: `predicted by ${options.name}` }, gridcolor: "#eee" },
      legend: { orientation: "h", y: -0.18 },
    },
  };
}
