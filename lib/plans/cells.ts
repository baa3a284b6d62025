/** Building blocks shared by the plan definitions. */
import { STRATEGIES, type ArchitectureName, type OperatorName, type StrategyName, type TrainingSettings } from "../protocol.js";
import { FIRST_SEED } from "../protocol.js";
import { targetName, type LeafOrder, type Shape } from "../targets.js";
import type { Cell, Job, PlanOptions } from "./types.js";

export interface CellInput {
  arch: ArchitectureName;
  operator: OperatorName;
  shape: Shape;
  leafOrder: LeafOrder;
  seeds: number;
  strategies?: StrategyName[];
  depth?: number;
  settings?: Partial<TrainingSettings>;
  labels?: Record<string, string>;
  /** Appended to the id when one plan has several cells of the same configuration. */
  variant?: string;
  kind?: Cell["kind"];
  checkpoints?: number[];
  traceSeeds?: number[];
}

/** A cell with the architecture's native strategies unless given, id `operator/arch/shape/order[/depth][/variant]`. */
export function makeCell(input: CellInput, options: PlanOptions = {}): Cell {
  const depth = input.depth ?? 3;
  const parts: string[] = [input.operator, input.arch, input.shape, input.leafOrder];
  if (depth !== 3) parts.push(`d${depth}`);
  if (input.variant) parts.push(input.variant);
  return {
    id: parts.join("/"),
    kind: input.kind ?? "trial",
    arch: input.arch,
    operator: input.operator,
    shape: input.shape,
    leafOrder: input.leafOrder,
    target: targetName(input.operator, input.shape, input.leafOrder),
    depth,
    strategies: input.strategies ?? [...STRATEGIES[input.arch]],
    seeds: options.seeds ?? input.seeds,
    settings: { ...(depth !== 3 ? { depth } : {}), ...input.settings },
    labels: input.labels ?? {},
    ...(input.traceSeeds ? { traceSeeds: input.traceSeeds } : {}),
    ...(input.checkpoints ? { checkpoints: input.checkpoints } : {}),
  };
}

/**
 * Every job of the cells, seed-major (all cells' first seed, then the second, ...), so that a
 * partial run covers every cell with the same number of seeds.
 */
export function planJobs(cells: readonly Cell[]): Job[] {
  const ids = new Set<string>();
  for (const cell of cells) {
    if (ids.has(cell.id)) throw new Error(`duplicate cell id ${cell.id}`);
    ids.add(cell.id);
  }
  const jobs: Job[] = [];
  const maxSeeds = Math.max(0, ...cells.map((c) => c.seeds));
  for (let s = 0; s < maxSeeds; s++) {
    const seed = FIRST_SEED + s;
    for (const cell of cells) {
      if (s >= cell.seeds) continue;
      for (const strategy of cell.strategies) jobs.push({ cell, strategy, seed, key: `${cell.id}|${strategy}|${seed}` });
    }
  }
  return jobs;
}

/** Both leaf orders. */
export const LEAF_ORDERS: readonly LeafOrder[] = ["xy", "yx"];
