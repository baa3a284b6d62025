import { randomBytes } from "node:crypto";
import { figureJson, type PlotlyFigure } from "./figureHtml.js";
import { escapeHtml } from "./tableHtml.js";

export interface SnippetOptions {
  name: string;
  width: number;
  height: number;
  /** Static fallback shown where scripts do not run (GitHub, untrusted notebooks). */
  png?: Buffer;
  /** URL of the standalone page, relative to the notebook, e.g. "../figures/loss.html". */
  pageUrl: string;
  /** URLs to try for plotly.min.js after Jupyter's own `files/` route, relative to the notebook. */
  plotlyUrls: string[];
}

/**
 * The notebook's text/html for a figure: the static PNG and a link to the standalone page, plus
 * a script that replaces the image with the interactive plot where scripts run (a trusted
 * notebook, nbconvert HTML) and plotly can be loaded: an already loaded Plotly, else the bundle
 * under figures/ through Jupyter's `files/` route (the server started at the repository root),
 * else by relative URL, through require.js in the classic Notebook.
 */
export function figureSnippet(figure: PlotlyFigure, options: SnippetOptions): string {
  const id = `figure-${randomBytes(6).toString("hex")}`;
  const image = options.png
    ? `<img src="data:image/png;base64,${options.png.toString("base64")}" width="${options.width}" alt="${escapeHtml(options.name)}">`
    : `<p>Interactive figure ${escapeHtml(options.name)}: run the notebook trusted, or open the page below.</p>`;
  // No style attribute: sanitizers of untrusted outputs mangle it; the script sizes the plot.
  return `<div id="${id}">${image}</div>
<div style="font-size:smaller"><a href="${escapeHtml(options.pageUrl)}" target="_blank">${escapeHtml(options.name)} (interactive page)</a></div>
<script type="text/javascript">
(function () {
  var figure = ${figureJson(figure)};
  var element = document.getElementById(${JSON.stringify(id)});
  if (!element) return;
  function plot(Plotly) {
    if (!Plotly) return;
    element.innerHTML = "";
    element.style.width = "${options.width}px";
    element.style.maxWidth = "100%";
    element.style.height = "${options.height}px";
    Plotly.newPlot(element, figure.data, figure.layout || {}, Object.assign({ responsive: true }, figure.config || {}));
  }
  if (window.Plotly) return plot(window.Plotly);
  var base = null, config = document.getElementById("jupyter-config-data");
  try { base = config ? JSON.parse(config.textContent).baseUrl : document.body.getAttribute("data-base-url"); } catch (e) {}
  var urls = (base ? [base.replace(/\\/?$/, "/") + "files/figures/plotly.min.js"] : []).concat(${JSON.stringify(options.plotlyUrls)});
  if (typeof window.requirejs === "function" && window.requirejs.config) {
    window.requirejs.config({ paths: { plotly: urls[0].replace(/\\.js$/, "") } });
    // plotly may register as an AMD module or only set window.Plotly.
    return window.requirejs(["plotly"], function (Plotly) { plot(Plotly || window.Plotly); }, function () {});
  }
  (function load(i) {
    if (i >= urls.length) return;
    var script = document.createElement("script");
    script.src = urls[i];
    script.onload = function () { plot(window.Plotly); };
    script.onerror = function () { script.remove(); load(i + 1); };
    document.head.appendChild(script);
  })(0);
})();
</script>`;
}
