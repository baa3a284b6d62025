import { formatProgress, type FormatProgressOptions } from "./formatProgress.js";

/** The part of a Writable (process.stderr) that the bar uses. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Terminal width; lines are cut to it so that a redraw in place never wraps. */
  columns?: number;
}

export interface ProgressBarOptions extends FormatProgressOptions {
  total: number;
  /** Where to draw, usually process.stderr. */
  stream: ProgressStream;
  /** Redraw in place; default stream.isTTY. */
  tty?: boolean;
  /** Not a TTY: print a line at most this often, in seconds; default 10. */
  intervalSeconds?: number;
  /** A TTY: redraw at most this often, in seconds; default 0.1. */
  redrawSeconds?: number;
  /** Units already done when this session starts (a resumed sweep); default 0. */
  doneAtStart?: number;
  /** Clock in milliseconds; default performance.now. */
  now?: () => number;
}

export interface ProgressBar {
  /** Reports progress; draws when the throttle allows. */
  update(done: number, extra?: string): void;
  /** Prints a line of its own (a warning, a result) without garbling the bar. */
  print(line: string): void;
  /** Draws the final state and ends the line; later calls do nothing. */
  finish(extra?: string): void;
}

/**
 * A progress bar on a terminal (redrawn in place with CR and erase-to-end-of-line), or, when
 * the stream is not a terminal (a log file, CI), one plain line at most every
 * `intervalSeconds`. The line itself is {@link formatProgress}.
 */
export function progressBar(options: ProgressBarOptions): ProgressBar {
  const {
    total,
    stream,
    tty = stream.isTTY === true,
    intervalSeconds = 10,
    redrawSeconds = 0.1,
    doneAtStart = 0,
    now = () => performance.now(),
    ...formatOptions
  } = options;
  const start = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let done = doneAtStart;
  let extra: string | undefined;
  let barShown = false;
  let finished = false;

  const line = (): string => {
    const text = formatProgress(
      { done, total, doneAtStart, extra, elapsedSeconds: (now() - start) / 1000 },
      formatOptions,
    );
    const width = stream.columns;
    return tty && width !== undefined && width > 1 && text.length >= width ? text.slice(0, width - 1) : text;
  };
  const draw = (): void => {
    lastDraw = now();
    if (tty) {
      stream.write(`\r${line()}\x1b[K`);
      barShown = true;
    } else {
      stream.write(`${line()}\n`);
    }
  };

  return {
    update(newDone, newExtra) {
      if (finished) return;
      done = newDone;
      if (newExtra !== undefined) extra = newExtra;
      const throttle = 1000 * (tty ? redrawSeconds : intervalSeconds);
      if (now() - lastDraw >= throttle) draw();
    },
    print(text) {
      if (tty && barShown) {
        stream.write(`\r\x1b[K${text}\n`);
        if (!finished) draw();
      } else {
        stream.write(`${text}\n`);
      }
    },
    finish(finalExtra) {
      if (finished) return;
      if (finalExtra !== undefined) extra = finalExtra;
      draw();
      if (tty) stream.write("\n");
      finished = true;
      barShown = false;
    },
  };
}
