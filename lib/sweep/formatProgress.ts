import { formatDuration } from "./formatDuration.js";

export interface ProgressState {
  /** Units finished so far, including any done before this session (a resumed sweep). */
  done: number;
  total: number;
  /** Seconds since this session started. */
  elapsedSeconds: number;
  /** Units already done when this session started; the rate counts only the rest. Default 0. */
  doneAtStart?: number;
  /** Appended after a bar, e.g. running exact counts. */
  extra?: string;
}

export interface FormatProgressOptions {
  /** Characters inside the brackets; default 24. */
  barWidth?: number;
  /** What is counted, for the rate; default "trials". */
  unit?: string;
}

/**
 * One progress line: bar, done/total, percent, rate, ETA and elapsed time, then the extra
 * text, e.g. `[######------]  1344/5376  25.0%  3.20 trials/s  ETA 21m 00s  elapsed 7m 00s | exact 98`.
 * The counts are padded to the total's width so that redraws in place do not jitter.
 */
export function formatProgress(state: ProgressState, options: FormatProgressOptions = {}): string {
  const { barWidth = 24, unit = "trials" } = options;
  const { done, total, elapsedSeconds, doneAtStart = 0, extra } = state;
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(fraction * barWidth);
  const bar = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]`;
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  const percent = `${(100 * fraction).toFixed(1).padStart(5)}%`;
  const rate = elapsedSeconds > 0 ? (done - doneAtStart) / elapsedSeconds : Number.NaN;
  const remaining = Math.max(0, total - done);
  const eta = remaining === 0 ? 0 : rate > 0 ? remaining / rate : Number.NaN;
  const parts = [
    bar,
    count,
    percent,
    `${formatRate(rate)} ${unit}/s`,
    `ETA ${formatDuration(eta)}`,
    `elapsed ${formatDuration(elapsedSeconds)}`,
  ];
  const line = parts.join("  ");
  return extra ? `${line} | ${extra}` : line;
}

function formatRate(rate: number): string {
  if (!Number.isFinite(rate) || rate < 0) return "--";
  if (rate >= 100) return rate.toFixed(0);
  if (rate >= 10) return rate.toFixed(1);
  return rate.toFixed(2);
}
