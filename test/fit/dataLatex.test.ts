import { describe, expect, it } from "vitest";
import { apply, one, variable } from "../../lib/expression.js";
import { dataLatex, latexName } from "../../lib/fit/dataLatex.js";

describe("latexName", () => {
  it("latexName keeps a one-letter name and sets a longer one upright with TeX specials escaped", () => {
    expect(latexName("x")).toBe("x");
    expect(latexName("v_norm")).toBe("\\mathrm{v\\_norm}");
    expect(latexName("I%")).toBe("\\mathrm{I\\%}");
  });
});

describe("dataLatex", () => {
  it("dataLatex(expression) is latexExpression with the variable names made TeX-safe", () => {
    expect(dataLatex(apply("eml", variable("v_norm"), one))).toBe("\\operatorname{eml}\\left(\\mathrm{v\\_norm}, 1\\right)");
  });
});
