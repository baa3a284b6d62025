import { describe, expect, it } from "vitest";
import { progressBar, type ProgressStream } from "../../lib/sweep/progressBar.js";

function fakeStream(isTTY: boolean, columns?: number) {
  const writes: string[] = [];
  const stream: ProgressStream = { write: (text: string) => writes.push(text), isTTY, columns };
  return { stream, writes };
}

function fakeClock() {
  let milliseconds = 0;
  return { now: () => milliseconds, advance: (seconds: number) => (milliseconds += seconds * 1000) };
}

describe("progressBar", () => {
  it("progressBar on a TTY redraws in place with CR and erase-to-end-of-line", () => {
    const { stream, writes } = fakeStream(true);
    const clock = fakeClock();
    const bar = progressBar({ total: 4, stream, now: clock.now, barWidth: 4 });
    clock.advance(1);
    bar.update(1, "exact 1");
    expect(writes).toEqual(["\r[#---]  1/4   25.0%  1.00 trials/s  ETA 3s  elapsed 1s | exact 1\x1b[K"]);
  });

  it("progressBar on a TTY throttles redraws to redrawSeconds", () => {
    const { stream, writes } = fakeStream(true);
    const clock = fakeClock();
    const bar = progressBar({ total: 100, stream, now: clock.now, redrawSeconds: 0.5 });
    bar.update(1);
    clock.advance(0.1);
    bar.update(2);
    clock.advance(0.5);
    bar.update(3);
    expect(writes.length).toBe(2);
    expect(writes[1]).toContain("  3/100");
  });

  it("progressBar not on a TTY prints whole lines at most every intervalSeconds", () => {
    const { stream, writes } = fakeStream(false);
    const clock = fakeClock();
    const bar = progressBar({ total: 100, stream, now: clock.now, intervalSeconds: 10 });
    bar.update(1);
    for (let i = 2; i <= 9; i++) {
      clock.advance(1);
      bar.update(i);
    }
    clock.advance(2);
    bar.update(10);
    expect(writes.length).toBe(2);
    for (const text of writes) {
      expect(text.endsWith("\n")).toBe(true);
      expect(text).not.toContain("\r");
      expect(text).not.toContain("\x1b");
    }
    expect(writes[1]).toContain(" 10/100");
  });

  it("progressBar.finish draws the final state once and ends the line", () => {
    const { stream, writes } = fakeStream(true);
    const clock = fakeClock();
    const bar = progressBar({ total: 2, stream, now: clock.now, barWidth: 2 });
    bar.update(1);
    clock.advance(0.01);
    bar.update(2);
    bar.finish("exact 2/2");
    bar.finish();
    bar.update(3);
    expect(writes.slice(-2)).toEqual(["\r[##]  2/2  100.0%  200 trials/s  ETA 0s  elapsed 0s | exact 2/2\x1b[K", "\n"]);
  });

  it("progressBar.finish prints the final line even inside the interval when not on a TTY", () => {
    const { stream, writes } = fakeStream(false);
    const clock = fakeClock();
    const bar = progressBar({ total: 2, stream, now: clock.now });
    bar.update(1);
    bar.update(2);
    bar.finish();
    expect(writes.length).toBe(2);
    expect(writes[1]).toContain("2/2  100.0%");
  });

  it("progressBar.print clears the bar, prints the line and redraws the bar", () => {
    const { stream, writes } = fakeStream(true);
    const clock = fakeClock();
    const bar = progressBar({ total: 10, stream, now: clock.now });
    bar.update(3);
    bar.print("warning: restart in trial 17");
    expect(writes[1]).toBe("\r\x1b[Kwarning: restart in trial 17\n");
    expect(writes[2]).toMatch(/^\r\[.*3\/10/);
  });

  it("progressBar.print writes a plain line when not on a TTY", () => {
    const { stream, writes } = fakeStream(false);
    const bar = progressBar({ total: 10, stream, now: fakeClock().now });
    bar.print("note");
    expect(writes).toEqual(["note\n"]);
  });

  it("progressBar on a TTY cuts the line to the terminal width so it never wraps", () => {
    const { stream, writes } = fakeStream(true, 30);
    const bar = progressBar({ total: 10, stream, now: fakeClock().now });
    bar.update(5, "a long extra text that would wrap");
    expect(writes[0]).toBe(`\r${writes[0]!.slice(1, 30)}\x1b[K`);
    expect(writes[0]!.length).toBe(1 + 29 + 3);
  });

  it("progressBar({ doneAtStart }) rates only the units done in this session", () => {
    const { stream, writes } = fakeStream(false);
    const clock = fakeClock();
    const bar = progressBar({ total: 200, stream, now: clock.now, doneAtStart: 100 });
    clock.advance(10);
    bar.update(150);
    expect(writes[0]).toContain("5.00 trials/s  ETA 10s");
  });

  it("progressBar({ tty }) overrides the stream's isTTY", () => {
    const { stream, writes } = fakeStream(true);
    progressBar({ total: 1, stream, tty: false, now: fakeClock().now }).update(1);
    expect(writes[0]!.endsWith("\n")).toBe(true);
  });
});
