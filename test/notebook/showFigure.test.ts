import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeNotebook } from "../../lib/notebook/execute.js";
import { figureSnippet } from "../../lib/notebook/figureSnippet.js";
import { closeFigureRenderer, findChromium } from "../../lib/notebook/figureRenderer.js";
import { joinLines, readNotebook } from "../../lib/notebook/notebookFile.js";
import { writeFigure } from "../../lib/notebook/writeFigure.js";
import { fixtureCopy } from "./fixtures.js";

const chromiumPath = findChromium();
if (!chromiumPath) console.warn("SKIPPED: no Chromium (apt-get install chromium): figure rendering tests did not run");
const figure = { data: [{ x: [1, 2, 3], y: new Float64Array([2, 1, 3]), type: "scatter" }], layout: { title: { text: "test" } } };

describe.skipIf(!chromiumPath)("figures", () => {
  const root = mkdtempSync(join(tmpdir(), "figures-test-"));
  const figures = join(root, "figures");
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath!, args: ["--no-sandbox", "--disable-gpu"] });
  });
  afterAll(async () => {
    await browser?.close();
    await closeFigureRenderer();
  });

  /** Loads `path`, waits for a rendered plot, and returns the page's errors. */
  async function renderedErrors(path: string): Promise<string[]> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await page.goto(pathToFileURL(path).href);
    await page.waitForSelector(".main-svg", { timeout: 30_000 });
    await page.close();
    return errors;
  }

  it("writeFigure(figure, name) writes html, svg and png beside one plotly.min.js", async () => {
    const files = await writeFigure(figure, "scatter", { directory: figures });
    expect(files.html).toBe(join(figures, "scatter.html"));
    expect(readFileSync(join(figures, "scatter.svg"), "utf8")).toMatch(/^<svg/);
    expect(readFileSync(join(figures, "scatter.png")).subarray(1, 4).toString()).toBe("PNG");
    expect(existsSync(join(figures, "plotly.min.js"))).toBe(true);
    const html = readFileSync(files.html, "utf8");
    expect(html).toContain('<script src="plotly.min.js"></script>');
    expect(html.length).toBeLessThan(10_000);
    expect(html).toContain('"y":[2,1,3]');
  });

  it("the exported page renders a plot in Chromium without page or console errors", async () => {
    await writeFigure(figure, "page", { directory: figures });
    expect(await renderedErrors(join(figures, "page.html"))).toEqual([]);
  });

  it("the notebook snippet becomes the interactive plot where scripts run", async () => {
    const notebooks = join(root, "notebooks");
    mkdirSync(notebooks, { recursive: true });
    const files = await writeFigure(figure, "snippet", { directory: figures });
    const snippet = figureSnippet(files.figure, { name: "snippet", width: 700, height: 450, png: files.pngBytes, pageUrl: "../figures/snippet.html", plotlyUrls: ["../figures/plotly.min.js"] });
    expect(snippet).toContain("data:image/png;base64,");
    writeFileSync(join(notebooks, "output.html"), `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet}</body></html>`);
    expect(await renderedErrors(join(notebooks, "output.html"))).toEqual([]);
  });

  it("showFigure in a notebook shows one output with image/png, text/html and text/plain", async () => {
    const path = fixtureCopy("figure.ipynb");
    const run = await executeNotebook(path, { parameters: { directory: figures, name: "in-notebook" } });
    expect(run.failures).toEqual([]);
    const outputs = readNotebook(path).cells[1].outputs ?? [];
    expect(outputs).toHaveLength(1);
    expect(Object.keys(outputs[0].data).sort()).toEqual(["image/png", "text/html", "text/plain"]);
    expect(outputs[0].metadata).toEqual({ "image/png": { width: 400, height: 300 } });
    expect(joinLines(outputs[0].data["text/plain"])).toContain("in-notebook.html (.svg, .png)");
    for (const extension of ["html", "svg", "png"]) expect(existsSync(join(figures, `in-notebook.${extension}`))).toBe(true);
  });
});

describe("writeFigure without a browser", () => {
  it("writes the HTML page only and prints one notice", async () => {
    const directory = mkdtempSync(join(tmpdir(), "figures-test-"));
    const saved = process.env.CHROMIUM_PATH;
    const lines: string[] = [];
    const log = console.log;
    process.env.CHROMIUM_PATH = join(directory, "no-such-browser");
    console.log = (line: string) => lines.push(line);
    try {
      const files = await writeFigure(figure, "plain", { directory });
      await writeFigure(figure, "plain-again", { directory });
      expect(files.svg).toBeUndefined();
      expect(existsSync(join(directory, "plain.html"))).toBe(true);
      expect(existsSync(join(directory, "plain.png"))).toBe(false);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/no Chromium found/);
    } finally {
      console.log = log;
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
