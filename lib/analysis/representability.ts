/**
 * Representability decided numerically: which of a set of expressions (an enumerated E(A),
 * enumerate.ts) equal a formula on a grid. Equal means, at every grid point, a real value
 * (|Im| within the tolerance) within a relative tolerance of the formula's value. Subexpressions
 * are evaluated once (cached by signature), so a whole E(A) of ~15,000 trees costs about one
 * operator application per tree.
 */
import { applyOperator, signature, type EvaluationOptions, type Expression } from "../expression.js";

export interface Grid {
  /** Values of each variable (and of any named constant leaf) at the grid points. */
  variables: Record<string, Float64Array>;
  count: number;
}

export interface MatchOptions {
  /** Relative tolerance, against max(1, |formula|); default 1e-9. */
  tolerance?: number;
  /** Clamps applied after every node; default none (exact complex arithmetic). */
  evaluation?: EvaluationOptions;
}

type Values = { re: Float64Array; im: Float64Array };

/** An evaluator of expressions on one grid that evaluates each distinct subtree once. */
export function cachedEvaluator(grid: Grid, evaluation?: EvaluationOptions): (e: Expression) => Values {
  const cache = new Map<string, Values>();
  const evaluate = (e: Expression): Values => {
    if (e.kind === "one") return { re: new Float64Array(grid.count).fill(1), im: new Float64Array(grid.count) };
    if (e.kind === "var") {
      const values = grid.variables[e.name];
      if (!values) throw new RangeError(`expression uses '${e.name}', not among the grid's variables`);
      return { re: values, im: new Float64Array(grid.count) };
    }
    const key = signature(e);
    let values = cache.get(key);
    if (!values) {
      values = applyOperator(e.op, evaluate(e.left), evaluate(e.right), evaluation);
      cache.set(key, values);
    }
    return values;
  };
  return evaluate;
}

/** Whether values equal the formula's at every point (finite, real, within the tolerance). */
export function valuesMatch(values: Values, formula: ArrayLike<number>, tolerance = 1e-9): boolean {
  for (let i = 0; i < formula.length; i++) {
    const scale = tolerance * Math.max(1, Math.abs(formula[i]));
    const re = values.re[i];
    if (!Number.isFinite(re) || !(Math.abs(re - formula[i]) <= scale) || !(Math.abs(values.im[i]) <= scale)) return false;
  }
  return true;
}

/** The expressions equal to the formula (its values at the grid points) on the grid. */
export function matchingExpressions(
  expressions: readonly Expression[], grid: Grid, formula: ArrayLike<number>, options: MatchOptions = {},
): Expression[] {
  if (formula.length !== grid.count) throw new RangeError(`formula has ${formula.length} values for ${grid.count} grid points`);
  // A cheap pass on a few points first: almost every tree differs from the formula everywhere.
  const stride = Math.max(1, Math.floor(grid.count / 12));
  const picked = Array.from({ length: Math.ceil(grid.count / stride) }, (_, k) => k * stride);
  const coarse: Grid = {
    variables: Object.fromEntries(Object.entries(grid.variables).map(([name, values]) => [name, Float64Array.from(picked, (i) => values[i])])),
    count: picked.length,
  };
  const coarseFormula = picked.map((i) => formula[i]);
  const evaluateCoarse = cachedEvaluator(coarse, options.evaluation);
  const candidates = expressions.filter((e) => valuesMatch(evaluateCoarse(e), coarseFormula, options.tolerance));
  const evaluate = cachedEvaluator(grid, options.evaluation);
  return candidates.filter((e) => valuesMatch(evaluate(e), formula, options.tolerance));
}

/** A grid: one axis of evenly spaced points, or the product of two (first variable outer). */
export function productGrid(axes: Record<string, { low: number; high: number; count: number }>): Grid {
  const names = Object.keys(axes);
  if (names.length < 1 || names.length > 2) throw new RangeError(`productGrid takes one or two axes, got ${names.length}`);
  const axis = ({ low, high, count }: { low: number; high: number; count: number }) =>
    Float64Array.from({ length: count }, (_, i) => (count === 1 ? low : low + ((high - low) * i) / (count - 1)));
  const [first, second] = names.map((name) => axis(axes[name]));
  if (!second) return { variables: { [names[0]]: first }, count: first.length };
  const count = first.length * second.length;
  const u = new Float64Array(count);
  const v = new Float64Array(count);
  for (let i = 0; i < first.length; i++) {
    for (let j = 0; j < second.length; j++) {
      u[i * second.length + j] = first[i];
      v[i * second.length + j] = second[j];
    }
  }
  return { variables: { [names[0]]: u, [names[1]]: v }, count };
}
