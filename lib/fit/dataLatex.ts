/**
 * dataLatex(expression): LaTeX of an expression whose variables are a user's column names: a
 * one-letter name stays italic, a longer one is set upright (\mathrm{...}) with TeX's special
 * characters escaped, so "V_d" prints as \mathrm{V\_d}.
 */
import { latexExpression, type Expression } from "../expression.js";

const SPECIAL = /[\\{}$&#^_%~]/g;

export function latexName(name: string): string {
  if (/^[A-Za-z]$/.test(name)) return name;
  const escaped = name.replace(SPECIAL, (c) => (c === "\\" ? "\\textbackslash{}" : c === "~" || c === "^" ? `\\${c}{}` : `\\${c}`));
  return `\\mathrm{${escaped}}`;
}

function renamed(e: Expression): Expression {
  if (e.kind === "var") return { kind: "var", name: latexName(e.name) };
  if (e.kind === "op") return { ...e, left: renamed(e.left), right: renamed(e.right) };
  return e;
}

export function dataLatex(expression: Expression): string {
  return latexExpression(renamed(expression));
}
