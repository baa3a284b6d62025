/**
 * The per-node loops of the forward and backward passes. Clamps (PROTOCOL.md, "Operators"):
 * the real part of every exp/sinh argument to [-A, A]; after the node, NaN -> 0, +-Inf -> +-C,
 * then real and imaginary parts each to [-C, C]. An active clamp passes no gradient.
 * Gradients through complex values follow the real chain rule on (Re, Im).
 */
import type { Operator } from "./operators.js";

/** One node's output and the local derivatives the backward pass needs. */
export interface NodeBuffers {
  outRe: Float64Array;
  outIm: Float64Array;
  /** True when the node took the real path (its imaginary parts are zero). */
  real: boolean;
  /** Real path: d out / d a and d out / d b with every mask folded in. Complex path: f'(a) and -g'(b). */
  dARe: Float64Array;
  dAIm: Float64Array;
  dBRe: Float64Array;
  dBIm: Float64Array;
  /** Complex path only: output clamp masks per part, argument clamp masks per side (1 passes). */
  maskRe: Float64Array;
  maskIm: Float64Array;
  argMaskA: Float64Array;
  argMaskB: Float64Array;
}

function inRealDomain(operator: Operator, aRe: Float64Array, bRe: Float64Array, count: number): boolean {
  const { left, right } = operator;
  if (left.restrictedDomain) for (let i = 0; i < count; i++) if (!left.realDomain(aRe[i])) return false;
  if (right.restrictedDomain) for (let i = 0; i < count; i++) if (!right.realDomain(bRe[i])) return false;
  return true;
}

/** op(a, b) for every point, choosing the real path where it applies. */
export function computeNode(
  operator: Operator, node: NodeBuffers,
  aRe: Float64Array, aIm: Float64Array, aReal: boolean,
  bRe: Float64Array, bIm: Float64Array, bReal: boolean,
  clamp: number, argumentClamp: number, scratch: Float64Array,
): void {
  const count = aRe.length;
  if (aReal && bReal && operator.realKernel) {
    if (!node.real) node.outIm.fill(0);
    node.real = operator.realKernel(aRe, bRe, node.outRe, node.dARe, node.dBRe, clamp, argumentClamp);
    if (!node.real) computeComplex(operator, node, aRe, aIm, bRe, bIm, clamp, argumentClamp, scratch);
  } else if (aReal && bReal && inRealDomain(operator, aRe, bRe, count)) {
    node.real = true;
    computeReal(operator, node, aRe, bRe, clamp, argumentClamp);
  } else {
    node.real = false;
    computeComplex(operator, node, aRe, aIm, bRe, bIm, clamp, argumentClamp, scratch);
  }
}

function computeReal(operator: Operator, node: NodeBuffers, aRe: Float64Array, bRe: Float64Array, clamp: number, limit: number): void {
  const { left, right } = operator;
  const clampA = left.clampsArgument;
  const clampB = right.clampsArgument;
  const { outRe, outIm, dARe, dBRe } = node;
  for (let i = 0; i < aRe.length; i++) {
    let a = aRe[i];
    let passA = true;
    if (clampA) {
      if (a > limit) { a = limit; passA = false; } else if (a < -limit) { a = -limit; passA = false; }
    }
    let b = bRe[i];
    let passB = true;
    if (clampB) {
      if (b > limit) { b = limit; passB = false; } else if (b < -limit) { b = -limit; passB = false; }
    }
    const fa = left.real(a);
    const gb = right.real(b);
    let w = fa - gb;
    let pass = true;
    if (w !== w) { w = 0; pass = false; } else if (w > clamp) { w = clamp; pass = false; } else if (w < -clamp) { w = -clamp; pass = false; }
    outRe[i] = w;
    outIm[i] = 0;
    dARe[i] = pass && passA ? left.realDerivative(a, fa) : 0;
    dBRe[i] = pass && passB ? -right.realDerivative(b, gb) : 0;
  }
}

/** +-Inf -> +-C and the clamp to [-C, C]; NaN stays NaN for the caller to zero (and to mask its gradient). */
function clampPart(value: number, clamp: number): number {
  if (value !== value) return NaN;
  return value > clamp ? clamp : value < -clamp ? -clamp : value;
}

function computeComplex(
  operator: Operator, node: NodeBuffers,
  aRe: Float64Array, aIm: Float64Array, bRe: Float64Array, bIm: Float64Array,
  clamp: number, limit: number, scratch: Float64Array,
): void {
  const { left, right } = operator;
  const { outRe, outIm, dARe, dAIm, dBRe, dBIm, maskRe, maskIm, argMaskA, argMaskB } = node;
  for (let i = 0; i < aRe.length; i++) {
    let a = aRe[i];
    argMaskA[i] = 1;
    if (left.clampsArgument && (a > limit || a < -limit)) { a = a > limit ? limit : -limit; argMaskA[i] = 0; }
    let b = bRe[i];
    argMaskB[i] = 1;
    if (right.clampsArgument && (b > limit || b < -limit)) { b = b > limit ? limit : -limit; argMaskB[i] = 0; }
    left.complex(a, aIm[i], scratch);
    const faRe = scratch[0], faIm = scratch[1];
    dARe[i] = scratch[2];
    dAIm[i] = scratch[3];
    right.complex(b, bIm[i], scratch);
    dBRe[i] = -scratch[2];
    dBIm[i] = -scratch[3];
    const wRe = faRe - scratch[0];
    const wIm = faIm - scratch[1];
    const cRe = clampPart(wRe, clamp);
    const cIm = clampPart(wIm, clamp);
    outRe[i] = cRe !== cRe ? 0 : cRe;
    outIm[i] = cIm !== cIm ? 0 : cIm;
    maskRe[i] = cRe === wRe ? 1 : 0;
    maskIm[i] = cIm === wIm ? 1 : 0;
  }
}

/**
 * Gradients with respect to the node's two inputs, given the gradient (gRe, gIm) with respect
 * to its output. For a real node only the real parts are written.
 */
export function nodeBackward(
  node: NodeBuffers, gRe: Float64Array, gIm: Float64Array,
  gARe: Float64Array, gAIm: Float64Array, gBRe: Float64Array, gBIm: Float64Array,
): void {
  const count = gRe.length;
  if (node.real) {
    const { dARe, dBRe } = node;
    for (let i = 0; i < count; i++) {
      gARe[i] = gRe[i] * dARe[i];
      gBRe[i] = gRe[i] * dBRe[i];
    }
    return;
  }
  const { dARe, dAIm, dBRe, dBIm, maskRe, maskIm, argMaskA, argMaskB } = node;
  for (let i = 0; i < count; i++) {
    const gr = maskRe[i] === 1 ? gRe[i] : 0;
    const gi = maskIm[i] === 1 ? gIm[i] : 0;
    if (gr === 0 && gi === 0) {
      gARe[i] = 0; gAIm[i] = 0; gBRe[i] = 0; gBIm[i] = 0;
      continue;
    }
    // For w = f(z) with f'(z) = p + iq: dL/dRe z = p gRe + q gIm, dL/dIm z = -q gRe + p gIm.
    const pa = dARe[i], qa = dAIm[i];
    gARe[i] = argMaskA[i] === 1 ? pa * gr + qa * gi : 0;
    gAIm[i] = -qa * gr + pa * gi;
    const pb = dBRe[i], qb = dBIm[i];
    gBRe[i] = argMaskB[i] === 1 ? pb * gr + qb * gi : 0;
    gBIm[i] = -qb * gr + pb * gi;
  }
}
