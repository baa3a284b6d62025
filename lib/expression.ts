/**
 * Closed-form expressions over the operators: printing (plain text and LaTeX), the canonical
 * signature, structure measures and pointwise complex evaluation.
 */
import { OPERATOR_REGISTRY } from "./operators.js";
import type { OperatorName } from "./protocol.js";

export type Expression =
  | { kind: "one" }
  | { kind: "var"; name: string }
  | { kind: "op"; op: OperatorName; left: Expression; right: Expression };

export const one: Expression = { kind: "one" };
export const variable = (name: string): Expression => ({ kind: "var", name });
export const apply = (op: OperatorName, left: Expression, right: Expression): Expression => ({ kind: "op", op, left, right });

/** Plain text, e.g. `eml(eml(1, eml(y, x)), 1)`. */
export function printExpression(e: Expression): string {
  if (e.kind === "one") return "1";
  if (e.kind === "var") return e.name;
  return `${e.op}(${printExpression(e.left)}, ${printExpression(e.right)})`;
}

/**
 * The canonical signature of the pruned active tree: its plain text without spaces. Two trees
 * have the same signature exactly when they are the same tree of operators and leaves,
 * whichever architecture produced them.
 */
export function signature(e: Expression): string {
  return printExpression(e).replace(/ /g, "");
}

/** The signature with every variable replaced by `v`: same operators and constants, any variables. */
export function skeletonSignature(e: Expression): string {
  if (e.kind === "one") return "1";
  if (e.kind === "var") return "v";
  return `${e.op}(${skeletonSignature(e.left)},${skeletonSignature(e.right)})`;
}

export function latexExpression(e: Expression): string {
  if (e.kind === "one") return "1";
  if (e.kind === "var") return e.name;
  return `${OPERATOR_REGISTRY[e.op].latex}\\left(${latexExpression(e.left)}, ${latexExpression(e.right)}\\right)`;
}

export function operatorCount(e: Expression): number {
  return e.kind === "op" ? 1 + operatorCount(e.left) + operatorCount(e.right) : 0;
}

export function expressionDepth(e: Expression): number {
  return e.kind === "op" ? 1 + Math.max(expressionDepth(e.left), expressionDepth(e.right)) : 0;
}

export function variablesOf(e: Expression, out = new Set<string>()): Set<string> {
  if (e.kind === "var") out.add(e.name);
  if (e.kind === "op") {
    variablesOf(e.left, out);
    variablesOf(e.right, out);
  }
  return out;
}

export interface EvaluationOptions {
  /** Output clamp C with NaN -> 0 (the model's); Infinity evaluates exactly, keeping NaN. */
  clamp: number;
  /** Clamp of the real part of exp/sinh arguments; Infinity for none. */
  argumentClamp: number;
}

const EXACT: EvaluationOptions = { clamp: Infinity, argumentClamp: Infinity };

/** Pointwise complex value of e at the points (variables by name). */
export function evaluateExpression(
  e: Expression, variables: Record<string, Float64Array>, count: number, options: EvaluationOptions = EXACT,
): { re: Float64Array; im: Float64Array } {
  if (e.kind === "one") return { re: new Float64Array(count).fill(1), im: new Float64Array(count) };
  if (e.kind === "var") {
    const values = variables[e.name];
    if (!values) throw new RangeError(`expression uses '${e.name}', not among the data's variables`);
    return { re: Float64Array.from(values), im: new Float64Array(count) };
  }
  const a = evaluateExpression(e.left, variables, count, options);
  const b = evaluateExpression(e.right, variables, count, options);
  return applyOperator(e.op, a, b, options);
}

/** op(a, b) pointwise, with the clamps of `options`; returns new arrays (a and b are left as they are). */
export function applyOperator(
  op: OperatorName, a: { re: Float64Array; im: Float64Array }, b: { re: Float64Array; im: Float64Array }, options: EvaluationOptions = EXACT,
): { re: Float64Array; im: Float64Array } {
  const { left, right } = OPERATOR_REGISTRY[op];
  const { clamp, argumentClamp } = options;
  const count = a.re.length;
  const out = { re: new Float64Array(count), im: new Float64Array(count) };
  const fa = new Float64Array(4);
  const gb = new Float64Array(4);
  const clampArg = (x: number) => (x > argumentClamp ? argumentClamp : x < -argumentClamp ? -argumentClamp : x);
  const clampOut = (x: number) => (clamp === Infinity ? x : x !== x ? 0 : x > clamp ? clamp : x < -clamp ? -clamp : x);
  for (let i = 0; i < count; i++) {
    left.complex(left.clampsArgument ? clampArg(a.re[i]) : a.re[i], a.im[i], fa);
    right.complex(right.clampsArgument ? clampArg(b.re[i]) : b.re[i], b.im[i], gb);
    out.re[i] = clampOut(fa[0] - gb[0]);
    out.im[i] = clampOut(fa[1] - gb[1]);
  }
  return out;
}
