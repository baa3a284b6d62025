import { describe, expect, it } from "vitest";
import { progressLine } from "../../lib/notebook/createProgress.js";

describe("progressLine(label, count, total, seconds, note, final)", () => {
  it("shows the count, the percentage, the time and an estimate of the rest", () => {
    expect(progressLine("trials", 30, 100, 12)).toBe("trials: 30/100 (30%) 12 s, ~28 s left");
  });
  it("has no estimate before the first step", () => {
    expect(progressLine("trials", 0, 10, 1)).toBe("trials: 0/10 (0%) 1.0 s");
  });
  it("shows the total time when done, with minutes past 60 s", () => {
    expect(progressLine("trials", 10, 10, 125, "eq6", true)).toBe("trials: done 10/10 in 2 min 5 s eq6");
  });
});
