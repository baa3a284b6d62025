import { describe, expect, it } from "vitest";
import { reproduceArguments } from "../../lib/notebook/reproduceArguments.js";

describe("reproduceArguments(argv)", () => {
  it("collects --only selectors, repeated or comma-separated", () => {
    expect(reproduceArguments(["--only", "1,3", "--only=0*"]).only).toEqual(["1", "3", "0*"]);
  });
  it("passes unknown flags to the notebooks, camel-cased and typed", () => {
    expect(reproduceArguments(["--recompute", "--no-cache", "--max-trials=5", "--label=a b", "--exact=false"]).parameters).toEqual({
      recompute: true,
      cache: false,
      maxTrials: 5,
      label: "a b",
      exact: false,
    });
  });
  it("reads --cell-timeout and --keep-going", () => {
    expect(reproduceArguments(["--cell-timeout", "30", "--keep-going"])).toMatchObject({ cellTimeoutSeconds: 30, keepGoing: true });
  });
  it("throws on a positional argument, a missing value or a bad timeout", () => {
    expect(() => reproduceArguments(["notebooks"])).toThrow(/unexpected argument "notebooks"/);
    expect(() => reproduceArguments(["--only"])).toThrow(/--only needs a value/);
    expect(() => reproduceArguments(["--cell-timeout=0"])).toThrow(/positive number/);
  });
});
