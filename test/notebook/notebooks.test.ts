import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeNotebook } from "../../lib/notebook/execute.js";
import { findChromium } from "../../lib/notebook/figureRenderer.js";
import { joinLines, readNotebook } from "../../lib/notebook/notebookFile.js";
import { projectRoot } from "../../lib/notebook/projectRoot.js";

/**
 * The project's notebooks, each run in quick mode from the committed data (what `npm run
 * reproduce -- --quick` does), saved to a temporary copy and drawing their figures into a
 * temporary folder (FIGURES_DIRECTORY), so that the committed notebooks and figures stay as they are.
 */
const directory = join(projectRoot(), "notebooks");
const notebooks = existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith(".ipynb")).sort() : [];
const output = mkdtempSync(join(tmpdir(), "notebooks-"));
const figures = join(output, "figures");
const previous = process.env.FIGURES_DIRECTORY;

/** The figure names a run showed: showFigure's text line "Figure NAME: path". */
function shownFigures(path: string): string[] {
  return readNotebook(path).cells.flatMap((cell) => (cell.outputs ?? []).flatMap((o) => {
    const text = joinLines(o.data?.["text/plain"]);
    const match = /^Figure ([^:]+):/.exec(text);
    return match ? [match[1]] : [];
  }));
}

describe("notebooks/*.ipynb in quick mode", () => {
  beforeAll(() => {
    process.env.FIGURES_DIRECTORY = figures;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.FIGURES_DIRECTORY;
    else process.env.FIGURES_DIRECTORY = previous;
  });

  it.skipIf(notebooks.length > 0)("(no notebooks yet)", () => {});

  for (const name of notebooks) {
    it(`${name} executes without error and writes the figures it shows`, async () => {
      const path = join(output, name);
      const run = await executeNotebook(join(directory, name), { outputPath: path, parameters: { quick: true }, cellTimeoutSeconds: 600 });
      expect(run.failures).toEqual([]);
      for (const figure of shownFigures(path)) {
        expect(existsSync(join(figures, `${figure}.html`))).toBe(true);
        if (findChromium()) expect(existsSync(join(figures, `${figure}.png`))).toBe(true);
      }
    }, 1_200_000);
  }
});
