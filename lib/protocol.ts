/**
 * The training protocol of ../shared/reference/PROTOCOL.md as one typed object.
 * Every caller (CLI, workers, tests, notebooks) imports these values; none copies them.
 */

export type ArchitectureName = "eq6" | "v16" | "hybrid";
export type OperatorName = "eml" | "sml" | "rml";
export type StrategyName = "default" | "biased" | "uniform" | "xy_biased" | "random_hot";
export type OptimiserName = "adam" | "adamw" | "rmsprop";
export type ScheduleName = "power" | "linear" | "cosine" | "step";

export const ARCHITECTURES: readonly ArchitectureName[] = ["eq6", "v16", "hybrid"];
export const OPERATORS: readonly OperatorName[] = ["eml", "sml", "rml"];
/** Initialisation strategies per architecture; the first is the native default. */
export const STRATEGIES: Readonly<Record<ArchitectureName, readonly StrategyName[]>> = {
  eq6: ["default"],
  v16: ["biased", "uniform", "xy_biased", "random_hot"],
  hybrid: ["biased", "uniform", "xy_biased", "random_hot"],
};
export const OPTIMISERS: readonly OptimiserName[] = ["adam", "adamw", "rmsprop"];
export const SCHEDULES: readonly ScheduleName[] = ["power", "linear", "cosine", "step"];

/** Everything that changes the numbers of one trial. Defaults: {@link protocolSettings}. */
export interface TrainingSettings {
  /** Search-phase iterations before the forced switch (PROTOCOL: switch at iteration 6001). */
  searchIterations: number;
  /** Hardening steps after the switch (PROTOCOL: 2000). */
  hardeningIterations: number;
  /** Early switch once the plateau counter reaches this while the best loss is below plateauLossBelow. */
  plateauPatience: number;
  plateauLossBelow: number;
  /** A best-loss improvement counts (resets the plateau) when its relative size exceeds this. */
  plateauRelativeImprovement: number;
  optimiser: OptimiserName;
  learningRate: number;
  beta1: number;
  beta2: number;
  adamEpsilon: number;
  /** AdamW decoupled weight decay (torch default 0.01); RMSprop smoothing constant (torch 0.99). */
  weightDecay: number;
  rmspropAlpha: number;
  /** Global gradient L2 norm clip. */
  clipNorm: number;
  /** Search temperature and final hardening temperature. */
  tauSearch: number;
  tauFinal: number;
  schedule: ScheduleName;
  /** Penalty weight at the end of hardening: lam_ent = lam_bin = penaltyWeight * t. */
  penaltyWeight: number;
  /** Floor of the hardening learning-rate multiplier max(floor, (1-t)^2). */
  learningRateFloor: number;
  /** Output clamp C after every operator node. */
  clamp: number;
  /** Clamp of the real part of every exp and sinh argument. */
  expArgumentClamp: number;
  /** The epsilon inside the entropy penalties' log(p + eps). */
  entropyEpsilon: number;
  nanStreakLimit: number;
  maxRestarts: number;
  /** Gaussian noise added to the training targets: sigma, absolute or relative to the targets' RMS. */
  noiseSigma: number;
  noiseRelative: boolean;
  /** Seed of the held-out sample (the paper's grid seed 12345). */
  heldoutSeed: number;
  heldoutSize: number;
  /** Tree depth (the paper: 3). */
  depth: number;
}

/** PROTOCOL.md's clamp per architecture: Eq. 6 1e6, V16 and Hybrid 1e300. */
export const PROTOCOL_CLAMP: Readonly<Record<ArchitectureName, number>> = {
  eq6: 1e6,
  v16: 1e300,
  hybrid: 1e300,
};

export const PROTOCOL: Readonly<Omit<TrainingSettings, "clamp">> = Object.freeze({
  searchIterations: 6000,
  hardeningIterations: 2000,
  plateauPatience: 4200,
  plateauLossBelow: 1e-2,
  plateauRelativeImprovement: 1e-3,
  optimiser: "adam",
  learningRate: 0.01,
  beta1: 0.9,
  beta2: 0.999,
  adamEpsilon: 1e-8,
  weightDecay: 0.01,
  rmspropAlpha: 0.99,
  clipNorm: 1,
  tauSearch: 2.5,
  tauFinal: 0.01,
  schedule: "power",
  penaltyWeight: 0.02,
  learningRateFloor: 0.01,
  expArgumentClamp: 500,
  entropyEpsilon: 1e-12,
  nanStreakLimit: 50,
  maxRestarts: 100,
  noiseSigma: 0,
  noiseRelative: false,
  heldoutSeed: 12345,
  heldoutSize: 500,
  depth: 3,
} as const);

/** The protocol's settings for one architecture, with overrides. */
export function protocolSettings(
  arch: ArchitectureName,
  overrides: Partial<TrainingSettings> = {},
): TrainingSettings {
  return { ...PROTOCOL, clamp: PROTOCOL_CLAMP[arch], ...overrides };
}

/** Outcome thresholds (PROTOCOL: outcome of a trial). */
export const OUTCOME = Object.freeze({
  exactTrainMse: 1e-20,
  exactHeldoutRmse: 1e-6,
  nearEquivalentMse: 1e-2,
  softFitLoss: 1e-2,
});

/** Training grid and held-out box for two-variable targets (PROTOCOL: data). */
export const GRID = Object.freeze({
  start: 1.0,
  step: 0.1,
  count: 21,
  heldoutLow: 0.5,
  heldoutHigh: 5.0,
  realTolerance: 1e-12,
});

/** Trial seeds start here (PROTOCOL: seeds 137, 138, ...). */
export const FIRST_SEED = 137;
