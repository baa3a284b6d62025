import { describe, expect, it } from "vitest";
import { formatDuration } from "../../lib/sweep/formatDuration.js";

describe("formatDuration", () => {
  it("formatDuration(seconds) shows seconds, then minutes, hours and days, two units at most", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(42.4)).toBe("42s");
    expect(formatDuration(187)).toBe("3m 07s");
    expect(formatDuration(2 * 3600 + 5 * 60 + 59)).toBe("2h 05m");
    expect(formatDuration(3 * 86_400 + 4 * 3600 + 120)).toBe("3d 04h");
  });

  it("formatDuration rounds to whole seconds before splitting into units", () => {
    expect(formatDuration(59.6)).toBe("1m 00s");
  });

  it("formatDuration of NaN, Infinity or a negative duration is --", () => {
    expect(formatDuration(Number.NaN)).toBe("--");
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe("--");
    expect(formatDuration(-1)).toBe("--");
  });
});
