import { dirname, join, relative } from "node:path";
import { displayBundle, type MimeBundle } from "./displayBundle.js";
import type { PlotlyFigure } from "./figureHtml.js";
import { figureSnippet } from "./figureSnippet.js";
import { PLOTLY_BUNDLE } from "./plotlyBundle.js";
import { projectRoot } from "./projectRoot.js";
import { writeFigure, type FigureOptions } from "./writeFigure.js";

export interface ShowFigureOptions extends FigureOptions {
  /** The notebooks' folder, for relative links in the output. Default: notebooks/ at the root. */
  notebookDirectory?: string;
}

/**
 * Writes the figure's files (see writeFigure) and shows it in the notebook as one output: a PNG
 * (static, renders on GitHub) plus an HTML representation that becomes the interactive plot
 * where scripts run, and a text line naming the files. Returns nothing, so that tslab does not
 * print a value after the cell.
 */
export async function showFigure(figure: PlotlyFigure, name: string, options: ShowFigureOptions = {}): Promise<void> {
  const files = await writeFigure(figure, name, options);
  const directory = dirname(files.html);
  const fromNotebooks = relative(options.notebookDirectory ?? join(projectRoot(), "notebooks"), directory).split("\\").join("/");
  const snippet = figureSnippet(files.figure, {
    name,
    width: files.size.width,
    height: files.size.height,
    png: files.pngBytes,
    pageUrl: `${fromNotebooks}/${name}.html`,
    plotlyUrls: [`${fromNotebooks}/${PLOTLY_BUNDLE}`],
  });
  const text = `Figure ${name}: ${relative(projectRoot(), files.html)}${files.png ? " (.svg, .png)" : ""}`;
  const bundle: MimeBundle = { "text/html": snippet, "text/plain": text };
  if (files.pngBytes) bundle["image/png"] = files.pngBytes;
  const metadata = files.pngBytes ? { "image/png": { width: files.size.width, height: files.size.height } } : {};
  displayBundle(bundle, { metadata });
}
