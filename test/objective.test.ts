import { describe, expect, it } from "vitest";
import { buildArchitecture } from "../lib/architecture.js";
import { trainingData } from "../lib/data.js";
import { apply, one, variable, type Expression } from "../lib/expression.js";
import { Objective } from "../lib/objective.js";
import { operatorNamed } from "../lib/operators.js";
import { initialParameters } from "../lib/initialise.js";
import { ARCHITECTURES, OPERATORS, STRATEGIES, protocolSettings, type ArchitectureName, type OperatorName } from "../lib/protocol.js";
import { createRandom } from "../lib/random.js";
import { softSelections } from "../lib/selections.js";
import { targetNamed } from "../lib/targets.js";
import { TreeModel } from "../lib/treeModel.js";
import { routingParameters } from "./helpers/routingParameters.js";

/**
 * Central differences, Richardson-extrapolated from steps 1e-4 and 5e-5 (logits are of size ~1),
 * so truncation error is negligible. Tolerance per parameter:
 * |numeric - analytic| <= 1e-5 |analytic| + 1e-6 max|analytic| + 1000 eps |loss| / step.
 * The last term bounds rounding in the loss itself: in the complex states its 441 terms cancel
 * from large exp values, and it was measured to vary by up to ~300 ulp between nearby points.
 */
const STEP = 1e-4;

interface Problem {
  objective: Objective;
  model: TreeModel;
}

/** An objective on the training grid of a catalogue target (two variables) or Shockley's line (one). */
function problem(arch: ArchitectureName, op: OperatorName, depth: number, variables: 1 | 2): Problem {
  const dataTarget = variables === 1 ? "shockley" : { eml: "paper", sml: "S_LR", rml: "R_LR" }[op];
  const target = targetNamed(dataTarget);
  const data = trainingData(target);
  const architecture = buildArchitecture(arch, depth, target.variables);
  const settings = protocolSettings(arch);
  const model = new TreeModel(architecture, operatorNamed(op), data.points, settings.clamp, settings.expArgumentClamp);
  return { objective: new Objective(model, data.targets), model };
}

function randomLogits(size: number, seed: string, scale = 1.5): Float64Array {
  const random = createRandom(seed);
  return Float64Array.from({ length: size }, () => scale * random.normal());
}

/**
 * C = eml(1, eml(1, eml(x, 1))) = eml(1, e - x): e - x is negative for x > e, so C takes the log
 * of a negative number and is complex there. Depth 3 computes C at the root (complex output,
 * real inputs); depth 4 computes eml(C, C), whose exp and log both take complex arguments, so
 * the imaginary parts' own gradients are exercised too.
 */
function complexTree(op: OperatorName, depth: number): Expression {
  const c = apply(op, one, apply(op, one, apply(op, variable("x"), one)));
  return depth === 3 ? c : apply(op, c, c);
}

/** Logits routing the tree to complexTree, softened by noise small against magnitude / tau. */
function routedLogits(problem: Problem, op: OperatorName, tau: number, seed: string): Float64Array {
  const magnitude = tau < 1 ? 1 : 15;
  const { architecture } = problem.model;
  const base = routingParameters(architecture, complexTree(op, architecture.depth), magnitude);
  if (!base) throw new Error("complexTree is representable in every architecture");
  const noise = randomLogits(base.length, seed, magnitude / 10);
  return base.map((logit, i) => logit + noise[i]);
}

/** The root output at these logits, evaluated afresh. */
function rootOutput(problem: Problem, params: Float64Array, tau: number) {
  const weights = softSelections(problem.model.architecture, params, tau, new Float64Array(params.length));
  const { re, im, real } = problem.model.forward(weights);
  return { re: Float64Array.from(re), im: Float64Array.from(im), real };
}

function expectGradientMatchesFiniteDifferences(
  { objective }: Problem, params: Float64Array, tau: number, lambda: number,
): void {
  const loss = objective.loss(params, tau, lambda, lambda).total;
  expect(Number.isFinite(loss)).toBe(true);
  const analytic = Float64Array.from(objective.gradient(new Float64Array(params.length)));
  const largest = Math.max(...analytic.map(Math.abs));
  expect(largest).toBeGreaterThan(0);
  const shifted = Float64Array.from(params);
  const lossAt = (i: number, value: number) => {
    shifted[i] = value;
    const total = objective.loss(shifted, tau, lambda, lambda).total;
    shifted[i] = params[i];
    return total;
  };
  const failures: string[] = [];
  for (let i = 0; i < params.length; i++) {
    const difference = (step: number) => (lossAt(i, params[i] + step) - lossAt(i, params[i] - step)) / (2 * step);
    const numeric = (4 * difference(STEP / 2) - difference(STEP)) / 3;
    const tolerance = 1e-5 * Math.abs(analytic[i]) + 1e-6 * largest + (1000 * Number.EPSILON * Math.abs(loss)) / STEP;
    if (!(Math.abs(numeric - analytic[i]) <= tolerance)) {
      failures.push(`parameter ${i}: analytic ${analytic[i]}, numeric ${numeric}, tolerance ${tolerance}`);
    }
  }
  expect(failures).toEqual([]);
}

const PENALTY_WEIGHT = 0.02;

describe("Objective.gradient(grad) equals central differences of Objective.loss, every parameter", () => {
  for (const arch of ARCHITECTURES) {
    for (const op of OPERATORS) {
      describe(`${arch} x ${op}, depth 3`, () => {
        it("at random logits, search temperature 2.5, no penalties", () => {
          const p = problem(arch, op, 3, 2);
          expectGradientMatchesFiniteDifferences(p, randomLogits(p.model.architecture.parameterCount, `${arch}-${op}-a`), 2.5, 0);
        });

        it("at random logits, tau 0.05, hardening penalties on (lambda 0.02)", () => {
          const p = problem(arch, op, 3, 2);
          expectGradientMatchesFiniteDifferences(p, randomLogits(p.model.architecture.parameterCount, `${arch}-${op}-b`, 1), 0.05, PENALTY_WEIGHT);
        });

        it("at random logits, tau 0.5, penalties dominating (lambda 5)", () => {
          const p = problem(arch, op, 3, 2);
          expectGradientMatchesFiniteDifferences(p, randomLogits(p.model.architecture.parameterCount, `${arch}-${op}-c`, 1), 0.5, 5);
        });

        for (const [tau, lambda] of [[2.5, 0], [0.05, PENALTY_WEIGHT]] as const) {
          const title = op === "eml"
            ? `where an inner value is negative and the root takes complex logs (tau ${tau}, lambda ${lambda})`
            : `on the tree that makes EML complex, staying real (tau ${tau}, lambda ${lambda})`;
          it(title, () => {
            const p = problem(arch, op, 3, 2);
            const params = routedLogits(p, op, tau, `${arch}-${op}-d${tau}`);
            const root = rootOutput(p, params, tau);
            if (op === "eml") {
              expect(root.real).toBe(false);
              expect(root.im.some((v) => Math.abs(v) > 1)).toBe(true);
            } else {
              expect(root.real).toBe(true);
            }
            expectGradientMatchesFiniteDifferences(p, params, tau, lambda);
          });
        }
      });

      it(`${arch} x ${op}, one variable (Shockley's grid): random logits and the complex-log state`, () => {
        const p = problem(arch, op, 3, 1);
        expectGradientMatchesFiniteDifferences(p, randomLogits(p.model.architecture.parameterCount, `${arch}-${op}-1v`, 1), 2.5, PENALTY_WEIGHT);
        const params = routedLogits(p, op, 0.05, `${arch}-${op}-1v-complex`);
        expect(rootOutput(p, params, 0.05).real).toBe(op !== "eml");
        expectGradientMatchesFiniteDifferences(p, params, 0.05, PENALTY_WEIGHT);
      });

      it(`${arch} x ${op}, depth 4: the native initialisation, and complex values feeding the root's exp and log`, () => {
        // Unit-normal logits overflow a depth-4 EML tower (e^e^e^e); the native strategies keep it finite.
        const p = problem(arch, op, 4, 2);
        const initial = initialParameters(p.model.architecture, STRATEGIES[arch][0], createRandom(`${arch}-${op}-d4`));
        expectGradientMatchesFiniteDifferences(p, initial, 2.5, PENALTY_WEIGHT);
        for (const [tau, lambda] of [[2.5, 0], [0.05, PENALTY_WEIGHT]] as const) {
          const params = routedLogits(p, op, tau, `${arch}-${op}-d4-complex-${tau}`);
          expect(rootOutput(p, params, tau).real).toBe(op !== "eml");
          expectGradientMatchesFiniteDifferences(p, params, tau, lambda);
        }
      });

      it(`${arch} x ${op}, depth 2: random logits`, () => {
        const p = problem(arch, op, 2, 2);
        expectGradientMatchesFiniteDifferences(p, randomLogits(p.model.architecture.parameterCount, `${arch}-${op}-d2`), 0.5, PENALTY_WEIGHT);
      });
    }
  }
});

describe("Objective.loss", () => {
  it("total equals data when both penalty weights are 0, and exceeds it when they are positive", () => {
    const p = problem("hybrid", "eml", 3, 2);
    const params = randomLogits(p.model.architecture.parameterCount, "totals", 1);
    const plain = p.objective.loss(params, 0.5);
    expect(plain.total).toBe(plain.data);
    const penalised = p.objective.loss(params, 0.5, 0.02, 0.02);
    expect(penalised.data).toBe(plain.data);
    expect(penalised.total).toBeGreaterThan(plain.data);
  });

  it("is the mean squared modulus over the points, complex residuals included", () => {
    const p = problem("eq6", "eml", 3, 2);
    const params = routedLogits(p, "eml", 2.5, "modulus");
    const root = rootOutput(p, params, 2.5);
    let sum = 0;
    for (let i = 0; i < root.re.length; i++) sum += (root.re[i] - p.objective.targets[i]) ** 2 + root.im[i] ** 2;
    expect(p.objective.loss(params, 2.5).data).toBeCloseTo(sum / root.re.length, 12);
  });
});
