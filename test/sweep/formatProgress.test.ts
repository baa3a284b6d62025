import { describe, expect, it } from "vitest";
import { formatProgress } from "../../lib/sweep/formatProgress.js";

describe("formatProgress", () => {
  it("formatProgress(state) shows bar, counts, percent, rate, ETA and elapsed time", () => {
    const line = formatProgress({ done: 1344, total: 5376, elapsedSeconds: 420 }, { barWidth: 8 });
    // 1344 / 420 s = 3.2 trials/s; 4032 left / 3.2 = 1260 s.
    expect(line).toBe("[##------]  1344/5376   25.0%  3.20 trials/s  ETA 21m 00s  elapsed 7m 00s");
  });

  it("formatProgress appends the extra text after a bar", () => {
    const line = formatProgress({ done: 10, total: 20, elapsedSeconds: 5, extra: "exact 3/10" }, { barWidth: 4 });
    expect(line).toBe("[##--]  10/20   50.0%  2.00 trials/s  ETA 5s  elapsed 5s | exact 3/10");
  });

  it("formatProgress pads the done count to the total's width", () => {
    const line = formatProgress({ done: 7, total: 5376, elapsedSeconds: 1 });
    expect(line).toContain("   7/5376");
  });

  it("formatProgress counts only this session's units in the rate of a resumed run", () => {
    const line = formatProgress({ done: 150, total: 200, doneAtStart: 100, elapsedSeconds: 10 }, { barWidth: 4 });
    // 50 new in 10 s = 5/s; 50 left -> 10 s.
    expect(line).toBe("[###-]  150/200   75.0%  5.00 trials/s  ETA 10s  elapsed 10s");
  });

  it("formatProgress shows -- for the rate and ETA before any time has passed or work is done", () => {
    expect(formatProgress({ done: 0, total: 10, elapsedSeconds: 0 })).toContain("-- trials/s  ETA --");
    expect(formatProgress({ done: 0, total: 10, elapsedSeconds: 3 })).toContain("0.00 trials/s  ETA --");
  });

  it("formatProgress of a finished run shows a full bar, 100% and ETA 0s", () => {
    const line = formatProgress({ done: 64, total: 64, elapsedSeconds: 128 }, { barWidth: 4, unit: "seeds" });
    expect(line).toBe("[####]  64/64  100.0%  0.50 seeds/s  ETA 0s  elapsed 2m 08s");
  });

  it("formatProgress of an empty run (total 0) is complete", () => {
    expect(formatProgress({ done: 0, total: 0, elapsedSeconds: 0 }, { barWidth: 2 })).toMatch(/^\[##\]  0\/0  100\.0%/);
  });

  it("formatProgress keeps the bar within its brackets when done exceeds total", () => {
    expect(formatProgress({ done: 12, total: 10, elapsedSeconds: 1 }, { barWidth: 4 })).toMatch(/^\[####\]/);
  });

  it("formatProgress shows fast rates without decimals", () => {
    expect(formatProgress({ done: 1500, total: 3000, elapsedSeconds: 10 })).toContain(" 150 trials/s");
    expect(formatProgress({ done: 125, total: 3000, elapsedSeconds: 10 })).toContain(" 12.5 trials/s");
  });
});
