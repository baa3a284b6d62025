/** What notebooks import: `import { showFigure, notebookParameters } from "./lib/notebook/index"` (tslab resolves no directory imports). */
export { notebookParameters, NOTEBOOK_ARGS_VARIABLE, type ParameterValue } from "./notebookParameters.js";
export { showFigure, type ShowFigureOptions } from "./showFigure.js";
export { writeFigure, type FigureFiles, type FigureOptions } from "./writeFigure.js";
export { closeFigureRenderer } from "./figureRenderer.js";
export type { PlotlyFigure } from "./figureHtml.js";
export { showTable, type ShowTableOptions } from "./showTable.js";
export { createProgress, type Progress } from "./createProgress.js";
export { displayBundle, inKernel, type MimeBundle, type DisplayOptions } from "./displayBundle.js";
export { projectRoot } from "./projectRoot.js";
