import { escapeHtml } from "./tableHtml.js";

/** A plotly figure as plotly.js takes it (the JSON schema of `Plotly.newPlot`). */
export interface PlotlyFigure {
  data: object[];
  layout?: object;
  config?: object;
}

/**
 * JSON of `figure` that is safe inside a `<script>`: typed arrays become arrays (plotly reads
 * either; JSON.stringify would make objects of them) and `<` is escaped so no `</script>` ends it.
 */
export function figureJson(figure: PlotlyFigure): string {
  const json = JSON.stringify(figure, (_key, value) =>
    ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as unknown as ArrayLike<number>) : value,
  );
  return json.replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * A standalone interactive page for `figure` that loads plotly from `plotlyUrl` (relative to the
 * page) instead of inlining it.
 */
export function figureHtml(figure: PlotlyFigure, title: string, plotlyUrl = "plotly.min.js"): string {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<script src="${escapeHtml(plotlyUrl)}"></script>
<style>html, body { margin: 0; height: 100%; } #figure { width: 100%; height: 100%; }</style>
</head>
<body>
<div id="figure"></div>
<script>
const figure = ${figureJson(figure)};
Plotly.newPlot("figure", figure.data, figure.layout || {}, Object.assign({ responsive: true }, figure.config || {}));
</script>
</body>
</html>
`;
}
