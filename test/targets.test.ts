import { describe, expect, it } from "vitest";
import { printExpression } from "../lib/expression.js";
import { TARGETS, targetName, targetNamed, type LeafOrder, type Shape } from "../lib/targets.js";

/** PROTOCOL.md's target table, typed from the text: name -> operator, shape, leaf order. */
const PROTOCOL_NAMES: Array<[string, string, Shape, LeafOrder]> = [
  ["paper", "eml", "LR", "yx"], ["T8", "eml", "LR", "xy"], ["T1", "eml", "RL", "xy"], ["T1_yx", "eml", "RL", "yx"],
  ["T4", "eml", "RR", "xy"], ["T4_yx", "eml", "RR", "yx"],
  ["S_LR", "sml", "LR", "yx"], ["S_LR_xy", "sml", "LR", "xy"], ["S_RL", "sml", "RL", "xy"], ["S_RL_yx", "sml", "RL", "yx"],
  ["S_RR", "sml", "RR", "xy"], ["S_RR_yx", "sml", "RR", "yx"],
  ["R_LR", "rml", "LR", "yx"], ["R_LR_xy", "rml", "LR", "xy"], ["R_RL", "rml", "RL", "xy"], ["R_RL_yx", "rml", "RL", "yx"],
  ["R_RR", "rml", "RR", "xy"], ["R_RR_yx", "rml", "RR", "yx"],
  ...(["E", "S", "R"] as const).flatMap((prefix): Array<[string, string, Shape, LeafOrder]> => {
    const op = { E: "eml", S: "sml", R: "rml" }[prefix];
    return [
      [`${prefix}_Bal`, op, "BalLog", "xy"], [`${prefix}_Bal_yx`, op, "BalLog", "yx"],
      [`${prefix}_Bal_mx`, op, "BalMixed", "xy"], [`${prefix}_Bal_ms`, op, "BalMixed", "yx"],
      [`${prefix}_BalExp`, op, "BalExp", "xy"], [`${prefix}_BalExp_yx`, op, "BalExp", "yx"],
    ];
  }),
];

/** The trees of PROTOCOL.md ("Targets"), written out for op = eml with (u, v) = (x, y) and (y, x). */
const EML_TREES: Record<string, string> = {
  paper: "eml(eml(1, eml(y, x)), 1)", T8: "eml(eml(1, eml(x, y)), 1)",
  T1: "eml(1, eml(eml(x, y), 1))", T1_yx: "eml(1, eml(eml(y, x), 1))",
  T4: "eml(1, eml(1, eml(x, y)))", T4_yx: "eml(1, eml(1, eml(y, x)))",
  E_Bal: "eml(eml(1, x), eml(1, y))", E_Bal_yx: "eml(eml(1, y), eml(1, x))",
  E_Bal_mx: "eml(eml(1, x), eml(y, 1))", E_Bal_ms: "eml(eml(1, y), eml(x, 1))",
  E_BalExp: "eml(eml(x, 1), eml(y, 1))", E_BalExp_yx: "eml(eml(y, 1), eml(x, 1))",
  shockley: "eml(x, eml(1, 1))",
};

describe("TARGETS", () => {
  it("holds every name of PROTOCOL.md's table and Shockley, with the table's operator, shape and leaf order", () => {
    for (const [name, operator, shape, leafOrder] of PROTOCOL_NAMES) {
      expect(TARGETS.get(name), name).toMatchObject({ name, operator, shape, leafOrder, variables: ["x", "y"] });
    }
    expect(TARGETS.get("shockley")).toMatchObject({ operator: "eml", shape: "Shockley", leafOrder: "x", variables: ["x"] });
    expect(TARGETS.size).toBe(PROTOCOL_NAMES.length + 1);
  });

  it("builds the trees of PROTOCOL.md for EML", () => {
    for (const [name, tree] of Object.entries(EML_TREES)) expect(printExpression(targetNamed(name).expression), name).toBe(tree);
  });

  it("builds the same trees with sml and rml for the S_ and R_ names", () => {
    expect(printExpression(targetNamed("S_LR").expression)).toBe("sml(sml(1, sml(y, x)), 1)");
    expect(printExpression(targetNamed("R_RL_yx").expression)).toBe("rml(1, rml(rml(y, x), 1))");
    expect(printExpression(targetNamed("S_Bal_ms").expression)).toBe("sml(sml(1, y), sml(x, 1))");
    expect(printExpression(targetNamed("R_BalExp").expression)).toBe("rml(rml(x, 1), rml(y, 1))");
  });

  it("labels the paper's targets as the paper does: Paper(y,x) = EML LR(y,x), T1 = EML RL(x,y), T4 = EML RR(x,y)", () => {
    expect(["paper", "T1", "T4", "T8"].map((name) => targetNamed(name).label))
      .toEqual(["EML LR(y,x)", "EML RL(x,y)", "EML RR(x,y)", "EML LR(x,y)"]);
  });

  it("trains two-variable targets on [1, 3]^2 with held-out [0.5, 5]^2, Shockley on [0, 5] with held-out [0, 6]", () => {
    expect(targetNamed("paper").domain).toEqual({ trainLow: 1, trainHigh: 3, trainCount: 21, heldoutLow: 0.5, heldoutHigh: 5 });
    expect(targetNamed("shockley").domain).toEqual({ trainLow: 0, trainHigh: 5, trainCount: 441, heldoutLow: 0, heldoutHigh: 6 });
  });
});

describe("targetNamed(name) and targetName(op, shape, order)", () => {
  it("targetName inverts the catalogue", () => {
    for (const target of TARGETS.values()) expect(targetName(target.operator, target.shape, target.leafOrder)).toBe(target.name);
  });

  it("targetNamed throws for an unknown name, listing the valid ones", () => {
    expect(() => targetNamed("T9")).toThrow(/unknown target 'T9' \(valid: T8, paper, .*shockley\)/);
  });
});
