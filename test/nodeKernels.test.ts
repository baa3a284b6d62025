import { describe, expect, it } from "vitest";
import { computeNode, nodeBackward, type NodeBuffers } from "../lib/nodeKernels.js";
import { OPERATOR_REGISTRY, type Operator } from "../lib/operators.js";
import { createRandom } from "../lib/random.js";

const ARGUMENT_CLAMP = 500;

function buffers(count: number): NodeBuffers {
  const b = () => new Float64Array(count);
  return {
    outRe: b(), outIm: b(), real: true, dARe: b(), dAIm: b(), dBRe: b(), dBIm: b(),
    maskRe: b(), maskIm: b(), argMaskA: b(), argMaskB: b(),
  };
}

/** op(a, b) on real inputs; `generic` drops the fused kernel so the generic real path runs. */
function evaluate(operator: Operator, a: number[], b: number[], clamp: number, generic = false): NodeBuffers {
  const node = buffers(a.length);
  const zeros = new Float64Array(a.length);
  const chosen = generic ? { ...operator, realKernel: undefined } : operator;
  computeNode(chosen, node, Float64Array.from(a), zeros, true, Float64Array.from(b), zeros, true, clamp, ARGUMENT_CLAMP, new Float64Array(4));
  return node;
}

/** The fused kernel of an operator and the generic real path give the same values and derivatives, bit for bit. */
function expectKernelEqualsGeneric(name: "eml" | "sml" | "rml", a: number[], b: number[]): void {
  expect(OPERATOR_REGISTRY[name].realKernel).toBeDefined();
  for (const clamp of [1e6, 1e300]) {
    const fused = evaluate(OPERATOR_REGISTRY[name], a, b, clamp);
    const generic = evaluate(OPERATOR_REGISTRY[name], a, b, clamp, true);
    expect(fused.real && generic.real).toBe(true);
    for (const part of ["outRe", "outIm", "dARe", "dBRe"] as const) {
      // Object.is: +0 and -0 count as different, NaN as equal to NaN.
      const differing = Array.from(fused[part]).findIndex((v, i) => !Object.is(v, generic[part][i]));
      expect(differing, `${name} ${part} at clamp ${clamp}: a ${a[differing]}, b ${b[differing]}`).toBe(-1);
    }
  }
}

/** op(a, b) on complex inputs, always by the complex path. */
function evaluateComplex(operator: Operator, a: Array<[number, number]>, b: Array<[number, number]>, clamp: number): NodeBuffers {
  const node = buffers(a.length);
  const part = (values: Array<[number, number]>, k: 0 | 1) => Float64Array.from(values, (v) => v[k]);
  computeNode(operator, node, part(a, 0), part(a, 1), false, part(b, 0), part(b, 1), false, clamp, ARGUMENT_CLAMP, new Float64Array(4));
  return node;
}

/** Gradients with respect to the inputs for an upstream gradient of 1 on Re (and `gIm` on Im). */
function backward(node: NodeBuffers, gIm = 0) {
  const n = node.outRe.length;
  const out = { aRe: new Float64Array(n), aIm: new Float64Array(n), bRe: new Float64Array(n), bIm: new Float64Array(n) };
  nodeBackward(node, new Float64Array(n).fill(1), new Float64Array(n).fill(gIm), out.aRe, out.aIm, out.bRe, out.bIm);
  return out;
}

describe("computeNode: the fused real kernels", () => {
  it("eml: equals the generic real path bit for bit, clamps included", () => {
    const random = createRandom("kernel");
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 5000; i++) {
      a.push(-700 + 1400 * random.uniform() ** 3); // many beyond the +-500 argument clamp
      b.push(Math.exp(-700 + 1400 * random.uniform())); // 1e-304 .. 1e304, all positive
    }
    a.push(500, -500, 13.815510557964274, 0); // at the clamp, and exp(a) = 1e6 (the Eq. 6 output clamp)
    b.push(1, 1, 1, Number.MIN_VALUE);
    expectKernelEqualsGeneric("eml", a, b);
  });

  for (const name of ["sml", "rml"] as const) {
    it(`${name}: equals the generic real path bit for bit, clamps, NaN and infinities included`, () => {
      const random = createRandom(`kernel-${name}`);
      const a: number[] = [];
      const b: number[] = [];
      const wide = () => (random.uniform() < 0.5 ? -1 : 1) * 10 ** (-8 + 11 * random.uniform()); // |v| in 1e-8 .. 1e3
      for (let i = 0; i < 5000; i++) {
        a.push(wide());
        b.push(wide());
      }
      const special = [0, -0, 500, -500, 501, -501, 14.508657738524219, Number.NaN, Infinity, -Infinity];
      for (const u of special) for (const v of special) { a.push(u); b.push(v); }
      expectKernelEqualsGeneric(name, a, b);
    });
  }

  it("eml: equals the generic real path when the exp argument is NaN (NaN -> 0, no gradient)", () => {
    const fused = evaluate(OPERATOR_REGISTRY.eml, [Number.NaN], [2], 1e6);
    const generic = evaluate(OPERATOR_REGISTRY.eml, [Number.NaN], [2], 1e6, true);
    expect([fused.outRe[0], fused.dARe[0], fused.dBRe[0]]).toEqual([0, 0, 0]);
    expect([fused.outRe[0], fused.dARe[0], fused.dBRe[0]]).toEqual([generic.outRe[0], generic.dARe[0], generic.dBRe[0]]);
  });

  it("hands over to the complex path when a log argument is not positive", () => {
    const node = evaluate(OPERATOR_REGISTRY.eml, [1, 1, 1], [2, -0.5, 3], 1e6);
    expect(node.real).toBe(false);
    expect(node.outRe[1]).toBeCloseTo(Math.E - Math.log(0.5), 14);
    expect(node.outIm[1]).toBeCloseTo(-Math.PI, 14);
    expect([node.outIm[0], node.outIm[2]]).toEqual([0, 0]);
  });
});

describe("computeNode: real and complex paths", () => {
  for (const name of ["eml", "sml", "rml"] as const) {
    it(`${name}: the complex path on real inputs computes what the real path does`, () => {
      const a = [0.5, 1.7, 3, -2];
      const b = [0.2, 1, 2.9, 4];
      const real = evaluate(OPERATOR_REGISTRY[name], a, b, 1e300, true);
      const complex = evaluateComplex(OPERATOR_REGISTRY[name], a.map((v) => [v, 0]), b.map((v) => [v, 0]), 1e300);
      expect(real.real).toBe(true);
      expect(Array.from(complex.outRe)).toEqual(Array.from(real.outRe));
      const realGrad = backward(real);
      const complexGrad = backward(complex);
      for (let i = 0; i < a.length; i++) {
        expect(complexGrad.aRe[i]).toBeCloseTo(realGrad.aRe[i], 13);
        expect(complexGrad.bRe[i]).toBeCloseTo(realGrad.bRe[i], 13);
      }
    });
  }

  it("sml and rml stay on the real path for any real inputs", () => {
    for (const name of ["sml", "rml"] as const) {
      expect(evaluate(OPERATOR_REGISTRY[name], [-3, 0, 40], [-5, 0, 1e9], 1e300).real).toBe(true);
    }
  });
});

describe("computeNode: clamps pass no gradient", () => {
  it("an exp argument beyond +-500 is clamped and passes no gradient to it (real path)", () => {
    const node = evaluate(OPERATOR_REGISTRY.eml, [600, -600, 499], [2, 2, 2], 1e300);
    expect(node.outRe[0]).toBe(Math.exp(500) - Math.log(2));
    expect(node.outRe[1]).toBe(Math.exp(-500) - Math.log(2));
    const grad = backward(node);
    expect([grad.aRe[0], grad.aRe[1]]).toEqual([0, 0]);
    expect(grad.aRe[2]).toBe(Math.exp(499));
    expect([grad.bRe[0], grad.bRe[1]]).toEqual([-0.5, -0.5]);
  });

  it("an exp or sinh argument beyond +-500 passes no gradient to its real part (complex path)", () => {
    for (const name of ["eml", "sml"] as const) {
      const node = evaluateComplex(OPERATOR_REGISTRY[name], [[600, 0.1], [-600, 0.1]], [[-2, 0.5], [-2, 0.5]], 1e300);
      const grad = backward(node, 1);
      expect([grad.aRe[0], grad.aRe[1]]).toEqual([0, 0]);
      expect(grad.aIm[0]).not.toBe(0); // the imaginary part is not clamped
    }
  });

  it("an output beyond +-C becomes +-C and passes no gradient to either input", () => {
    const node = evaluate(OPERATOR_REGISTRY.eml, [20, 1], [2, 1e-300], 1e6); // e^20 - log 2 > 1e6; e - log 1e-300 < 1e6
    expect(node.outRe[0]).toBe(1e6);
    const grad = backward(node);
    expect([grad.aRe[0], grad.bRe[0]]).toEqual([0, 0]);
    expect(grad.bRe[1]).toBe(-1 / 1e-300);
  });

  it("a complex output has its real and imaginary parts clamped separately, each passing no gradient", () => {
    // exp(20 + 1.5i) = 4.85e8 * (0.0707 + 0.9975i): Re 3.4e7 > C = 1e6, Im too.
    const node = evaluateComplex(OPERATOR_REGISTRY.eml, [[20, 1.5], [1, 0.5]], [[-1, 0.1], [-1, 0.1]], 1e6);
    expect([node.outRe[0], node.outIm[0]]).toEqual([1e6, 1e6]);
    const grad = backward(node, 1);
    expect([grad.aRe[0], grad.aIm[0], grad.bRe[0], grad.bIm[0]]).toEqual([0, 0, 0, 0]);
    expect(grad.aRe[1]).not.toBe(0);
  });

  it("an infinite real part (log 0) becomes +C and passes no gradient", () => {
    const node = evaluateComplex(OPERATOR_REGISTRY.eml, [[1, 0]], [[0, 0]], 1e6);
    expect([node.outRe[0], node.outIm[0]]).toEqual([1e6, 0]);
    const grad = backward(node, 0);
    expect([grad.aRe[0], grad.aIm[0], grad.bRe[0], grad.bIm[0]]).toEqual([0, 0, 0, 0]);
  });

  it("a NaN output becomes 0 and passes no gradient (complex path, NaN input)", () => {
    const node = evaluateComplex(OPERATOR_REGISTRY.eml, [[Number.NaN, 0.3]], [[2, 0.1]], 1e6);
    expect([node.outRe[0], node.outIm[0]]).toEqual([0, 0]);
    const grad = backward(node, 1);
    expect([grad.aRe[0], grad.aIm[0], grad.bRe[0], grad.bIm[0]]).toEqual([0, 0, 0, 0]);
  });
});
