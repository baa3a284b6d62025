/**
 * The operators of PROTOCOL.md ("Operators"): op(a, b) = left(a) - right(b).
 * Each half carries its value and derivative side by side, real and complex; adding an operator
 * is one registry entry.
 */
import type { OperatorName } from "./protocol.js";

/** A holomorphic function of one argument. */
export interface UnaryFunction {
  name: string;
  /** Whether the real part of the argument is clamped to [-A, A] first (exp, sinh). */
  clampsArgument: boolean;
  /** Real value; valid where {@link realDomain} holds. */
  real(x: number): number;
  /** Real derivative, given the argument and the value just computed. */
  realDerivative(x: number, value: number): number;
  /** False where the real path does not apply (log of a non-positive number). */
  realDomain(x: number): boolean;
  /** Whether realDomain can ever be false (lets callers skip the scan). */
  restrictedDomain: boolean;
  /** Complex value and derivative f'(z): out = [valueRe, valueIm, derivativeRe, derivativeIm]. */
  complex(re: number, im: number, out: Float64Array): void;
}

/**
 * A fused real loop over many points: value of op(a, b) with the clamps of nodeKernels.ts and
 * the derivatives with masks folded in. Returns false, having written partial results, as soon
 * as a point leaves the real domain. Must equal the generic real path exactly (tested).
 */
export type RealKernel = (
  aRe: Float64Array, bRe: Float64Array, outRe: Float64Array, dA: Float64Array, dB: Float64Array,
  clamp: number, argumentClamp: number,
) => boolean;

export interface Operator {
  name: OperatorName;
  /** LaTeX name used in printed expressions. */
  latex: string;
  left: UnaryFunction;
  right: UnaryFunction;
  /** The hot path of training; optional, the generic real path is used without it. */
  realKernel?: RealKernel;
}

/** eml's real path: exp(clamp(a)) - log(b), b > 0. */
const emlRealKernel: RealKernel = (aRe, bRe, outRe, dA, dB, clamp, limit) => {
  for (let i = 0; i < aRe.length; i++) {
    const b = bRe[i];
    if (!(b > 0)) return false;
    const a = aRe[i];
    if (a !== a) {
      // NaN -> 0 with no gradient, as the generic path does.
      outRe[i] = 0;
      dA[i] = 0;
      dB[i] = 0;
      continue;
    }
    const passA = a <= limit && a >= -limit;
    const e = Math.exp(passA ? a : a > limit ? limit : -limit);
    const w = e - Math.log(b);
    if (w <= clamp && w >= -clamp) {
      outRe[i] = w;
      dA[i] = passA ? e : 0;
      dB[i] = -1 / b;
    } else {
      outRe[i] = w !== w ? 0 : w > clamp ? clamp : -clamp;
      dA[i] = 0;
      dB[i] = 0;
    }
  }
  return true;
};

/**
 * sml's real path: sinh(clamp(a)) - atan(b), with derivatives cosh(clamp(a)) and -1 / (1 + b^2).
 * The generic real path of nodeKernels.ts with the functions written in, so V8 inlines them.
 */
const smlRealKernel: RealKernel = (aRe, bRe, outRe, dA, dB, clamp, limit) => {
  for (let i = 0; i < aRe.length; i++) {
    let a = aRe[i];
    let passA = true;
    if (a > limit) { a = limit; passA = false; } else if (a < -limit) { a = -limit; passA = false; }
    const b = bRe[i];
    let w = Math.sinh(a) - Math.atan(b);
    let pass = true;
    if (w !== w) { w = 0; pass = false; } else if (w > clamp) { w = clamp; pass = false; } else if (w < -clamp) { w = -clamp; pass = false; }
    outRe[i] = w;
    dA[i] = pass && passA ? Math.cosh(a) : 0;
    dB[i] = pass ? -(1 / (1 + b * b)) : 0;
  }
  return true;
};

/** rml's real path: atan(a) - sinh(clamp(b)), with derivatives 1 / (1 + a^2) and -cosh(clamp(b)). */
const rmlRealKernel: RealKernel = (aRe, bRe, outRe, dA, dB, clamp, limit) => {
  for (let i = 0; i < aRe.length; i++) {
    const a = aRe[i];
    let b = bRe[i];
    let passB = true;
    if (b > limit) { b = limit; passB = false; } else if (b < -limit) { b = -limit; passB = false; }
    let w = Math.atan(a) - Math.sinh(b);
    let pass = true;
    if (w !== w) { w = 0; pass = false; } else if (w > clamp) { w = clamp; pass = false; } else if (w < -clamp) { w = -clamp; pass = false; }
    outRe[i] = w;
    dA[i] = pass ? 1 / (1 + a * a) : 0;
    dB[i] = pass && passB ? -Math.cosh(b) : 0;
  }
  return true;
};

const always = () => true;

export const expFunction: UnaryFunction = {
  name: "exp",
  clampsArgument: true,
  real: Math.exp,
  realDerivative: (_x, value) => value,
  realDomain: always,
  restrictedDomain: false,
  complex(re, im, out) {
    const scale = Math.exp(re);
    // C99 cexp keeps an exactly zero imaginary part (with its sign) for a real argument.
    const valueRe = im === 0 ? scale : scale * Math.cos(im);
    const valueIm = im === 0 ? im : scale * Math.sin(im);
    out[0] = valueRe;
    out[1] = valueIm;
    out[2] = valueRe;
    out[3] = valueIm;
  },
};

export const logFunction: UnaryFunction = {
  name: "log",
  clampsArgument: false,
  real: Math.log,
  realDerivative: (x) => 1 / x,
  realDomain: (x) => x > 0,
  restrictedDomain: true,
  complex(re, im, out) {
    // Principal branch, signed zeros as in C99 clog: atan2 carries the sign of Im.
    out[0] = Math.log(Math.hypot(re, im));
    out[1] = Math.atan2(im, re);
    const norm = re * re + im * im;
    out[2] = re / norm;
    out[3] = -im / norm;
  },
};

export const sinhFunction: UnaryFunction = {
  name: "sinh",
  clampsArgument: true,
  real: Math.sinh,
  realDerivative: (x) => Math.cosh(x),
  realDomain: always,
  restrictedDomain: false,
  complex(re, im, out) {
    const sinhRe = Math.sinh(re);
    const coshRe = Math.cosh(re);
    const cosIm = Math.cos(im);
    const sinIm = Math.sin(im);
    out[0] = sinhRe * cosIm;
    out[1] = coshRe * sinIm;
    out[2] = coshRe * cosIm;
    out[3] = sinhRe * sinIm;
  },
};

export const atanFunction: UnaryFunction = {
  name: "atan",
  clampsArgument: false,
  real: Math.atan,
  realDerivative: (x) => 1 / (1 + x * x),
  realDomain: always,
  restrictedDomain: false,
  complex(re, im, out) {
    if (im === 0) {
      out[0] = Math.atan(re);
      out[1] = im;
    } else {
      // atan z = (i/2) [log(1 - iz) - log(1 + iz)]
      const logMinusRe = 0.5 * Math.log((1 + im) * (1 + im) + re * re);
      const logMinusIm = Math.atan2(-re, 1 + im);
      const logPlusRe = 0.5 * Math.log((1 - im) * (1 - im) + re * re);
      const logPlusIm = Math.atan2(re, 1 - im);
      out[0] = -0.5 * (logMinusIm - logPlusIm);
      out[1] = 0.5 * (logMinusRe - logPlusRe);
    }
    // f'(z) = 1 / (1 + z^2)
    const denRe = 1 + re * re - im * im;
    const denIm = 2 * re * im;
    const norm = denRe * denRe + denIm * denIm;
    out[2] = denRe / norm;
    out[3] = -denIm / norm;
  },
};

export const OPERATOR_REGISTRY: Readonly<Record<OperatorName, Operator>> = {
  eml: { name: "eml", latex: "\\operatorname{eml}", left: expFunction, right: logFunction, realKernel: emlRealKernel },
  sml: { name: "sml", latex: "\\operatorname{sml}", left: sinhFunction, right: atanFunction, realKernel: smlRealKernel },
  rml: { name: "rml", latex: "\\operatorname{rml}", left: atanFunction, right: sinhFunction, realKernel: rmlRealKernel },
};

/** The operator of a name; throws naming the valid ones. */
export function operatorNamed(name: string): Operator {
  const operator = (OPERATOR_REGISTRY as Record<string, Operator | undefined>)[name];
  if (!operator) {
    throw new RangeError(`unknown operator '${name}' (valid: ${Object.keys(OPERATOR_REGISTRY).join(", ")})`);
  }
  return operator;
}
