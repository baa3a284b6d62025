import { expect } from "vitest";

/** Asserts |actual - expected| <= relative * |expected| (absolute when expected is 0). */
export function expectClose(actual: number, expected: number, relative = 1e-12): void {
  if (expected === 0 || !Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `actual ${actual}, expected ${expected}, relative error ${error}`).toBeLessThanOrEqual(
    relative,
  );
}
