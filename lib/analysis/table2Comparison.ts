/**
 * Table 2 (Sec. 4.4) row by row: our gradient ratio at the paper's checkpoint (10-seed mean and
 * standard error, from the gradients plan's summary rho.csv) beside the paper's, with the
 * difference in combined standard errors.
 */
import { PAPER_NUMBERS, type PaperTable2Row } from "../paperNumbers.js";

type RhoRow = Record<string, string | number>;

export interface Table2Comparison {
  paper: PaperTable2Row;
  /** PROTOCOL.md's shape of the row: the paper's "Bal" is BalLog. */
  shape: string;
  ours?: { mean: number; se: number; n: number };
  /** (ours - paper) / sqrt(se_ours^2 + se_paper^2); NaN without ours or when both s.e. are 0. */
  z: number;
}

/** The rho summary entry for (diagnostic, arch, operator, shape, leaf order, iteration), if any. */
export function findRho(rho: readonly RhoRow[], key: { diagnostic: string; arch: string; operator: string; shape: string; leafOrder: string; iteration: number }): RhoRow | undefined {
  return rho.find((r) => r.diagnostic === key.diagnostic && r.arch === key.arch && r.operator === key.operator &&
    r.shape === key.shape && r.leaf_order === key.leafOrder && Number(r.iteration) === key.iteration);
}

/** One entry per row of the paper's Table 2, in its order. */
export function table2Comparison(rho: readonly RhoRow[], iteration = 1000): Table2Comparison[] {
  return PAPER_NUMBERS.table2.map((paper) => {
    const shape = paper.shape === "Bal" ? "BalLog" : paper.shape;
    const entry = findRho(rho, { diagnostic: paper.diagnostic, arch: paper.architecture, operator: paper.operator, shape, leafOrder: paper.leafOrder, iteration });
    if (!entry) return { paper, shape, z: NaN };
    const ours = { mean: Number(entry.mean), se: Number(entry.se), n: Number(entry.n) };
    const spread = Math.hypot(ours.se, paper.ratioStandardError);
    return { paper, shape, ours, z: spread > 0 ? (ours.mean - paper.ratioMean) / spread : NaN };
  });
}
