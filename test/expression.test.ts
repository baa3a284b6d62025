import { describe, expect, it } from "vitest";
import { buildArchitecture } from "../lib/architecture.js";
import {
  apply, evaluateExpression, expressionDepth, latexExpression, one, operatorCount, printExpression,
  signature, skeletonSignature, variable, variablesOf,
} from "../lib/expression.js";
import { ARCHITECTURES } from "../lib/protocol.js";
import { snappedExpression } from "../lib/snap.js";
import { CHAIN_SHAPES, TARGETS } from "../lib/targets.js";
import { routingParameters } from "./helpers/routingParameters.js";

const x = variable("x");
const y = variable("y");

describe("signature(e)", () => {
  it("is the same for the same tree hardened from Eq. 6, V16 and Hybrid logits, for every chain target", () => {
    for (const target of TARGETS.values()) {
      if (!CHAIN_SHAPES.includes(target.shape)) continue;
      const signatures = ARCHITECTURES.map((arch) => {
        const architecture = buildArchitecture(arch);
        return signature(snappedExpression(architecture, target.operator, routingParameters(architecture, target.expression)!));
      });
      expect(new Set(signatures), target.name).toEqual(new Set([signature(target.expression)]));
    }
  });

  it("differs between different trees: leaf order, shape, operator, constants", () => {
    const trees = [
      TARGETS.get("paper")!.expression, TARGETS.get("T8")!.expression, TARGETS.get("T1")!.expression,
      TARGETS.get("S_LR")!.expression, apply("eml", apply("eml", one, apply("eml", y, one)), one),
      apply("eml", apply("eml", one, apply("eml", y, x)), x),
    ];
    expect(new Set(trees.map(signature)).size).toBe(trees.length);
  });

  it("is the plain text without spaces", () => {
    expect(signature(TARGETS.get("paper")!.expression)).toBe("eml(eml(1,eml(y,x)),1)");
  });
});

describe("printExpression, latexExpression, skeletonSignature", () => {
  const e = apply("sml", apply("sml", one, x), y);

  it("printExpression(e) writes op(left, right) with 1 and variable names", () => {
    expect(printExpression(e)).toBe("sml(sml(1, x), y)");
  });

  it("latexExpression(e) uses \\operatorname and \\left( \\right)", () => {
    expect(latexExpression(e)).toBe("\\operatorname{sml}\\left(\\operatorname{sml}\\left(1, x\\right), y\\right)");
  });

  it("skeletonSignature(e) keeps operators and constants and replaces every variable by v", () => {
    expect(skeletonSignature(e)).toBe("sml(sml(1,v),v)");
    expect(skeletonSignature(TARGETS.get("paper")!.expression)).toBe(skeletonSignature(TARGETS.get("T8")!.expression));
  });
});

describe("structure measures", () => {
  it("operatorCount, expressionDepth and variablesOf count nodes, levels and distinct variables", () => {
    const paper = TARGETS.get("paper")!.expression;
    expect([operatorCount(paper), expressionDepth(paper), [...variablesOf(paper)].sort()]).toEqual([3, 3, ["x", "y"]]);
    expect([operatorCount(one), expressionDepth(x), [...variablesOf(one)]]).toEqual([0, 0, []]);
  });
});

describe("evaluateExpression(e, variables, count, options)", () => {
  it("evaluates exactly by default, complex where a log argument is negative", () => {
    // eml(1, eml(1, eml(x, 1))) = e - log(e - x): complex for x > e.
    const e = apply("eml", one, apply("eml", one, apply("eml", x, one)));
    const { re, im } = evaluateExpression(e, { x: Float64Array.from([1, 3]) }, 2);
    expect(re[0]).toBeCloseTo(Math.E - Math.log(Math.E - 1), 14);
    expect(im[0]).toBe(0);
    expect(re[1]).toBeCloseTo(Math.E - Math.log(3 - Math.E), 14);
    expect(im[1]).toBeCloseTo(-Math.PI, 14);
  });

  it("applies the model's clamps when asked: output to +-C, exp arguments to +-A", () => {
    const e = apply("eml", apply("eml", x, one), one); // exp(exp(x))
    const points = { x: Float64Array.from([3, 7]) };
    expect(evaluateExpression(e, points, 2).re[0]).toBeCloseTo(Math.exp(Math.exp(3)), 0);
    const clamped = evaluateExpression(e, points, 2, { clamp: 1e6, argumentClamp: 500 });
    expect(Array.from(clamped.re)).toEqual([1e6, 1e6]);
    expect(evaluateExpression(e, points, 2, { clamp: 1e300, argumentClamp: 500 }).re[1]).toBe(Math.exp(500));
  });

  it("throws when the expression uses a variable the points lack", () => {
    expect(() => evaluateExpression(apply("eml", y, one), { x: new Float64Array(1) }, 1)).toThrow(/uses 'y'/);
  });
});
