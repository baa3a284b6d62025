import { describe, expect, it } from "vitest";
import { buildArchitecture } from "../lib/architecture.js";
import { trainingData } from "../lib/data.js";
import { printExpression, signature } from "../lib/expression.js";
import { Objective } from "../lib/objective.js";
import { operatorNamed } from "../lib/operators.js";
import { classifyOutcome } from "../lib/outcome.js";
import { ARCHITECTURES, protocolSettings, type ArchitectureName } from "../lib/protocol.js";
import { snappedExpression, snappedRouting } from "../lib/snap.js";
import { CHAIN_SHAPES, TARGETS } from "../lib/targets.js";
import { expressionMse, trialSetup } from "../lib/trial.js";
import { TreeModel } from "../lib/treeModel.js";
import { routingParameters } from "./helpers/routingParameters.js";

/**
 * Which targets each architecture can route at depth 3: every chain (variables only at the
 * bottom); no balanced tree (each needs a variable at a middle node's input, which V16 and Hybrid
 * gate to 1 or a child and Eq. 6 offers only x); Shockley eml(x, eml(1, 1)) where the root can
 * select x (Eq. 6 and Hybrid, not V16).
 */
function routable(arch: ArchitectureName, shape: string): boolean {
  if (CHAIN_SHAPES.includes(shape as never)) return true;
  return shape === "Shockley" && arch !== "v16";
}

/**
 * Routed trees the clamps keep from the target's values: at Eq. 6's clamp 1e6 the EML RL targets'
 * inner exp(eml(x, y)) reaches ~5e8 (PROTOCOL.md, "Operators"); RML RR's inner sinh argument
 * exceeds the +-500 argument clamp at some grid points, whose targets (kept: finite, up to 1.5e303)
 * the model cannot reach, and the squared residual overflows.
 */
function clampedAway(arch: ArchitectureName, name: string): boolean {
  return (arch === "eq6" && (name === "T1" || name === "T1_yx")) || name === "R_RR" || name === "R_RR_yx";
}

describe("hand-set logits (magnitude 20) harden to each target", () => {
  for (const arch of ARCHITECTURES) {
    for (const target of TARGETS.values()) {
      const expected = routable(arch, target.shape);
      const clamped = clampedAway(arch, target.name);
      const title = !expected
        ? `${arch} -> ${target.name}: not representable by direct routing`
        : clamped
          ? `${arch} -> ${target.name}: snaps to the target's tree, which the clamps keep from fitting`
          : `${arch} -> ${target.name}: snaps to the target's tree with train MSE 0, soft and snapped`;
      it(title, () => {
        const setup = trialSetup({ arch, target: target.name });
        const params = routingParameters(setup.architecture, target.expression, 20);
        expect(params !== null).toBe(expected);
        if (!params) return;
        const expression = snappedExpression(setup.architecture, target.operator, params);
        expect(signature(expression)).toBe(signature(target.expression));
        const mseTrain = expressionMse(expression, target, setup.train, setup.settings);
        if (clamped) {
          expect(mseTrain).toBeGreaterThan(1);
          return;
        }
        const mseHeldout = expressionMse(expression, target, setup.heldout, setup.settings);
        expect(mseTrain).toBeLessThan(1e-20);
        expect(classifyOutcome({ expression, target: target.expression, mseTrain, mseHeldout, bestLoss: 0 }).exact).toBe(true);
        // At tau 0.01, logits 20 apart make every softmax and gate exactly one-hot: the soft model is the snapped tree.
        const model = new TreeModel(setup.architecture, operatorNamed(target.operator), setup.train.points, setup.settings.clamp, setup.settings.expArgumentClamp);
        expect(new Objective(model, setup.train.targets).loss(params, 0.01).data).toBeLessThan(1e-20);
      });
    }
  }
});

describe("snappedExpression(architecture, operator, params)", () => {
  it("prunes what the snapped routing does not reach: leaves under a closed gate change nothing", () => {
    const architecture = buildArchitecture("v16");
    const paper = TARGETS.get("paper")!;
    const params = routingParameters(architecture, paper.expression)!;
    const before = printExpression(snappedExpression(architecture, "eml", params));
    // paper = eml(eml(1, eml(y, x)), 1): the root's right input is 1, so node 5 and leaves 4..7 are unused.
    for (const offset of [12, 15, 18, 21]) params[offset + 2] = 50;
    expect(printExpression(snappedExpression(architecture, "eml", params))).toBe(before);
    expect(before).toBe("eml(eml(1, eml(y, x)), 1)");
  });

  it("snaps every softmax to its first argmax and a gate to 1 exactly when its logit is >= 0", () => {
    const architecture = buildArchitecture("v16", 2);
    const params = new Float64Array(architecture.parameterCount);
    params.set([0, 1, 1, 0, 0, 0, 3, 2, 1, -1, 0, 2], 0); // leaves: x (tie, first), 1 (all equal), 1, y
    params.set([-0.5, 0, -1e-9, -2, -3, -4], 12); // gates: node 0 (0, 1), node 1 (0, 0), root (0, 0)
    expect(printExpression(snappedExpression(architecture, "sml", params))).toBe("sml(sml(x, 1), sml(1, y))");
    expect(snappedRouting(architecture, params)).toEqual({ leaves: ["x", "1", "1", "y"], gates: [[0, 1], [0, 0], [0, 0]] });
  });
});

describe("snappedRouting(architecture, params)", () => {
  it("names Eq. 6's internal selections in post-order and the leaves left to right, as the golden descriptions do", () => {
    const architecture = buildArchitecture("eq6");
    const params = routingParameters(architecture, TARGETS.get("T1")!.expression)!;
    // T1 = eml(1, eml(eml(x, y), 1)): root (1, f); node 5 (f, 1); node 4 unused (1, 1).
    expect(snappedRouting(architecture, params)).toEqual({
      leaves: ["1", "1", "1", "1", "x", "y", "1", "1"],
      internal: ["1", "1", "1", "f", "1", "f"],
    });
  });

  it("names Hybrid's root selections among 1, x, y and f", () => {
    const architecture = buildArchitecture("hybrid");
    const routing = snappedRouting(architecture, routingParameters(architecture, TARGETS.get("paper")!.expression)!);
    expect(routing.root).toEqual(["f", "1"]);
    expect(routing.gates).toHaveLength(6);
  });
});

it("protocolSettings gives the per-architecture clamp the snap is judged with", () => {
  expect(ARCHITECTURES.map((arch) => protocolSettings(arch).clamp)).toEqual([1e6, 1e300, 1e300]);
  expect(trainingData(TARGETS.get("paper")!).points.count).toBe(441);
});
