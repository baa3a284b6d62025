import { describe, expect, it } from "vitest";
import { printExpression } from "../lib/expression.js";
import { parseExpression } from "../lib/parseExpression.js";
import { TARGETS } from "../lib/targets.js";

describe("parseExpression", () => {
  it("parseExpression(printExpression(e)) is e for every catalogue target", () => {
    for (const target of TARGETS.values()) expect(parseExpression(printExpression(target.expression))).toEqual(target.expression);
  });

  it("parseExpression reads the constant, a variable and spaces freely", () => {
    expect(parseExpression("1")).toEqual({ kind: "one" });
    expect(parseExpression(" v_norm ")).toEqual({ kind: "var", name: "v_norm" });
    expect(printExpression(parseExpression("sml( x ,rml(1,y))"))).toBe("sml(x, rml(1, y))");
  });

  it("parseExpression rejects unknown operators, missing parts and trailing text, naming the position", () => {
    expect(() => parseExpression("foo(1, x)")).toThrow("unknown operator 'foo'");
    expect(() => parseExpression("eml(1)")).toThrow("expected ','");
    expect(() => parseExpression("eml(1, x) y")).toThrow("unexpected text at character 11");
    expect(() => parseExpression("")).toThrow("expected an expression");
  });
});
