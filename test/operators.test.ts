import { describe, expect, it } from "vitest";
import { atanFunction, expFunction, logFunction, operatorNamed, OPERATOR_REGISTRY, sinhFunction, type UnaryFunction } from "../lib/operators.js";
import { OPERATORS } from "../lib/protocol.js";

const FUNCTIONS: UnaryFunction[] = [expFunction, logFunction, sinhFunction, atanFunction];

/** Points off every branch cut (log: the negative real axis; atan: the imaginary axis beyond +-i). */
const COMPLEX_POINTS: Array<[number, number]> = [[0.7, 0.3], [-1.3, 0.8], [2.1, -1.7], [-0.4, -2.2], [1.5, 0], [3, 0.001]];

function complexValue(f: UnaryFunction, re: number, im: number): [number, number, number, number] {
  const out = new Float64Array(4);
  f.complex(re, im, out);
  return [out[0], out[1], out[2], out[3]];
}

describe("UnaryFunction", () => {
  for (const f of FUNCTIONS) {
    it(`${f.name}.complex agrees with ${f.name}.real on the real axis`, () => {
      for (const x of [0.25, 1, 2.5, 7]) {
        const [re, im, dRe, dIm] = complexValue(f, x, 0);
        expect(re).toBeCloseTo(f.real(x), 14);
        expect(im === 0).toBe(true); // +0 or -0
        expect(dRe).toBeCloseTo(f.realDerivative(x, f.real(x)), 13);
        expect(dIm === 0).toBe(true);
      }
    });

    it(`${f.name}.realDerivative equals a central difference of ${f.name}.real`, () => {
      for (const x of [0.25, 1, 2.5, 7]) {
        const h = 1e-6 * Math.max(1, Math.abs(x));
        const numeric = (f.real(x + h) - f.real(x - h)) / (2 * h);
        expect(Math.abs(f.realDerivative(x, f.real(x)) - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
      }
    });

    it(`${f.name}.complex gives f'(z) = d f / d Re z = -i d f / d Im z (holomorphic, checked by differences)`, () => {
      for (const [re, im] of COMPLEX_POINTS) {
        const h = 1e-6;
        const [, , dRe, dIm] = complexValue(f, re, im);
        const [aRe, aIm] = complexValue(f, re + h, im);
        const [bRe, bIm] = complexValue(f, re - h, im);
        const [cRe, cIm] = complexValue(f, re, im + h);
        const [eRe, eIm] = complexValue(f, re, im - h);
        const scale = Math.max(1, Math.hypot(dRe, dIm));
        // d/dRe: f'(z); d/dIm: i f'(z) = (-dIm, dRe).
        expect(Math.abs((aRe - bRe) / (2 * h) - dRe)).toBeLessThan(1e-7 * scale);
        expect(Math.abs((aIm - bIm) / (2 * h) - dIm)).toBeLessThan(1e-7 * scale);
        expect(Math.abs((cRe - eRe) / (2 * h) + dIm)).toBeLessThan(1e-7 * scale);
        expect(Math.abs((cIm - eIm) / (2 * h) - dRe)).toBeLessThan(1e-7 * scale);
      }
    });
  }

  it("log.complex is the principal branch with C99 signed zeros: log(-2 +- 0i) = log 2 +- i pi", () => {
    expect(complexValue(logFunction, -2, 0).slice(0, 2)).toEqual([Math.log(2), Math.PI]);
    expect(complexValue(logFunction, -2, -0).slice(0, 2)).toEqual([Math.log(2), -Math.PI]);
  });

  it("exp.complex keeps an exactly zero imaginary part for a real argument", () => {
    expect(complexValue(expFunction, 1.5, 0)).toEqual([Math.exp(1.5), 0, Math.exp(1.5), 0]);
  });

  it("atan.complex matches atan z = (i/2) [log(1 - iz) - log(1 + iz)] at a point computed by hand", () => {
    // atan(1 + i) = 1.0172219678978514 + 0.40235947810852507 i (Python's cmath.atan(1+1j)).
    const [re, im] = complexValue(atanFunction, 1, 1);
    expect(re).toBeCloseTo(1.0172219678978514, 14);
    expect(im).toBeCloseTo(0.40235947810852507, 14);
  });

  it("realDomain is false exactly where log's real path does not apply", () => {
    expect([1e-300, 0, -0, -1].map(logFunction.realDomain)).toEqual([true, false, false, false]);
    expect(logFunction.restrictedDomain).toBe(true);
    expect([expFunction, sinhFunction, atanFunction].map((f) => f.restrictedDomain)).toEqual([false, false, false]);
  });

  it("exp and sinh clamp their argument (PROTOCOL: before every exp and sinh); log and atan do not", () => {
    expect(FUNCTIONS.map((f) => [f.name, f.clampsArgument])).toEqual([["exp", true], ["log", false], ["sinh", true], ["atan", false]]);
  });
});

describe("operatorNamed(name)", () => {
  it("operatorNamed(name) returns op(a, b) = left(a) - right(b) for eml, sml and rml", () => {
    const halves = OPERATORS.map((name) => [name, operatorNamed(name).left.name, operatorNamed(name).right.name]);
    expect(halves).toEqual([["eml", "exp", "log"], ["sml", "sinh", "atan"], ["rml", "atan", "sinh"]]);
    expect(Object.keys(OPERATOR_REGISTRY)).toEqual([...OPERATORS]);
  });

  it("operatorNamed(name) throws for an unknown name, listing the valid ones", () => {
    expect(() => operatorNamed("pml")).toThrow(/unknown operator 'pml' \(valid: eml, sml, rml\)/);
  });
});
