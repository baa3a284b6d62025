import { describe, expect, it } from "vitest";
import { notebookParameters } from "../../lib/notebook/notebookParameters.js";

const defaults = { quick: false, trials: 100, label: "all" };

describe("notebookParameters(defaults, json)", () => {
  it("returns the defaults when NOTEBOOK_ARGS is absent or empty", () => {
    expect(notebookParameters(defaults, undefined)).toEqual(defaults);
    expect(notebookParameters(defaults, "")).toEqual(defaults);
  });
  it("overrides the defaults it knows and ignores other keys", () => {
    expect(notebookParameters(defaults, '{"quick":true,"trials":5,"recompute":true}')).toEqual({ quick: true, trials: 5, label: "all" });
  });
  it("converts numeric and boolean strings", () => {
    expect(notebookParameters(defaults, '{"quick":"true","trials":"7","label":3}')).toEqual({ quick: true, trials: 7, label: "3" });
  });
  it("throws naming a parameter of the wrong type", () => {
    expect(() => notebookParameters(defaults, '{"trials":"many"}')).toThrow(/parameter "trials" must be a number/);
  });
  it("throws when NOTEBOOK_ARGS is not a JSON object", () => {
    expect(() => notebookParameters(defaults, "[1]")).toThrow(/must be a JSON object/);
  });
  it("returns a frozen object", () => {
    expect(Object.isFrozen(notebookParameters(defaults, undefined))).toBe(true);
  });
});
