/** Experiment plans: named, typed sets of cells; a cell is one configuration run over seeds and strategies. */
import type { ArchitectureName, OperatorName, StrategyName, TrainingSettings } from "../protocol.js";
import type { LeafOrder, Shape } from "../targets.js";

export type JobKind = "trial" | "gradients";

export interface Cell {
  /** Unique within the plan, stable across runs (it keys the log). */
  id: string;
  kind: JobKind;
  arch: ArchitectureName;
  operator: OperatorName;
  shape: Shape;
  leafOrder: LeafOrder;
  /** Target name of the catalogue. */
  target: string;
  depth: number;
  strategies: StrategyName[];
  /** Number of seeds, FIRST_SEED onwards. */
  seeds: number;
  /** Overrides of the protocol settings. */
  settings: Partial<TrainingSettings>;
  /** Free labels carried into the log and the summary (factor, level, configuration...). */
  labels: Record<string, string>;
  /** Keep the per-iteration loss trace of these seeds (written beside the log). */
  traceSeeds?: number[];
  /** Gradient checkpoints (kind "gradients"). */
  checkpoints?: number[];
}

export interface PlanOptions {
  /** Seeds per cell instead of the plan's own (quick runs). */
  seeds?: number;
}

export interface Plan {
  name: string;
  description: string;
  /** Names of the label columns its cells carry, in order. */
  labelColumns: string[];
  cells(options?: PlanOptions): Cell[];
}

/** One unit of work: a cell at one strategy and seed. */
export interface Job {
  cell: Cell;
  strategy: StrategyName;
  seed: number;
  /** `${cell.id}|${strategy}|${seed}`: the log's key. */
  key: string;
}
