/**
 * A logged or fitted expression ("eml(v_norm, eml(1, 1))") evaluated where a plot needs it: along
 * a line of one variable, or at given rows. Complex or non-finite values (EML's log of a
 * non-positive number) become NaN, so that plots leave gaps there instead of drawing real parts.
 */
import { evaluateExpression } from "../expression.js";
import { parseExpression } from "../parseExpression.js";

/** Real values of the expression at the rows of `columns` (NaN where complex, |Im| > tolerance). */
export function expressionValues(text: string, columns: Record<string, ArrayLike<number>>, tolerance = 1e-12): Float64Array {
  const names = Object.keys(columns);
  const count = names.length === 0 ? 0 : columns[names[0]].length;
  const variables = Object.fromEntries(names.map((name) => [name, Float64Array.from(columns[name])]));
  const { re, im } = evaluateExpression(parseExpression(text), variables, count);
  return re.map((value, i) => (Number.isFinite(value) && Math.abs(im[i]) <= tolerance * Math.max(1, Math.abs(value)) ? value : Number.NaN));
}

/** `count` evenly spaced points of `variable` on [low, high] and the expression's real values there. */
export function expressionCurve(text: string, variable: string, low: number, high: number, count = 200): { x: Float64Array; y: Float64Array } {
  if (!(count >= 2)) throw new RangeError(`expressionCurve: count must be at least 2, got ${count}`);
  const x = Float64Array.from({ length: count }, (_, i) => low + ((high - low) * i) / (count - 1));
  return { x, y: expressionValues(text, { [variable]: x }) };
}
