/**
 * Table 3 (Sec. 5.2), the signal-model audit, decided by enumeration instead of typed in: one
 * normalised example per formula class (our choice of example where the paper names none), its
 * values on a grid, and every hardened depth-3 EML tree of each architecture compared with it
 * (enumerate.ts, representability.ts). A class is representable (R) when some architecture has
 * a tree equal to the example on the whole grid. For a blocked example, the same enumeration with
 * the constant 0 added to the leaf alphabet tells whether the zero leaf is what is missing.
 */
import type { Expression } from "../expression.js";
import { printExpression } from "../expression.js";
import { ARCHITECTURES, type ArchitectureName } from "../protocol.js";
import { hardenedExpressions } from "./enumerate.js";
import { matchingExpressions, productGrid, type Grid } from "./representability.js";

export interface AuditExample {
  /** The class as Table 3 names it (PAPER_NUMBERS.table3[].formulaClass). */
  formulaClass: string;
  /** The normalised example, as text. */
  example: string;
  /** Why this example stands for the class. */
  origin: string;
  axes: Record<string, { low: number; high: number; count: number }>;
  /** The example's value at a point, variables in the order of `axes`. */
  value: (...variables: number[]) => number;
}

const UNIT_BOX = { low: 1, high: 3, count: 21 };

/** The examples audited: the paper's where it gives one (Shockley, 1 - ln x), else ours. */
export const SIGNAL_AUDIT_EXAMPLES: readonly AuditExample[] = [
  {
    formulaClass: "Exp. device law", example: "exp(x) - 1", origin: "Shockley I/I0 = exp(V/(n V_T)) - 1 (Sec. 4.5), x in [0, 5]",
    axes: { x: { low: 0, high: 5, count: 41 } }, value: (x) => Math.exp(x) - 1,
  },
  {
    formulaClass: "Log compression", example: "1 - ln x", origin: "the paper's example, eml(0, x)",
    axes: { x: { ...UNIT_BOX, count: 41 } }, value: (x) => 1 - Math.log(x),
  },
  {
    formulaClass: "Friis / path loss", example: "x + y", origin: "Friis in decibels: received = transmitted + gain (a sum of two levels)",
    axes: { x: UNIT_BOX, y: UNIT_BOX }, value: (x, y) => x + y,
  },
  {
    formulaClass: "Shannon capacity", example: "ln(1 + x)", origin: "C / B = log2(1 + SNR), up to the factor ln 2",
    axes: { x: { ...UNIT_BOX, count: 41 } }, value: (x) => Math.log(1 + x),
  },
  {
    formulaClass: "Sabine / Hill", example: "x / y", origin: "Sabine: reverberation time proportional to volume / absorption area",
    axes: { x: UNIT_BOX, y: UNIT_BOX }, value: (x, y) => x / y,
  },
  {
    formulaClass: "Sabine / Hill", example: "x / (1 + x)", origin: "Hill equation with coefficient 1 (normalised concentration x)",
    axes: { x: { ...UNIT_BOX, count: 41 } }, value: (x) => x / (1 + x),
  },
];

export interface AuditResult {
  formulaClass: string;
  example: string;
  variables: string[];
  /** Per architecture: how many distinct hardened trees, and those equal to the example. */
  byArch: Record<ArchitectureName, { trees: number; matches: string[] }>;
  representable: boolean;
  /** With the constant 0 as an extra leaf (one-variable examples only; null otherwise). */
  withZeroLeaf: { representable: boolean; matches: string[]; archs: ArchitectureName[] } | null;
}

/** The example's values on its grid. */
export function exampleGrid(example: AuditExample): { grid: Grid; values: Float64Array } {
  const grid = productGrid(example.axes);
  const names = Object.keys(example.axes);
  const values = new Float64Array(grid.count);
  for (let i = 0; i < grid.count; i++) values[i] = example.value(...names.map((n) => grid.variables[n][i]));
  return { grid, values };
}

/** The zero leaf, a variable of value 0 that prints as "0". */
export const ZERO_LEAF = "0";

/** Audit one example against every architecture's depth-3 EML trees. */
export function auditExample(example: AuditExample, archs: readonly ArchitectureName[] = ARCHITECTURES, depth = 3): AuditResult {
  const variables = Object.keys(example.axes);
  const { grid, values } = exampleGrid(example);
  const matchesOf = (expressions: Expression[], g: Grid) => matchingExpressions(expressions, g, values).map(printExpression);
  const byArch = {} as AuditResult["byArch"];
  for (const arch of archs) {
    const trees = hardenedExpressions(arch, depth, variables);
    byArch[arch] = { trees: trees.length, matches: matchesOf(trees, grid) };
  }
  const representable = archs.some((arch) => byArch[arch].matches.length > 0);
  let withZeroLeaf: AuditResult["withZeroLeaf"] = null;
  if (!representable && variables.length === 1) {
    const zeroGrid: Grid = { variables: { ...grid.variables, [ZERO_LEAF]: new Float64Array(grid.count) }, count: grid.count };
    const byZeroArch = archs.map((arch) => ({ arch, matches: matchesOf(hardenedExpressions(arch, depth, [...variables, ZERO_LEAF]), zeroGrid) }));
    const matches = [...new Set(byZeroArch.flatMap((entry) => entry.matches))];
    withZeroLeaf = { representable: matches.length > 0, matches, archs: byZeroArch.filter((entry) => entry.matches.length > 0).map((entry) => entry.arch) };
  }
  return { formulaClass: example.formulaClass, example: example.example, variables, byArch, representable, withZeroLeaf };
}
