import { describe, expect, it } from "vitest";
import { heldoutFromPoints, initialLogitsFrom, routingFromDescription } from "../lib/goldenEntry.js";
import { targetNamed } from "../lib/targets.js";
import { goldenEntries } from "./helpers/goldenTraces.js";

const entries = goldenEntries();

describe("routingFromDescription(text)", () => {
  it("reads Eq. 6's internal and leaf routing", () => {
    expect(routingFromDescription(entries[0].snapped_description)).toEqual({
      leaves: ["y", "y", "y", "x", "1", "1", "1", "y"],
      internal: ["1", "f", "f", "f", "f", "1"],
    });
  });

  it("reads V16's leaves and gate pairs", () => {
    const v16 = entries.find((entry) => entry.arch === "v16" && entry.target === "T1")!;
    expect(routingFromDescription(v16.snapped_description)).toEqual({
      leaves: ["1", "x", "x", "y", "x", "y", "1", "y"],
      gates: [[1, 0], [0, 1], [0, 0], [1, 1], [1, 0], [0, 1], [1, 0]],
    });
  });

  it("reads Hybrid's leaves and root selections", () => {
    const hybrid = entries.find((entry) => entry.arch === "hybrid" && entry.target === "S_Bal")!;
    expect(routingFromDescription(hybrid.snapped_description)).toEqual({
      leaves: ["1", "x", "1", "1", "x", "y", "y", "x"],
      root: ["1", "x"],
    });
  });

  it("throws when the text has no leaf routing", () => {
    expect(() => routingFromDescription("EMLTreeV16\n  Gates: (1,0)")).toThrow(RangeError);
  });
});

describe("initialLogitsFrom(json)", () => {
  it("takes a whole entry's init and its trial as defaults", () => {
    const { blocks, entry } = initialLogitsFrom(entries[6]);
    expect(blocks).toBe(entries[6].init);
    expect(entry).toMatchObject({ arch: "v16", target: "T1", strategy: "biased", seed: 137, clamp: 1e300 });
    expect(entry?.heldoutPoints?.x).toHaveLength(500);
  });

  it("takes bare blocks without defaults", () => {
    expect(initialLogitsFrom(entries[0].init)).toEqual({ blocks: entries[0].init });
  });

  it("refuses a whole golden-traces file, non-objects, empty and malformed blocks and a bad entry", () => {
    expect(() => initialLogitsFrom({ configs: entries })).toThrow(/holds 16 golden entries/);
    expect(() => initialLogitsFrom([1, 2])).toThrow(/expected a JSON object/);
    expect(() => initialLogitsFrom({})).toThrow(/no logit blocks/);
    expect(() => initialLogitsFrom({ leaf_logits: [[1, "2"]] })).toThrow(/'leaf_logits' must be an array of rows of numbers/);
    expect(() => initialLogitsFrom({ ...entries[0], arch: "v17" })).toThrow(/arch must be one of eq6, v16, hybrid/);
    expect(() => initialLogitsFrom({ ...entries[0], seed: "137" })).toThrow(/seed must be an integer/);
  });
});

describe("heldoutFromPoints(target, points)", () => {
  it("keeps the reference's 500 points in order, with the target's values", () => {
    const target = targetNamed("paper");
    const data = heldoutFromPoints(target, entries[0].heldout_points);
    expect(data.points.count).toBe(500);
    const [x, y] = [entries[0].heldout_points.x[0], entries[0].heldout_points.y[0]];
    // paper = eml(eml(1, eml(y, x)), 1) = exp(e - log(exp(y) - log x))
    expect(data.targets[0]).toBeCloseTo(Math.exp(Math.E - Math.log(Math.exp(y) - Math.log(x))), 10);
  });

  it("throws when a variable is missing or the columns differ in length", () => {
    const target = targetNamed("paper");
    expect(() => heldoutFromPoints(target, { x: [1, 2] })).toThrow(/no 'y'/);
    expect(() => heldoutFromPoints(target, { x: [1, 2], y: [1] })).toThrow(/same number of points/);
  });
});
