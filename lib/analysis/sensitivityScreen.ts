/**
 * The one-factor-at-a-time screen of Sec. 3 (lib/plans/sensitivity.ts): per hero cell, each
 * factor level's exact rate against the hero's baseline (protocol settings, native strategy),
 * matched by seed, with the difference in percentage points and Fisher's exact p. The paper
 * reports two harmful levels (Adam 1e-3, step annealing), initialisation as the largest
 * cell-dependent effect, and every other level within 12 percentage points.
 */
import type { Cell } from "../plans/types.js";
import type { Row } from "../sweep/runJob.js";
import { compareCells, type RateWithInterval } from "./compareCells.js";
import { cellLabel } from "./labels.js";

export interface ScreenRow {
  hero: string;
  arch: string;
  target: string;
  factor: string;
  level: string;
  study: RateWithInterval;
  baseline: RateWithInterval;
  differencePoints: number;
  pValue: number;
}

const heroKey = (cell: Pick<Cell, "arch" | "target">) => `${cell.arch}|${cell.target}`;

/** One row per (hero, factor, level) of the plan's "ofat" cells, in plan order. */
export function sensitivityScreen(cells: readonly Cell[], rows: readonly Row[]): ScreenRow[] {
  const byCell = new Map<string, Row[]>();
  for (const row of rows) byCell.set(row.cell, [...(byCell.get(row.cell) ?? []), row]);
  const ofat = cells.filter((c) => c.labels.study === "ofat");
  const baselines = new Map(ofat.filter((c) => c.labels.factor === "baseline").map((c) => [heroKey(c), c]));
  const out: ScreenRow[] = [];
  for (const cell of ofat) {
    if (cell.labels.factor === "baseline") continue;
    const baseline = baselines.get(heroKey(cell));
    if (!baseline) throw new Error(`sensitivityScreen: no baseline cell for ${cell.id}`);
    const comparison = compareCells(byCell.get(cell.id) ?? [], byCell.get(baseline.id) ?? [], "seed");
    out.push({
      hero: cellLabel(cell.arch, cell.target), arch: cell.arch, target: cell.target,
      factor: cell.labels.factor, level: cell.labels.level,
      study: comparison.study, baseline: comparison.reference,
      differencePoints: comparison.differencePoints, pValue: comparison.pValue,
    });
  }
  return out;
}

export interface FactorSummary {
  factor: string;
  level: string;
  heroes: number;
  /** The largest absolute change over the heroes, signed, and where. */
  largestChangePoints: number;
  largestChangeHero: string;
  /** Heroes where the level lowers recovery with p < alpha. */
  significantDrops: number;
}

/** Per factor level over the heroes with trials: the largest change and the significant drops. */
export function summariseScreen(screen: readonly ScreenRow[], alpha = 0.05): FactorSummary[] {
  const groups = new Map<string, ScreenRow[]>();
  for (const row of screen) {
    if (row.study.trials === 0 || row.baseline.trials === 0) continue;
    const key = `${row.factor}\u0000${row.level}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const largest = group.reduce((a, b) => (Math.abs(b.differencePoints) > Math.abs(a.differencePoints) ? b : a));
    return {
      factor: group[0].factor, level: group[0].level, heroes: group.length,
      largestChangePoints: largest.differencePoints, largestChangeHero: largest.hero,
      significantDrops: group.filter((r) => r.differencePoints < 0 && r.pValue < alpha).length,
    };
  });
}
