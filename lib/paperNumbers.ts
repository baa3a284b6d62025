/**
 * The numbers the paper states (arXiv:2604.23256v2), for showing beside our reproduction.
 * Nothing here is a result of ours. The data live in paperNumbersData.ts, mirrored to
 * data/paper/paper-numbers.json for readers outside TypeScript (test/paperNumbers.test.ts keeps
 * the two identical).
 */
import type { ArchitectureName, OperatorName } from "./protocol.js";
import { PAPER_NUMBERS } from "./paperNumbersData.js";

export { PAPER_NUMBERS };

export type PaperUnit =
  | "percent"
  | "percentage_points"
  | "count"
  | "ratio"
  | "parameters"
  | "iterations"
  | "p_value"
  | "loss"
  | "mse"
  | "rmse"
  | "orders_of_magnitude"
  | "temperature"
  | "learning_rate"
  | "setting";

export type PaperShape = "LR" | "RL" | "RR" | "Bal";
export type LeafOrder = "xy" | "yx";

/** The experiment cell a number belongs to, as far as the paper identifies it. */
export interface PaperCell {
  architecture?: ArchitectureName;
  operator?: OperatorName;
  shape?: PaperShape;
  leafOrder?: LeafOrder;
  /** The target's name in PROTOCOL.md's catalogue (not the paper's wording). */
  target?: string;
  /** Tree depth when not the paper's 3. */
  depth?: number;
}

export interface PaperNumber {
  /** Unique dotted key: section, then subject. */
  key: string;
  /** The number as the paper prints it, in `unit`; the low end of a stated range. */
  value: number;
  /** The high end of a stated range ("95–96%"). */
  high?: number;
  /** How the paper qualifies the value; "=" when absent. "~" is "about", "≈" or "roughly". */
  relation?: "=" | "~" | "<" | "<=" | ">" | ">=";
  unit: PaperUnit;
  /** For unit "count": what is counted (runs, trials, seeds, targets, ...). */
  counted?: string;
  /** A stated k/n. */
  count?: { successes: number; trials: number };
  /** A stated 95% Clopper-Pearson interval, in percent whatever the unit. */
  intervalPercent?: { lower: number; upper: number };
  cell?: PaperCell;
  /** Where the paper states it: section, table or figure; several when repeated. */
  where: string;
  /** The paper's words (math written once, see `transcription`). */
  quote: string;
  /** Our remark on reading the statement; absent when the quote says it all. */
  note?: string;
}

export interface PaperTable1Row {
  name: "Eq. 6" | "V16" | "Hybrid";
  architecture: ArchitectureName;
  internalSelection: string;
  parameters: number;
  variableRouting: string;
}

export interface PaperTable2Row {
  diagnostic: "rho_xy" | "rho_LR";
  architecture: ArchitectureName;
  operator: OperatorName;
  shape: PaperShape;
  leafOrder: LeafOrder;
  /** PROTOCOL.md's target name; the Bal rows are BalLog (PROTOCOL: targets). */
  target: string;
  /** 10-seed mean at iteration 1000. */
  ratioMean: number;
  ratioStandardError: number;
  recoveryPercent: number;
}

export interface PaperTable3Row {
  formulaClass: string;
  example: string | null;
  applicationContext: string;
  /** R: representable; A: blocked. */
  status: "R" | "A";
  missingPrimitive: string | null;
}

export interface PaperNumbers {
  source: string;
  license: string;
  transcription: string;
  numbers: PaperNumber[];
  table1: PaperTable1Row[];
  table2: PaperTable2Row[];
  table3: PaperTable3Row[];
}

/** The stated number with this key; throws, naming the key, when there is none. */
export function paperNumber(key: string): PaperNumber {
  const found = PAPER_NUMBERS.numbers.find((entry) => entry.key === key);
  if (!found) throw new RangeError(`paperNumber: the paper states no number with key "${key}"`);
  return found;
}

/**
 * The recovery rate the paper states for one cell (architecture and PROTOCOL target name,
 * depth 3), from the text or Table 2; undefined when it states none.
 */
export function paperCellRate(architecture: ArchitectureName, target: string): PaperNumber | undefined {
  return PAPER_NUMBERS.numbers.find(
    (entry) =>
      entry.key.startsWith("cell.") &&
      entry.cell?.architecture === architecture &&
      entry.cell.target === target &&
      entry.cell.depth === undefined,
  );
}
