import { describe, expect, it } from "vitest";
import { heldoutSeparation, log10Rmse } from "../../lib/analysis/heldoutSeparation.js";
import type { Row } from "../../lib/sweep/runJob.js";

const row = (exact: boolean, rmse: number | string): Row => ({ exact: String(exact), rmse_heldout: String(rmse) });

describe("heldoutSeparation", () => {
  it("log10Rmse floors zero at the floor and sends non-finite RMSEs to +Infinity", () => {
    expect(log10Rmse(0)).toBe(-16);
    expect(log10Rmse("1e-3")).toBeCloseTo(-3, 12);
    expect(log10Rmse("NaN")).toBe(Number.POSITIVE_INFINITY);
    expect(log10Rmse(1e-20, 1e-18)).toBe(-18);
  });

  it("heldoutSeparation measures the empty band between the worst exact and the best failed run", () => {
    const s = heldoutSeparation([row(true, 0), row(true, 1e-12), row(false, 1e-7), row(false, 0.5), row(false, "Infinity")]);
    expect(s.exact).toEqual([-16, -12]);
    expect(s.worstExact).toBeCloseTo(-12, 12);
    expect(s.bestFailed).toBeCloseTo(-7, 12);
    expect(s.gapOrders).toBeCloseTo(5, 12);
    expect(s.failedWithinMargin).toBe(0);
    expect(s.exactAtFloor).toBe(1);
  });

  it("heldoutSeparation gives a negative gap and counts close failures when the groups overlap", () => {
    const s = heldoutSeparation([row(true, 1e-8), row(false, 1e-9), row(false, 10 ** -7.5)], { margin: 1 });
    expect(s.gapOrders).toBeCloseTo(-1, 12);
    expect(s.failedWithinMargin).toBe(2);
  });

  it("heldoutSeparation of one group only leaves the other side NaN", () => {
    expect(Number.isNaN(heldoutSeparation([row(false, 1)]).worstExact)).toBe(true);
  });
});
