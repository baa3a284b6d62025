/**
 * The types of `fit`: a user's table, the options of a fit, one trained candidate and the
 * fit's result. The paper's advice (Sec. 5.1): train a small architecture set, harden each
 * candidate, keep the expression with the lowest held-out RMSE.
 */
import type { ArchitectureName, OperatorName, StrategyName, TrainingSettings } from "../protocol.js";

/** A table of named numeric columns, with the one or two inputs and the output named. */
export interface FitData {
  /** Column values by name (arrays or typed arrays). */
  columns: Readonly<Record<string, ArrayLike<number>>>;
  /** One or two column names: the expression's variables, in this order. */
  inputs: readonly string[];
  /** The column to fit. */
  output: string;
}

export interface FitOptions {
  /** The operator of every node; default "eml". */
  operator: OperatorName;
  /** Tree depth; default 3 (the paper's). */
  depth: number;
  /** Architectures trained; default all three. */
  archs: ArchitectureName[];
  /** Initialisation strategies per architecture; default each architecture's native set. */
  strategies: Partial<Record<ArchitectureName, StrategyName[]>>;
  /** Seeds per (architecture, strategy), FIRST_SEED onwards; default 16. */
  seeds: number;
  /** Fraction of the rows held out for selection; default 0.2. */
  holdout: number;
  /** Seed of the training/held-out split; default 0. */
  splitSeed: number;
  /** Overrides of the protocol's training settings (depth and clamp excepted); default none. */
  settings: Partial<TrainingSettings>;
  /** Distinct runner-up expressions reported; default 3. */
  runnersUp: number;
}

/** One (architecture, strategy, seed) candidate to train: everything its result depends on. */
export interface CandidateSpec {
  arch: ArchitectureName;
  strategy: StrategyName;
  seed: number;
  operator: OperatorName;
  depth: number;
  /** The input names, the architecture's variables. */
  variables: string[];
  train: { inputs: Float64Array[]; output: Float64Array };
  heldout: { inputs: Float64Array[]; output: Float64Array };
  settings: Partial<TrainingSettings>;
}

/** A trained and hardened candidate: a row of the candidate table. */
export interface Candidate {
  arch: ArchitectureName;
  strategy: StrategyName;
  seed: number;
  expression: string;
  signature: string;
  latex: string;
  /** Operator nodes of the hardened expression. */
  nodes: number;
  rmse_train: number;
  rmse_heldout: number;
  /** Rows (training and held-out) where the hardened expression is complex, |Im| > 1e-12. */
  complex_rows: number;
  /** Best soft data loss of the run (before hardening). */
  best_loss: number;
  phase_switch_iter: number;
  nan_restarts: number;
  wall_ms: number;
}

/** The candidate table's columns, in order. */
export const CANDIDATE_COLUMNS: readonly (keyof Candidate)[] = [
  "arch", "strategy", "seed", "expression", "signature", "latex", "nodes", "rmse_train", "rmse_heldout",
  "complex_rows", "best_loss", "phase_switch_iter", "nan_restarts", "wall_ms",
];

/** A distinct hardened expression and the candidates that reached it. */
export interface ExpressionSummary {
  expression: string;
  signature: string;
  latex: string;
  nodes: number;
  rmse_train: number;
  rmse_heldout: number;
  complex_rows: number;
  /** How many candidates reached this signature, in all and per architecture. */
  candidates: number;
  byArch: Partial<Record<ArchitectureName, number>>;
}

export interface FitResult {
  inputs: string[];
  output: string;
  operator: OperatorName;
  depth: number;
  archs: ArchitectureName[];
  strategies: Partial<Record<ArchitectureName, StrategyName[]>>;
  seeds: number[];
  holdout: number;
  splitSeed: number;
  rows: { total: number; training: number; heldout: number };
  /** Things the user should know about the data (e.g. EML's logs on inputs <= 0). */
  notes: string[];
  selected: ExpressionSummary;
  runnersUp: ExpressionSummary[];
  /** Distinct expressions among the candidates. */
  distinctExpressions: number;
  candidates: Candidate[];
  workers: number;
  seconds: number;
}
