import type { ArchitectureName, OperatorName, StrategyName, TrainingSettings } from "./protocol.js";

export type FailureType =
  | "none"
  | "near_equivalent"
  | "training_failure"
  | "chain_collapse"
  | "wrong_variable"
  | "hardening_failure";

export const FAILURE_TYPES: readonly FailureType[] = [
  "none",
  "near_equivalent",
  "training_failure",
  "chain_collapse",
  "wrong_variable",
  "hardening_failure",
];

/** Everything needed to run one trial; a trial's result depends on this alone. */
export interface TrialSpec {
  arch: ArchitectureName;
  /** A name from the target catalogue (lib/targets.ts). */
  target: string;
  strategy: StrategyName;
  seed: number;
  /** Overrides of the protocol settings (lib/protocol.ts). */
  settings?: Partial<TrainingSettings>;
  /** Start from these initial logits instead of the seeded initialisation (golden-trace layout). */
  init?: Record<string, number[][]>;
  /** Record [iteration, data, total] for every iteration. */
  trace?: boolean;
  /** Record the raw data-loss gradient at these iterations (gradient diagnostics). */
  gradientCheckpoints?: number[];
}

export interface TrialResult {
  arch: ArchitectureName;
  target: string;
  operator: OperatorName;
  strategy: StrategyName;
  seed: number;
  depth: number;
  exact: boolean;
  mse_train: number;
  mse_heldout: number;
  rmse_train: number;
  rmse_heldout: number;
  expression: string;
  latex: string;
  signature: string;
  target_signature: string;
  structural_match: boolean;
  failure_type: FailureType;
  best_loss: number;
  phase_switch_iter: number;
  iterations: number;
  skipped_steps: number;
  nan_restarts: number;
  /** Operator nodes in the snapped active tree. */
  active_nodes: number;
  wall_ms: number;
  trace?: Array<[number, number | null, number | null]>;
  /** Gradient at each requested checkpoint, flat in the architecture's parameter order. */
  gradients?: Array<{ iteration: number; gradient: number[] }>;
}
