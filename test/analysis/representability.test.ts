import { describe, expect, it } from "vitest";
import { cachedEvaluator, matchingExpressions, productGrid, valuesMatch } from "../../lib/analysis/representability.js";
import { apply, one, printExpression, variable } from "../../lib/expression.js";

const x = variable("x");
const e = apply("eml", one, one);

describe("representability", () => {
  it("productGrid(axes) puts the first variable outer, the second inner", () => {
    const grid = productGrid({ x: { low: 1, high: 2, count: 2 }, y: { low: 0, high: 1, count: 3 } });
    expect(grid.count).toBe(6);
    expect([...grid.variables.x]).toEqual([1, 1, 1, 2, 2, 2]);
    expect([...grid.variables.y]).toEqual([0, 0.5, 1, 0, 0.5, 1]);
  });

  it("matchingExpressions finds eml(x, eml(1, 1)) = exp(x) - 1 and rejects its neighbours", () => {
    const grid = productGrid({ x: { low: 0, high: 5, count: 41 } });
    const formula = grid.variables.x.map((v) => Math.exp(v) - 1);
    const candidates = [apply("eml", x, e), apply("eml", x, one), apply("eml", e, x), x];
    expect(matchingExpressions(candidates, grid, formula).map(printExpression)).toEqual(["eml(x, eml(1, 1))"]);
  });

  it("matchingExpressions rejects a tree equal to the formula on the coarse points but not on all", () => {
    // eml(x, 1) = exp(x); the formula agrees with it except at one point off the coarse stride.
    const grid = productGrid({ x: { low: 0, high: 1, count: 100 } });
    const formula = grid.variables.x.map((v) => Math.exp(v));
    formula[1] += 1;
    expect(matchingExpressions([apply("eml", x, one)], grid, formula)).toEqual([]);
  });

  it("valuesMatch refuses complex values and non-finite ones", () => {
    const re = Float64Array.from([1, 2]);
    expect(valuesMatch({ re, im: Float64Array.from([0, 1e-3]) }, [1, 2])).toBe(false);
    expect(valuesMatch({ re: Float64Array.from([1, NaN]), im: new Float64Array(2) }, [1, NaN])).toBe(false);
    expect(valuesMatch({ re, im: new Float64Array(2) }, [1, 2 + 1e-10])).toBe(true);
  });

  it("cachedEvaluator applies the clamp after every node when given one", () => {
    const grid = productGrid({ x: { low: 3, high: 3, count: 1 } });
    // eml(eml(x, 1), 1) = exp(exp(3)) ~ 5.3e8 > 1e6.
    const tree = apply("eml", apply("eml", x, one), one);
    expect(cachedEvaluator(grid)(tree).re[0]).toBeCloseTo(Math.exp(Math.exp(3)), -3);
    expect(cachedEvaluator(grid, { clamp: 1e6, argumentClamp: 500 })(tree).re[0]).toBe(1e6);
  });
});
