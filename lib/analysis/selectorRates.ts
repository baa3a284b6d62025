/**
 * selectorRates(rows, options): the validation selector of Sec. 4.5 evaluated on a plan's trial
 * log. Candidates are paired into selection units; in each unit the selector keeps the candidate
 * with the lowest score (held-out RMSE; ties: fewer operator nodes, then signature) and the
 * oracle succeeds when any candidate is exact. Per (configuration, noise level): units, exact
 * selections, oracle successes, each architecture alone, with 95% Clopper-Pearson intervals.
 *
 * Pairing "strategy" (the paper's: "pooling the 256 common (seed, initialization) trials per
 * configuration"): a unit is (seed, strategy); an architecture run with strategy "default" only
 * (Eq. 6's native protocol) joins every strategy of its seed. Pairing "seed": a unit is a seed,
 * every candidate of that seed competing. Groups: the `configuration` label (else the target)
 * and the `noise` label (else the settings' noiseSigma, else "0"), so the selector, shockley and
 * noise plans all fit.
 */
import { clopperPearson } from "../statistics/clopperPearson.js";
import type { Row } from "../sweep/runJob.js";

export type Pairing = "strategy" | "seed";
/** A candidate's selection score, lower is better; non-finite scores lose. */
export type CandidateScore = (row: Row) => number;

export interface SelectorRatesOptions {
  /** Default "strategy". */
  pairing?: Pairing;
  /** Default the logged held-out RMSE (rmse_heldout). */
  score?: CandidateScore;
  /** Whether a candidate recovers the target; default its `exact` flag. */
  success?: (row: Row) => boolean;
  /** Interval coverage; default 0.95. */
  confidence?: number;
}

export interface SelectorRate {
  configuration: string;
  noise: string;
  /** The architectures competing, e.g. "eq6+v16". */
  archs: string;
  units: number;
  /** Units lacking some architecture's candidate (an unfinished sweep); left out of every count. */
  incomplete_units: number;
  selected_exact: number;
  selected_rate: number;
  selected_lower: number;
  selected_upper: number;
  oracle_exact: number;
  oracle_rate: number;
  oracle_lower: number;
  oracle_upper: number;
  /** Units where some candidate was exact but the selector chose another. */
  missed: number;
  /** Units whose candidate of this architecture is exact (null: not in this configuration). */
  exact_eq6: number | null;
  exact_v16: number | null;
  exact_hybrid: number | null;
}

export const SELECTOR_RATE_COLUMNS: readonly (keyof SelectorRate)[] = [
  "configuration", "noise", "archs", "units", "incomplete_units", "selected_exact", "selected_rate", "selected_lower",
  "selected_upper", "oracle_exact", "oracle_rate", "oracle_lower", "oracle_upper", "missed", "exact_eq6", "exact_v16", "exact_hybrid",
];

export const heldoutRmseScore: CandidateScore = (row) => Number(row.rmse_heldout);

/** The noise level of a row: its label, else its settings' noiseSigma, else "0". */
export function rowNoise(row: Row): string {
  if (row.noise !== undefined && row.noise !== "") return row.noise;
  const sigma = row.settings ? (JSON.parse(row.settings) as { noiseSigma?: number }).noiseSigma : undefined;
  return sigma ? sigma.toExponential() : "0";
}

function groupRows(rows: readonly Row[]): Map<string, { configuration: string; noise: string; rows: Row[] }> {
  const groups = new Map<string, { configuration: string; noise: string; rows: Row[] }>();
  for (const row of rows) {
    const configuration = row.configuration || row.target;
    const noise = rowNoise(row);
    const key = `${configuration}\u0000${noise}`;
    if (!groups.has(key)) groups.set(key, { configuration, noise, rows: [] });
    groups.get(key)!.rows.push(row);
  }
  return groups;
}

/** The selection units of one group: candidate lists, or null for a unit missing an architecture. */
export function selectionUnits(rows: readonly Row[], pairing: Pairing): Array<Row[] | null> {
  const archs = [...new Set(rows.map((r) => r.arch))];
  const seeds = [...new Set(rows.map((r) => r.seed))].sort((a, b) => Number(a) - Number(b));
  if (pairing === "seed") return seeds.map((seed) => {
    const unit = rows.filter((r) => r.seed === seed);
    return archs.every((arch) => unit.some((r) => r.arch === arch)) ? unit : null;
  });
  const byKey = new Map(rows.map((r) => [`${r.arch}|${r.strategy}|${r.seed}`, r]));
  const defaultOnly = new Set(archs.filter((arch) => rows.every((r) => r.arch !== arch || r.strategy === "default")));
  const paired = rows.filter((r) => !defaultOnly.has(r.arch)).map((r) => r.strategy);
  const strategies = paired.length > 0 ? [...new Set(paired)] : ["default"];
  const units: Array<Row[] | null> = [];
  for (const seed of seeds) {
    for (const strategy of strategies) {
      const unit = archs.map((arch) => byKey.get(`${arch}|${defaultOnly.has(arch) ? "default" : strategy}|${seed}`));
      units.push(unit.every((r) => r !== undefined) ? (unit as Row[]) : null);
    }
  }
  return units;
}

/** The selector's choice: lowest score, then fewer active nodes, then the first signature. */
export function selectCandidate(unit: readonly Row[], score: CandidateScore): Row {
  const key = (row: Row): [number, number, string] => {
    const s = score(row);
    return [Number.isFinite(s) ? s : Number.POSITIVE_INFINITY, Number(row.active_nodes), row.signature];
  };
  return unit.reduce((best, row) => {
    const [a, b] = [key(row), key(best)];
    return a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2]))) ? row : best;
  });
}

export function selectorRates(rows: readonly Row[], options: SelectorRatesOptions = {}): SelectorRate[] {
  const { pairing = "strategy", score = heldoutRmseScore, success = (r: Row) => r.exact === "true", confidence = 0.95 } = options;
  const out: SelectorRate[] = [];
  for (const { configuration, noise, rows: groupRowsList } of groupRows(rows).values()) {
    const all = selectionUnits(groupRowsList, pairing);
    const units = all.filter((u): u is Row[] => u !== null);
    const archs = [...new Set(groupRowsList.map((r) => r.arch))];
    let selected = 0;
    let oracle = 0;
    const archExact = new Map(archs.map((arch) => [arch, 0]));
    for (const unit of units) {
      const anyExact = unit.some(success);
      const chosen = success(selectCandidate(unit, score));
      selected += chosen ? 1 : 0;
      oracle += anyExact ? 1 : 0;
      for (const arch of archs) if (unit.some((r) => r.arch === arch && success(r))) archExact.set(arch, archExact.get(arch)! + 1);
    }
    const s = clopperPearson(selected, units.length, { confidence });
    const o = clopperPearson(oracle, units.length, { confidence });
    out.push({
      configuration, noise, archs: archs.join("+"), units: units.length, incomplete_units: all.length - units.length,
      selected_exact: selected, selected_rate: s.estimate, selected_lower: s.lower, selected_upper: s.upper,
      oracle_exact: oracle, oracle_rate: o.estimate, oracle_lower: o.lower, oracle_upper: o.upper,
      missed: oracle - selected,
      exact_eq6: archExact.get("eq6") ?? null, exact_v16: archExact.get("v16") ?? null, exact_hybrid: archExact.get("hybrid") ?? null,
    });
  }
  // Configurations in order of first appearance, noise levels ascending within each.
  const order = new Map([...new Set(out.map((r) => r.configuration))].map((c, i) => [c, i]));
  return out.sort((a, b) => order.get(a.configuration)! - order.get(b.configuration)! || Number(a.noise) - Number(b.noise));
}
