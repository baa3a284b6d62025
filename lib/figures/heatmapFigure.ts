/**
 * Fig. 2: exact recovery per (shape and leaf order) x architecture, one panel per operator. A
 * measured cell shows k/n and its colour the rate; its hover adds the 95% Clopper-Pearson
 * interval and, where the paper states the cell's rate, the paper's. Gray: not in the design
 * ("not tested", as in the paper), light gray: planned, no trial yet.
 */
import type { HeatmapCell } from "../analysis/heatmapCells.js";
import { ARCHITECTURE_LABELS } from "../analysis/labels.js";
import type { PlotlyFigure } from "../notebook/figureHtml.js";
import type { ArchitectureName } from "../protocol.js";
import { subplotAxes } from "./subplotAxes.js";

export interface HeatmapFigureOptions {
  /** The paper's rate of a cell as text ("16.8%"), or undefined. */
  paperText?: (cell: HeatmapCell) => string | undefined;
  title?: string;
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

function hoverText(cell: HeatmapCell, paper: string | undefined): string {
  const head = `${cell.operator.toUpperCase()} ${cell.row} · ${ARCHITECTURE_LABELS[cell.arch]}${cell.target ? ` (${cell.target})` : ""}`;
  if (cell.status === "untested") return `${head}<br>not tested (not in the paper's design)`;
  if (cell.status === "pending") return `${head}<br>planned; no trial yet${paper ? `<br>paper: ${paper}` : ""}`;
  const interval = Number.isFinite(cell.lower) ? ` [${percent(cell.lower)}, ${percent(cell.upper)}]` : "";
  return `${head}<br>ours: ${cell.exact}/${cell.trials} = ${percent(cell.rate)}${interval}, n = ${cell.trials}${paper ? `<br>paper: ${paper}` : ""}`;
}

export function heatmapFigure(cells: readonly HeatmapCell[], options: HeatmapFigureOptions = {}): PlotlyFigure {
  const operators = [...new Set(cells.map((c) => c.operator))];
  const rows = [...new Set(cells.map((c) => c.row))];
  const archs = [...new Set(cells.map((c) => c.arch))];
  const columns = archs.map((a) => ARCHITECTURE_LABELS[a]);
  const yRows = [...rows].reverse();
  const data: object[] = [];
  const layout: Record<string, unknown> = {
    width: 330 * operators.length + 120, height: 42 * rows.length + (options.title ? 140 : 90),
    margin: { l: 110, r: 20, t: options.title ? 110 : 60, b: 20 }, plot_bgcolor: "white", annotations: [] as object[],
    coloraxis: { colorscale: "Viridis", cmin: 0, cmax: 100, colorbar: { title: { text: "exact %" }, ticksuffix: "%" } },
    ...(options.title ? { title: { text: options.title, y: 0.98, yanchor: "top" } } : {}),
  };
  operators.forEach((operator, index) => {
    const axes = subplotAxes(index, operators.length, operators.length, { x: 0.03, y: 0 });
    const at = (row: string, arch: ArchitectureName) => cells.find((c) => c.operator === operator && c.row === row && c.arch === arch);
    const grid = <T>(f: (cell: HeatmapCell | undefined) => T) => yRows.map((row) => archs.map((arch) => f(at(row, arch))));
    data.push({
      type: "heatmap", x: columns, y: yRows, xaxis: axes.xref, yaxis: axes.yref, coloraxis: "coloraxis", xgap: 2, ygap: 2,
      z: grid((c) => (c?.status === "measured" ? 100 * c.rate : null)),
      text: grid((c) => (c?.status === "measured" ? `${c.exact}/${c.trials}` : "")),
      customdata: grid((c) => (c?.status === "measured" ? hoverText(c, options.paperText?.(c)) : "")),
      texttemplate: "%{text}", textfont: { size: 11 }, hovertemplate: "%{customdata}<extra></extra>", hoverongaps: false,
    });
    data.push({
      type: "heatmap", x: columns, y: yRows, xaxis: axes.xref, yaxis: axes.yref, xgap: 2, ygap: 2, showscale: false,
      zmin: 0, zmax: 1, colorscale: [[0, "#bdbdbd"], [1, "#ececec"]],
      z: grid((c) => (!c || c.status === "untested" ? 0 : c.status === "pending" ? 1 : null)),
      text: grid((c) => (c?.status === "pending" ? "pending" : "")),
      customdata: grid((c) => (c && c.status !== "measured" ? hoverText(c, options.paperText?.(c)) : "")),
      texttemplate: "%{text}", textfont: { size: 10, color: "#555" }, hovertemplate: "%{customdata}<extra></extra>", hoverongaps: false,
    });
    layout[axes.xKey] = { domain: axes.xDomain, side: "top", fixedrange: true, ticks: "" };
    layout[axes.yKey] = { anchor: axes.xref, fixedrange: true, ticks: "", showticklabels: index === 0, categoryorder: "array", categoryarray: yRows };
    (layout.annotations as object[]).push({
      text: `<b>${operator.toUpperCase()}</b>`, showarrow: false, xref: "paper", yref: "paper",
      x: (axes.xDomain[0] + axes.xDomain[1]) / 2, y: 1, yshift: 32, yanchor: "bottom",
    });
  });
  return { data, layout };
}
