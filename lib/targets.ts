/**
 * The target catalogue of PROTOCOL.md ("Targets"): every chain and balanced target for eml, sml
 * and rml, and the Shockley diode, with shape, leaf order and data domain as data.
 */
import { apply, one, variable, type Expression } from "./expression.js";
import type { OperatorName } from "./protocol.js";

export type Shape = "LR" | "RL" | "RR" | "BalLog" | "BalMixed" | "BalExp" | "Shockley";
export type LeafOrder = "xy" | "yx" | "x";

export const CHAIN_SHAPES: readonly Shape[] = ["LR", "RL", "RR"];
export const BALANCED_SHAPES: readonly Shape[] = ["BalLog", "BalMixed", "BalExp"];

/** Where a target is trained and validated: a grid (one or two variables) and a held-out box. */
export interface Domain {
  trainLow: number;
  trainHigh: number;
  /** Points per axis of the training grid (two variables), or in all (one variable). */
  trainCount: number;
  heldoutLow: number;
  heldoutHigh: number;
}

export interface Target {
  name: string;
  operator: OperatorName;
  shape: Shape;
  leafOrder: LeafOrder;
  variables: string[];
  expression: Expression;
  domain: Domain;
  /** The paper's label, e.g. "EML LR(y,x)". */
  label: string;
}

export const TWO_VARIABLE_DOMAIN: Domain = { trainLow: 1, trainHigh: 3, trainCount: 21, heldoutLow: 0.5, heldoutHigh: 5 };
export const SHOCKLEY_DOMAIN: Domain = { trainLow: 0, trainHigh: 5, trainCount: 441, heldoutLow: 0, heldoutHigh: 6 };

/** The depth-3 tree of a shape with leaves (u, v) = (x, y) for "xy", (y, x) for "yx". */
export function shapeExpression(op: OperatorName, shape: Shape, leafOrder: LeafOrder): Expression {
  const [u, v] = leafOrder === "xy" ? [variable("x"), variable("y")] : [variable("y"), variable("x")];
  const f = (a: Expression, b: Expression) => apply(op, a, b);
  switch (shape) {
    case "LR": return f(f(one, f(u, v)), one);
    case "RL": return f(one, f(f(u, v), one));
    case "RR": return f(one, f(one, f(u, v)));
    case "BalLog": return f(f(one, u), f(one, v));
    case "BalMixed": return leafOrder === "xy" ? f(f(one, variable("x")), f(variable("y"), one)) : f(f(one, variable("y")), f(variable("x"), one));
    case "BalExp": return f(f(u, one), f(v, one));
    case "Shockley": return f(variable("x"), f(one, one));
  }
}

const PREFIX: Record<OperatorName, string> = { eml: "E", sml: "S", rml: "R" };

/** Chain names: the paper's for EML, `S_`/`R_` for the others; the unsuffixed one is the first order listed. */
function chainName(op: OperatorName, shape: Shape, order: LeafOrder): string {
  if (op === "eml") {
    const names: Record<string, [string, string]> = { LR: ["paper", "T8"], RL: ["T1_yx", "T1"], RR: ["T4_yx", "T4"] };
    return names[shape][order === "yx" ? 0 : 1];
  }
  const base = `${PREFIX[op]}_${shape}`;
  const plain: LeafOrder = shape === "LR" ? "yx" : "xy";
  return order === plain ? base : `${base}_${order}`;
}

function balancedName(op: OperatorName, shape: Shape, order: LeafOrder): string {
  const base = `${PREFIX[op]}_${shape === "BalExp" ? "BalExp" : "Bal"}`;
  if (shape === "BalMixed") return `${base}_${order === "xy" ? "mx" : "ms"}`;
  return order === "xy" ? base : `${base}_yx`;
}

function buildCatalogue(): Map<string, Target> {
  const catalogue = new Map<string, Target>();
  const add = (target: Target) => catalogue.set(target.name, target);
  for (const op of ["eml", "sml", "rml"] as const) {
    for (const shape of [...CHAIN_SHAPES, ...BALANCED_SHAPES]) {
      for (const order of ["xy", "yx"] as const) {
        const chain = CHAIN_SHAPES.includes(shape);
        add({
          name: chain ? chainName(op, shape, order) : balancedName(op, shape, order),
          operator: op, shape, leafOrder: order, variables: ["x", "y"],
          expression: shapeExpression(op, shape, order), domain: TWO_VARIABLE_DOMAIN,
          label: `${op.toUpperCase()} ${shape}(${order[0]},${order[1]})`,
        });
      }
    }
  }
  add({
    name: "shockley", operator: "eml", shape: "Shockley", leafOrder: "x", variables: ["x"],
    expression: shapeExpression("eml", "Shockley", "x"), domain: SHOCKLEY_DOMAIN,
    label: "Shockley eml(x, e) = exp(x) - 1",
  });
  return catalogue;
}

export const TARGETS: ReadonlyMap<string, Target> = buildCatalogue();

/** The target of a name; throws naming the valid ones. */
export function targetNamed(name: string): Target {
  const target = TARGETS.get(name);
  if (!target) throw new RangeError(`unknown target '${name}' (valid: ${[...TARGETS.keys()].join(", ")})`);
  return target;
}

/** The catalogue name of (operator, shape, leaf order). */
export function targetName(op: OperatorName, shape: Shape, leafOrder: LeafOrder): string {
  for (const target of TARGETS.values()) {
    if (target.operator === op && target.shape === shape && target.leafOrder === leafOrder) return target.name;
  }
  throw new RangeError(`no target ${op} ${shape} ${leafOrder}`);
}
