/**
 * The engine against the reference implementation's 16 golden traces (PROTOCOL.md, "Golden
 * traces"): from each entry's initial logits, the gradient at iteration 1 and the data loss at
 * iterations 1..100 to a relative 1e-9, then the whole 8,000-iteration run agreeing on the phase
 * switch, the snapped routing and the exact flag. The full runs take ~3 s each.
 */
import { afterAll, describe, expect, it } from "vitest";
import { heldoutFromPoints, routingFromDescription, type GoldenEntry } from "../lib/goldenEntry.js";
import { parametersFromBlocks } from "../lib/initialise.js";
import { Objective } from "../lib/objective.js";
import { operatorNamed } from "../lib/operators.js";
import { classifyOutcome } from "../lib/outcome.js";
import { snappedExpression, snappedRouting, type Routing } from "../lib/snap.js";
import { signature } from "../lib/expression.js";
import { train } from "../lib/train.js";
import { TreeModel } from "../lib/treeModel.js";
import { expressionMse, runTrial, trialSetup, type TrialSetup } from "../lib/trial.js";
import { entryTitle, goldenEntries } from "./helpers/goldenTraces.js";

const RELATIVE = 1e-9;
const entries = goldenEntries();

function setupFor(entry: GoldenEntry): TrialSetup {
  const spec = { arch: entry.arch, target: entry.target, settings: { clamp: entry.clamp } };
  const { target } = trialSetup(spec);
  return trialSetup(spec, heldoutFromPoints(target, entry.heldout_points));
}

function objectiveFor(setup: TrialSetup): Objective {
  const { architecture, target, settings, train: data } = setup;
  const model = new TreeModel(architecture, operatorNamed(target.operator), data.points, settings.clamp, settings.expArgumentClamp);
  return new Objective(model, data.targets, settings.entropyEpsilon);
}

/**
 * Let the worker's event loop run between long synchronous runs: vitest's progress messages
 * otherwise wait unanswered for the whole file and time out ("Timeout calling onTaskUpdate").
 */
const yieldToEventLoop = () => new Promise((resolve) => setTimeout(resolve, 0));

const relativeError = (actual: number, expected: number) =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);

/** The reference's description names only some parts of the routing: compare those. */
function comparableRouting(routing: Routing, reference: Routing): Routing {
  const mine: Routing = { leaves: routing.leaves };
  if (reference.internal) mine.internal = routing.internal;
  if (reference.gates) mine.gates = routing.gates;
  if (reference.root) mine.root = routing.root;
  return mine;
}

const early = { gradient: 0, losses: 0, worstGradient: 0, worstLoss: 0 };
const full = { switch: 0, routing: 0, exact: 0, all: 0, runs: 0, notes: [] as string[] };

afterAll(() => {
  console.log(
    `golden traces: gradient at iteration 1 within ${RELATIVE} for ${early.gradient}/${entries.length} (worst ${early.worstGradient.toExponential(1)}), ` +
    `data loss 1..100 for ${early.losses}/${entries.length} (worst ${early.worstLoss.toExponential(1)}); ` +
    `full runs: phase switch ${full.switch}/${full.runs}, snapped routing ${full.routing}/${full.runs}, exact ${full.exact}/${full.runs}, all three ${full.all}/${full.runs}`,
  );
  for (const note of full.notes) console.log(`  ${note}`);
});

describe("golden traces, from each entry's initial logits", () => {
  it("there are 16 entries covering the three architectures", () => {
    expect(entries).toHaveLength(16);
    expect(new Set(entries.map((e) => e.arch))).toEqual(new Set(["eq6", "v16", "hybrid"]));
  });

  entries.forEach((entry, index) => {
    it(`${entryTitle(entry, index)}: the gradient at iteration 1 equals grad_iter1 per parameter`, () => {
      const setup = setupFor(entry);
      const objective = objectiveFor(setup);
      const initial = parametersFromBlocks(setup.architecture, entry.init);
      const loss = objective.loss(initial, setup.settings.tauSearch);
      expect(relativeError(loss.data, entry.trace[0][1]!)).toBeLessThanOrEqual(RELATIVE);
      const gradient = objective.gradient(new Float64Array(initial.length));
      const reference = parametersFromBlocks(setup.architecture, entry.grad_iter1);
      const errors = Array.from(gradient, (g, i) => relativeError(g, reference[i]));
      const worst = Math.max(...errors);
      early.worstGradient = Math.max(early.worstGradient, worst);
      expect(worst).toBeLessThanOrEqual(RELATIVE);
      early.gradient += 1;
    });

    it(`${entryTitle(entry, index)}: the data loss at iterations 1..100 equals the trace's`, () => {
      const setup = setupFor(entry);
      const settings = { ...setup.settings, searchIterations: 100, hardeningIterations: 0 };
      const record = train(objectiveFor(setup), parametersFromBlocks(setup.architecture, entry.init), settings, { trace: true });
      const reference = entry.trace.filter(([iteration]) => iteration <= 100);
      expect(reference).toHaveLength(100);
      const errors = reference.map(([iteration, data], k) => {
        expect(record.trace![k][0]).toBe(iteration);
        return relativeError(record.trace![k][1]!, data!);
      });
      const worst = Math.max(...errors);
      early.worstLoss = Math.max(early.worstLoss, worst);
      expect(worst).toBeLessThanOrEqual(RELATIVE);
      early.losses += 1;
    });
  });
});

describe("golden traces, whole 8,000-iteration runs", () => {
  entries.forEach((entry, index) => {
    it(`${entryTitle(entry, index)}: agrees on the phase switch, the snapped routing and the exact flag`, async () => {
      await yieldToEventLoop();
      const setup = setupFor(entry);
      const { architecture, target, settings } = setup;
      const record = train(objectiveFor(setup), parametersFromBlocks(architecture, entry.init), settings, { trace: true });
      const expression = snappedExpression(architecture, target.operator, record.params);
      const mseTrain = expressionMse(expression, target, setup.train, settings);
      const mseHeldout = expressionMse(expression, target, setup.heldout, settings);
      const outcome = classifyOutcome({ expression, target: target.expression, mseTrain, mseHeldout, bestLoss: record.bestLoss });
      const reference = routingFromDescription(entry.snapped_description);
      const routing = comparableRouting(snappedRouting(architecture, record.params), reference);

      const agrees = {
        switch: record.phaseSwitchIteration === entry.phase_switch_iter,
        routing: JSON.stringify(routing) === JSON.stringify(reference),
        exact: outcome.exact === entry.exact,
      };
      full.runs += 1;
      full.switch += Number(agrees.switch);
      full.routing += Number(agrees.routing);
      full.exact += Number(agrees.exact);
      full.all += Number(agrees.switch && agrees.routing && agrees.exact);
      const byIteration = new Map(record.trace!.map(([iteration, data]) => [iteration, data]));
      const firstApart = entry.trace.find(([iteration, data]) => data !== null && !(relativeError(byIteration.get(iteration) ?? NaN, data) < 1e-6));
      full.notes.push(
        `${entryTitle(entry, index)}: switch ${record.phaseSwitchIteration}/${entry.phase_switch_iter}, exact ${outcome.exact}/${entry.exact}, ` +
        `best loss ${record.bestLoss.toExponential(2)}/${entry.best_loss.toExponential(2)}, train MSE ${mseTrain.toExponential(2)}/${entry.mse_train.toExponential(2)}, ` +
        `held-out MSE ${mseHeldout.toExponential(2)}/${entry.mse_heldout.toExponential(2)}, losses apart (>1e-6) from iteration ${firstApart?.[0] ?? "never"}`,
      );

      expect(record.phaseSwitchIteration).toBe(entry.phase_switch_iter);
      expect(routing).toEqual(reference);
      expect(outcome.exact).toBe(entry.exact);
      expect(signature(expression) === signature(target.expression)).toBe(entry.exact);
    });
  });

  it("runTrial(spec with init) gives the same outcome as the composed run (eq6 paper)", async () => {
    await yieldToEventLoop();
    const entry = entries.find((e) => e.arch === "eq6" && e.target === "paper")!;
    const setup = setupFor(entry);
    const result = runTrial({ arch: entry.arch, target: entry.target, strategy: entry.strategy, seed: entry.seed, init: entry.init }, setup);
    expect(result.exact).toBe(entry.exact);
    expect(result.phase_switch_iter).toBe(entry.phase_switch_iter);
    expect(result.failure_type).toBe("none");
    expect(result.mse_train).toBeLessThan(1e-20);
  });
});
