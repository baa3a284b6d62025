import { randomBytes } from "node:crypto";
import { displayBundle, inKernel } from "./displayBundle.js";
import { escapeHtml } from "./tableHtml.js";

export interface Progress {
  /** Counts `steps` more done (default 1), with an optional note such as the current item. */
  tick(steps?: number, note?: string): void;
  /** Marks the work finished and shows the final count and time. */
  done(note?: string): void;
}

/** Least milliseconds between two redraws: each one is an iopub message in a notebook. */
const REDRAW_MS = 250;
/** Outside a notebook, least milliseconds between two printed lines. */
const PRINT_MS = 5000;

/**
 * A progress display for `total` steps. In a notebook one output updates in place (an HTML
 * progress bar and a text line, through a display id as tslab.newDisplay does); elsewhere a
 * line goes to stderr every few seconds.
 */
export function createProgress(total: number, label = "progress"): Progress {
  const started = Date.now();
  const displayId = randomBytes(8).toString("hex");
  const notebook = inKernel();
  let count = 0;
  let shown = false;
  let lastDrawn = 0;
  const draw = (note: string | undefined, final: boolean) => {
    const now = Date.now();
    if (!final && now - lastDrawn < (notebook ? REDRAW_MS : PRINT_MS)) return;
    lastDrawn = now;
    const text = progressLine(label, count, total, (now - started) / 1000, note, final);
    if (!notebook) return void process.stderr.write(text + "\n");
    const bar = `<progress value="${count}" max="${total}" style="width:20em"></progress> <code>${escapeHtml(text)}</code>`;
    displayBundle({ "text/html": bar, "text/plain": text }, { displayId, update: shown });
    shown = true;
  };
  draw(undefined, false);
  return {
    tick(steps = 1, note) {
      count = Math.min(total, count + steps);
      draw(note, false);
    },
    done(note) {
      draw(note, true);
    },
  };
}

/** "label: 30/100 (30%) 12 s, ~28 s left", or "label: done 100/100 in 40 s". */
export function progressLine(label: string, count: number, total: number, seconds: number, note?: string, final = false): string {
  const percent = total > 0 ? Math.floor((100 * count) / total) : 100;
  const remaining = count > 0 && count < total ? `, ~${duration((seconds * (total - count)) / count)} left` : "";
  const body = final
    ? `done ${count}/${total} in ${duration(seconds)}`
    : `${count}/${total} (${percent}%) ${duration(seconds)}${remaining}`;
  return `${label}: ${body}${note ? ` ${note}` : ""}`;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
