import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { figureHtml, figureJson, type PlotlyFigure } from "./figureHtml.js";
import { findChromium, renderFigure } from "./figureRenderer.js";
import { ensurePlotlyBundle, PLOTLY_BUNDLE } from "./plotlyBundle.js";
import { projectRoot } from "./projectRoot.js";
import { atomicWriteSync } from "../io/atomicWrite.js";

export interface FigureOptions {
  /** Image size in CSS pixels. Defaults: the figure layout's width and height, else 700 x 450. */
  width?: number;
  height?: number;
  /** PNG pixel density. Default 2. */
  scale?: number;
  /**
   * Where the files go. Default: the folder in the environment variable FIGURES_DIRECTORY if set
   * (tests run the notebooks without touching the committed figures), else figures/ at the root.
   */
  directory?: string;
}

/** What writeFigure wrote: absolute paths (svg and png absent where no browser was found). */
export interface FigureFiles {
  html: string;
  svg?: string;
  png?: string;
  /** The figure as plain JSON (typed arrays made arrays), its image size, and the PNG bytes. */
  figure: PlotlyFigure;
  size: { width: number; height: number; scale: number };
  pngBytes?: Buffer;
}

/**
 * Plotly names the SVG's clip paths and defs after a random 6-hex-digit uid, and gives each trace
 * a random uid of its own (its class `trace<uid>`), so the same figure gave a different file on
 * every run. The figure's uid is replaced by one derived from the figure's name (unique per figure,
 * so several SVGs can share a page), and the trace uids by the figure's followed by the trace's
 * place in the file.
 */
export function stableSvgIds(svg: string, name: string): string {
  const uid = /id="defs-([0-9a-f]{6})"/.exec(svg)?.[1];
  if (uid === undefined) return svg;
  const stable = hashHex(name);
  // Only where plotly writes it: clip<uid>..., (top)defs-<uid>, legend<uid>, g<uid>-cb (colour bars).
  const figureIds = svg.replace(new RegExp(`(clip|defs-|legend|["#]g)${uid}`, "g"), `$1${stable}`);
  const traces = new Map<string, string>();
  return figureIds.replace(/class="[^"]*"/g, (attribute) =>
    attribute.replace(/\btrace([0-9a-f]{6})\b/g, (_match, traceUid: string) => {
      if (!traces.has(traceUid)) traces.set(traceUid, `${stable}-${traces.size}`);
      return `trace${traces.get(traceUid)}`;
    }));
}

/** Six hex digits of the FNV-1a hash of a text. */
function hashHex(text: string): string {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0").slice(-6);
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
let noticeShown = false;

/**
 * Writes `<directory>/<name>.html` (interactive, loading the plotly.min.js copied beside it),
 * `<name>.svg` and `<name>.png` (rendered in headless Chromium). Without a browser: the HTML
 * file only, and a one-line notice once per process.
 */
export async function writeFigure(figure: PlotlyFigure, name: string, options: FigureOptions = {}): Promise<FigureFiles> {
  if (!NAME.test(name)) throw new Error(`writeFigure: name "${name}" must be letters, digits, ".", "_" or "-"`);
  const layout = (figure.layout ?? {}) as { width?: number; height?: number };
  const size = { width: options.width ?? layout.width ?? 700, height: options.height ?? layout.height ?? 450, scale: options.scale ?? 2 };
  const directory = resolve(options.directory ?? (process.env.FIGURES_DIRECTORY || join(projectRoot(), "figures")));
  mkdirSync(directory, { recursive: true });
  ensurePlotlyBundle(directory);
  const plain = JSON.parse(figureJson(figure)) as PlotlyFigure;
  const files: FigureFiles = { html: join(directory, `${name}.html`), figure: plain, size };
  atomicWriteSync(files.html, figureHtml(plain, name, PLOTLY_BUNDLE));
  const images = findChromium() ? await renderFigure(plain, size) : null;
  if (images) {
    files.svg = join(directory, `${name}.svg`);
    files.png = join(directory, `${name}.png`);
    files.pngBytes = images.png;
    atomicWriteSync(files.svg, stableSvgIds(images.svg, name));
    atomicWriteSync(files.png, images.png);
  } else if (!noticeShown) {
    noticeShown = true;
    console.log("writeFigure: no Chromium found (install chromium or set CHROMIUM_PATH): HTML figures only");
  }
  return files;
}
