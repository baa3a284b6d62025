import { describe, expect, it } from "vitest";
import { subplotAxes } from "../../lib/figures/subplotAxes.js";

describe("subplotAxes", () => {
  it("subplotAxes names the first panel x/y and the others x2, y2, ...", () => {
    expect(subplotAxes(0, 3, 3)).toMatchObject({ xref: "x", yref: "y", xKey: "xaxis", yKey: "yaxis" });
    expect(subplotAxes(2, 3, 3)).toMatchObject({ xref: "x3", yref: "y3", xKey: "xaxis3", yKey: "yaxis3" });
  });

  it("subplotAxes splits [0, 1] into columns and rows with the gaps between them, row-major from the top", () => {
    const gap = { x: 0.1, y: 0.1 };
    expect(subplotAxes(0, 4, 2, gap).xDomain).toEqual([0, 0.45]);
    expect(subplotAxes(1, 4, 2, gap).xDomain).toEqual([0.55, 1]);
    expect(subplotAxes(0, 4, 2, gap).yDomain).toEqual([0.55, 1]);
    const last = subplotAxes(3, 4, 2, gap).yDomain;
    expect(last[0]).toBe(0);
    expect(last[1]).toBeCloseTo(0.45, 12);
  });
});
