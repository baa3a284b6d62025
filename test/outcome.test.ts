import { describe, expect, it } from "vitest";
import { apply, one, variable, type Expression } from "../lib/expression.js";
import { classifyOutcome } from "../lib/outcome.js";
import { protocolSettings } from "../lib/protocol.js";
import { targetNamed } from "../lib/targets.js";
import { expressionMse, trialSetup } from "../lib/trial.js";
import { FAILURE_TYPES } from "../lib/trialTypes.js";

const paper = targetNamed("paper");
const setup = trialSetup({ arch: "v16", target: "paper" });
const settings = protocolSettings("v16");
const x = variable("x");
const y = variable("y");

/** The outcome of a hardened expression for Paper(y,x), its MSEs measured on the trial's data. */
function outcomeOf(expression: Expression, bestLoss: number) {
  const mseTrain = expressionMse(expression, paper, setup.train, settings);
  const mseHeldout = expressionMse(expression, paper, setup.heldout, settings);
  return { mseTrain, ...classifyOutcome({ expression, target: paper.expression, mseTrain, mseHeldout, bestLoss }) };
}

describe("classifyOutcome(input)", () => {
  it("exact, failure type 'none': the target's own tree, train MSE 0", () => {
    expect(outcomeOf(paper.expression, 1e-30)).toMatchObject({ mseTrain: 0, exact: true, structuralMatch: true, failureType: "none" });
  });

  it("'wrong_variable': the same operators and constants with x and y swapped (T8 for Paper(y,x))", () => {
    const outcome = outcomeOf(targetNamed("T8").expression, 1e-3);
    expect(outcome.mseTrain).toBeGreaterThan(1e-2);
    expect(outcome).toMatchObject({ exact: false, structuralMatch: false, failureType: "wrong_variable" });
  });

  it("'chain_collapse': fewer operator nodes than the target", () => {
    const outcome = outcomeOf(apply("eml", apply("eml", y, x), one), 1e-3);
    expect(outcome.mseTrain).toBeGreaterThan(1e-2);
    expect(outcome.failureType).toBe("chain_collapse");
  });

  it("'hardening_failure': as many operators, another skeleton (T1's tree for Paper(y,x))", () => {
    expect(outcomeOf(targetNamed("T1").expression, 1e-3).failureType).toBe("hardening_failure");
  });

  it("'training_failure': the soft model never fit (best loss >= 1e-2, or not finite), whatever the snap", () => {
    expect(outcomeOf(targetNamed("T1").expression, 0.5).failureType).toBe("training_failure");
    expect(outcomeOf(apply("eml", one, one), Number.POSITIVE_INFINITY).failureType).toBe("training_failure");
    expect(outcomeOf(apply("eml", one, one), Number.NaN).failureType).toBe("training_failure");
  });

  it("'near_equivalent': snapped train MSE below 1e-2 without exact recovery, checked before the others", () => {
    const base = { expression: targetNamed("T1").expression, target: paper.expression, mseHeldout: 1, bestLoss: 0.5 };
    expect(classifyOutcome({ ...base, mseTrain: 5e-3 }).failureType).toBe("near_equivalent");
    // The target's tree, but a train MSE just above 1e-20 or a held-out RMSE just above 1e-6, is not exact.
    const matching = { expression: paper.expression, target: paper.expression, bestLoss: 0 };
    expect(classifyOutcome({ ...matching, mseTrain: 2e-20, mseHeldout: 0 })).toEqual({ exact: false, structuralMatch: true, failureType: "near_equivalent" });
    expect(classifyOutcome({ ...matching, mseTrain: 0, mseHeldout: 1.1e-12 })).toMatchObject({ exact: false, failureType: "near_equivalent" });
    expect(classifyOutcome({ ...matching, mseTrain: 0.9e-20, mseHeldout: 0.9e-12 }).exact).toBe(true);
  });

  it("a numerically perfect fit with another tree is not exact: structure is checked too", () => {
    const swapped = { expression: apply("eml", one, x), target: apply("eml", one, y), mseTrain: 0, mseHeldout: 0, bestLoss: 0 };
    expect(classifyOutcome(swapped)).toMatchObject({ exact: false, structuralMatch: false, failureType: "near_equivalent" });
  });

  it("every failure label is one of FAILURE_TYPES", () => {
    expect([...FAILURE_TYPES].sort()).toEqual(
      ["chain_collapse", "hardening_failure", "near_equivalent", "none", "training_failure", "wrong_variable"],
    );
  });
});
