/**
 * Expressions drawn as trees (Fig. 1), one panel each: operator nodes as circles, leaves as
 * squares; an edge into an operator's left input (a, the amplified exp/sinh side) in orange, into
 * its right input (b, the attenuated side) in blue.
 */
import { treeLayout } from "../analysis/treeLayout.js";
import type { Expression } from "../expression.js";
import type { PlotlyFigure } from "../notebook/figureHtml.js";
import { subplotAxes } from "./subplotAxes.js";

export interface TreePanel {
  title: string;
  expression: Expression;
}

export const LEFT_INPUT_COLOUR = "#e6550d";
export const RIGHT_INPUT_COLOUR = "#3182bd";

/** One panel per tree, in `columns` columns. */
export function treesFigure(panels: readonly TreePanel[], columns = 3, title?: string): PlotlyFigure {
  const data: object[] = [];
  const layout: Record<string, unknown> = {
    showlegend: false, margin: { l: 10, r: 10, t: title ? 60 : 30, b: 10 }, plot_bgcolor: "white",
    width: 300 * columns, height: 230 * Math.ceil(panels.length / columns) + (title ? 30 : 0), annotations: [] as object[],
    ...(title ? { title: { text: title } } : {}),
  };
  const maxDepth = Math.max(...panels.map((p) => Math.max(...treeLayout(p.expression).map((n) => n.depth))));
  panels.forEach((panel, index) => {
    const axes = subplotAxes(index, panels.length, columns, { x: 0.03, y: 0.12 });
    const nodes = treeLayout(panel.expression);
    const y = (depth: number) => -depth;
    for (const side of [0, 1] as const) {
      const xs: Array<number | null> = [];
      const ys: Array<number | null> = [];
      for (const node of nodes) {
        if (node.parent === undefined || node.side !== side) continue;
        const parent = nodes[node.parent];
        xs.push(parent.x, node.x, null);
        ys.push(y(parent.depth), y(node.depth), null);
      }
      data.push({
        type: "scatter", mode: "lines", x: xs, y: ys, xaxis: axes.xref, yaxis: axes.yref, hoverinfo: "skip",
        line: { color: side === 0 ? LEFT_INPUT_COLOUR : RIGHT_INPUT_COLOUR, width: 2.5 },
      });
    }
    const operators = nodes.filter((n) => n.kind === "op");
    const leaves = nodes.filter((n) => n.kind !== "op");
    for (const [group, symbol, colour] of [[operators, "circle", "#f0f0f0"], [leaves, "square", "#fff7bc"]] as const) {
      data.push({
        type: "scatter", mode: "markers+text", x: group.map((n) => n.x), y: group.map((n) => y(n.depth)),
        text: group.map((n) => n.label), textposition: "middle center", textfont: { size: 11 },
        marker: { symbol, size: 30, color: colour, line: { color: "#333", width: 1 } },
        xaxis: axes.xref, yaxis: axes.yref, hoverinfo: "text",
      });
    }
    layout[axes.xKey] = { domain: axes.xDomain, range: [-0.12, 1.12], visible: false, fixedrange: true };
    layout[axes.yKey] = { domain: axes.yDomain, range: [-maxDepth - 0.4, 0.45], visible: false, fixedrange: true };
    (layout.annotations as object[]).push({
      text: panel.title, showarrow: false, xref: "paper", yref: "paper", x: (axes.xDomain[0] + axes.xDomain[1]) / 2,
      y: axes.yDomain[1] + 0.01, yanchor: "bottom", font: { size: 13 },
    });
  });
  return { data, layout };
}
