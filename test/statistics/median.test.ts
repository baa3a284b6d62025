import { describe, expect, it } from "vitest";
import { median } from "../../lib/statistics/median.js";

describe("median(values)", () => {
  it("is the middle value of an odd-length list, unsorted input", () => expect(median([3, 1, 2])).toBe(2));
  it("is the mean of the middle two of an even-length list", () => expect(median([4, 1, 3, 2])).toBe(2.5));
  it("is the value of a one-element list and leaves its input unsorted", () => {
    const values = [5, 1];
    expect(median([7])).toBe(7);
    median(values);
    expect(values).toEqual([5, 1]);
  });
});
