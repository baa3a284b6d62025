/**
 * One training run of PROTOCOL.md ("Training one trial"), as its phases: search steps at the
 * search temperature, the switch (restore the best, fresh optimiser), hardening steps under the
 * schedule, then the best snapshot restored for the snap.
 */
import type { Objective } from "./objective.js";
import { clipGradientNorm, createOptimiser, type Optimiser } from "./optimisers.js";
import type { TrainingSettings } from "./protocol.js";
import { hardeningStep, searchStep, type StepSettings } from "./schedules.js";

export type TracePoint = [number, number | null, number | null];

export interface TrainingRecord {
  /** The best snapshot (post-step parameters at the best data loss), restored after the loop. */
  params: Float64Array;
  bestLoss: number;
  phaseSwitchIteration: number;
  iterations: number;
  skippedSteps: number;
  nanRestarts: number;
  trace?: TracePoint[];
}

class TrainingRun {
  readonly grad: Float64Array;
  readonly optimiser: Optimiser;
  best = Infinity;
  bestParams: Float64Array | null = null;
  plateau = 0;
  nanStreak = 0;
  restarts = 0;
  skipped = 0;
  iteration = 0;
  readonly trace: TracePoint[] | undefined;

  constructor(readonly objective: Objective, readonly params: Float64Array, readonly settings: TrainingSettings, trace: boolean) {
    this.grad = new Float64Array(params.length);
    this.optimiser = createOptimiser(settings.optimiser, params.length, settings);
    this.trace = trace ? [] : undefined;
  }

  get stopped(): boolean {
    return this.restarts >= this.settings.maxRestarts;
  }

  restoreBest(): void {
    if (this.bestParams) this.params.set(this.bestParams);
  }

  /** One iteration: loss, then either a skipped step or clip + update + best tracking. */
  step(step: StepSettings): void {
    const { objective, params, settings } = this;
    this.iteration += 1;
    const loss = objective.loss(params, step.tau, step.lambdaEntropy, step.lambdaBinarity);
    if (!Number.isFinite(loss.total)) {
      this.trace?.push([this.iteration, null, null]);
      this.skipped += 1;
      this.nanStreak += 1;
      this.plateau += 1;
      if (this.nanStreak >= settings.nanStreakLimit) {
        this.restoreBest();
        this.optimiser.reset();
        this.nanStreak = 0;
        this.restarts += 1;
      }
      return;
    }
    this.trace?.push([this.iteration, loss.data, loss.total]);
    this.nanStreak = 0;
    objective.gradient(this.grad);
    clipGradientNorm(this.grad, settings.clipNorm);
    this.optimiser.step(params, this.grad, settings.learningRate * step.learningRateMultiplier);
    this.track(loss.data);
  }

  /** Best-loss bookkeeping on the data loss d of this iteration; the snapshot is post-step. */
  private track(d: number): void {
    if (Number.isFinite(d) && d < this.best) {
      // With best = Infinity the ratio is NaN and the plateau grows, as in the reference.
      const relative = (this.best - d) / Math.max(this.best, 1e-15);
      this.best = d;
      this.bestParams = Float64Array.from(this.params);
      this.plateau = relative > this.settings.plateauRelativeImprovement ? 0 : this.plateau + 1;
    } else {
      this.plateau += 1;
    }
  }
}

function searchPhase(run: TrainingRun): void {
  const { settings } = run;
  const step = searchStep(settings);
  while (!run.stopped && run.iteration < settings.searchIterations) {
    if (run.plateau >= settings.plateauPatience && run.best < settings.plateauLossBelow) return;
    run.step(step);
  }
}

function switchToHardening(run: TrainingRun): number {
  run.restoreBest();
  run.optimiser.reset();
  return run.iteration + 1;
}

function hardeningPhase(run: TrainingRun): void {
  for (let h = 0; h < run.settings.hardeningIterations && !run.stopped; h++) run.step(hardeningStep(run.settings, h));
}

/** Train from `initial` (left unchanged); returns the restored best snapshot and the run's record. */
export function train(objective: Objective, initial: Float64Array, settings: TrainingSettings, options: { trace?: boolean } = {}): TrainingRecord {
  const run = new TrainingRun(objective, Float64Array.from(initial), settings, options.trace ?? false);
  searchPhase(run);
  const phaseSwitchIteration = switchToHardening(run);
  hardeningPhase(run);
  run.restoreBest();
  return {
    params: run.params,
    bestLoss: run.best,
    phaseSwitchIteration,
    iterations: run.iteration,
    skippedSteps: run.skipped,
    nanRestarts: run.restarts,
    trace: run.trace,
  };
}
