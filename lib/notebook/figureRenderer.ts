import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { PlotlyFigure } from "./figureHtml.js";
import { plotlyBundlePath } from "./plotlyBundle.js";
import { projectRoot } from "./projectRoot.js";

export interface ImageSize {
  width: number;
  height: number;
  /** Pixel density of PNGs (2: sharp on high-resolution screens). */
  scale: number;
}

/** Candidate browsers, first found wins. */
const CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-headless-shell", "/usr/bin/google-chrome"];
const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];
/** An idle browser closes itself after this long, so that scripts and kernels can exit. */
const IDLE_CLOSE_MS = 60_000;

/**
 * The part of playwright-core used here. playwright is required on first use rather than
 * imported: its typings take tslab seconds to compile in every notebook that imports lib/notebook.
 */
interface Page {
  setContent(html: string): Promise<void>;
  addScriptTag(options: { path: string }): Promise<unknown>;
  evaluate<Result, Argument>(run: (argument: Argument) => Result | Promise<Result>, argument: Argument): Promise<Result>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Launcher {
  launch(options: { executablePath: string; headless: boolean; args: string[]; handleSIGINT: boolean }): Promise<Browser>;
}

let session: Promise<Page> | null = null;
let browser: Browser | null = null;
let queue: Promise<unknown> = Promise.resolve();
let idleTimer: NodeJS.Timeout | undefined;

/** The Chromium to render with: CHROMIUM_PATH if set (and present), else the first installed. */
export function findChromium(): string | null {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CHROMIUM_PATHS;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/**
 * Renders `figure` to SVG text and PNG bytes with Plotly.toImage in headless Chromium. One
 * browser page with plotly loaded serves every call of the process (loading the bundle takes
 * seconds, a render tens of milliseconds); calls queue. Null where no browser is found.
 */
export async function renderFigure(figure: PlotlyFigure, size: ImageSize): Promise<{ svg: string; png: Buffer } | null> {
  if (!findChromium()) return null;
  const render = queue.then(async () => {
    clearTimeout(idleTimer);
    const page = await openPage();
    const svg = await toImage(page, figure, "svg", { ...size, scale: 1 });
    const png = await toImage(page, figure, "png", size);
    return { svg: decodeURIComponent(svg.slice(svg.indexOf(",") + 1)), png: Buffer.from(png.slice(png.indexOf(",") + 1), "base64") };
  });
  queue = render.catch(() => undefined).finally(scheduleIdleClose);
  return render;
}

/** Closes the shared browser (it also closes itself when idle, and with the process). */
export async function closeFigureRenderer(): Promise<void> {
  clearTimeout(idleTimer);
  const closing = browser;
  session = null;
  browser = null;
  await closing?.close().catch(() => undefined);
}

async function openPage(): Promise<Page> {
  session ??= (async () => {
    // handleSIGINT off: SIGINT interrupts a notebook cell and must not kill the browser.
    const { chromium } = createRequire(join(projectRoot(), "package.json"))("playwright-core") as { chromium: Launcher };
    browser = await chromium.launch({ executablePath: findChromium()!, headless: true, args: CHROMIUM_FLAGS, handleSIGINT: false });
    const page = await browser.newPage();
    await page.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>");
    await page.addScriptTag({ path: plotlyBundlePath() });
    return page;
  })();
  try {
    return await session;
  } catch (error) {
    session = null;
    throw error;
  }
}

async function toImage(page: Page, figure: PlotlyFigure, format: "svg" | "png", size: ImageSize): Promise<string> {
  return page.evaluate(
    ([figure, options]) => (globalThis as any).Plotly.toImage(figure, options) as Promise<string>,
    [figure, { format, ...size }] as [PlotlyFigure, ImageSize & { format: string }],
  );
}

function scheduleIdleClose(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void closeFigureRenderer(), IDLE_CLOSE_MS);
  idleTimer.unref();
}
