import { describe, expect, it } from "vitest";
import { splitRows } from "../../lib/fit/splitRows.js";
import { createRandom } from "../../lib/random.js";

describe("splitRows", () => {
  it("splitRows(count, holdout, random) holds out round(holdout x count) rows; together the sets are every row once", () => {
    const { training, heldout } = splitRows(101, 0.2, createRandom(1));
    expect(heldout).toHaveLength(20);
    expect([...training, ...heldout].sort((a, b) => a - b)).toEqual(Array.from({ length: 101 }, (_, i) => i));
  });

  it("splitRows returns each set in ascending order", () => {
    const { training, heldout } = splitRows(50, 0.3, createRandom(2));
    for (const set of [training, heldout]) expect(set).toEqual([...set].sort((a, b) => a - b));
  });

  it("splitRows is a function of the generator's seed", () => {
    expect(splitRows(40, 0.25, createRandom("a"))).toEqual(splitRows(40, 0.25, createRandom("a")));
    expect(splitRows(40, 0.25, createRandom("a"))).not.toEqual(splitRows(40, 0.25, createRandom("b")));
  });

  it("splitRows keeps at least one row on each side", () => {
    expect(splitRows(2, 0.05, createRandom(0)).heldout).toHaveLength(1);
    expect(splitRows(2, 0.9, createRandom(0)).training).toHaveLength(1);
  });

  it("splitRows rejects fewer than two rows and a fraction outside (0, 1)", () => {
    expect(() => splitRows(1, 0.2, createRandom(0))).toThrow("at least 2 rows");
    expect(() => splitRows(10, 1, createRandom(0))).toThrow("holdout must be in (0, 1)");
  });
});
