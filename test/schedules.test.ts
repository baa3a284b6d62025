import { describe, expect, it } from "vitest";
import { protocolSettings, SCHEDULES, type ScheduleName } from "../lib/protocol.js";
import { hardeningStep, hardeningTemperature, searchStep } from "../lib/schedules.js";

const settings = protocolSettings("v16");

describe("hardeningStep(settings, h)", () => {
  it("follows PROTOCOL's power schedule: tau = 2.5 (0.01 / 2.5)^(t^2), t = h / 2000", () => {
    expect(hardeningStep(settings, 0).tau).toBe(2.5);
    expect(hardeningStep(settings, 1000).tau).toBeCloseTo(2.5 * (0.004 ** 0.25), 14);
    expect(hardeningStep(settings, 1999).tau).toBeCloseTo(2.5 * 0.004 ** ((1999 / 2000) ** 2), 14);
  });

  it("raises lam_ent = lam_bin = 0.02 t linearly from 0", () => {
    expect([0, 500, 1999].map((h) => hardeningStep(settings, h).lambdaEntropy)).toEqual([0, 0.005, 0.02 * 0.9995]);
    expect(hardeningStep(settings, 700).lambdaBinarity).toBe(hardeningStep(settings, 700).lambdaEntropy);
  });

  it("scales the learning rate by max(0.01, (1 - t)^2)", () => {
    expect(hardeningStep(settings, 0).learningRateMultiplier).toBe(1);
    expect(hardeningStep(settings, 1000).learningRateMultiplier).toBe(0.25);
    expect(hardeningStep(settings, 1900).learningRateMultiplier).toBe(0.01); // (0.05)^2 = 0.0025 < 0.01
  });
});

describe("hardeningTemperature(schedule, t, tau0, tauFinal)", () => {
  for (const schedule of SCHEDULES) {
    it(`${schedule} starts at tau0 and never rises over the hardening steps, ending near tauFinal`, () => {
      const taus = Array.from({ length: 2000 }, (_, h) => hardeningTemperature(schedule, h / 2000, 2.5, 0.01));
      expect(taus[0]).toBe(2.5);
      for (let h = 1; h < taus.length; h++) expect(taus[h]).toBeLessThanOrEqual(taus[h - 1]);
      expect(taus[1999]).toBeGreaterThanOrEqual(0.01);
      expect(taus[1999]).toBeLessThan(0.0115);
    });
  }

  it("power, linear and cosine reach tauFinal at t = 1 (step, whose last plateau starts at t = 3/4, is never asked for t = 1)", () => {
    for (const schedule of ["power", "linear", "cosine"] as const) expect(hardeningTemperature(schedule, 1, 2.5, 0.01)).toBeCloseTo(0.01, 12);
  });

  it("step holds four geometric plateaus", () => {
    const taus = [0.1, 0.3, 0.6, 0.9].map((t) => hardeningTemperature("step", t, 2.5, 0.01));
    expect(taus[0]).toBe(2.5);
    expect(taus[1] / taus[0]).toBeCloseTo(taus[2] / taus[1], 12);
    expect(taus[3]).toBeCloseTo(0.01, 12);
  });

  it("throws for an unknown schedule, listing the valid ones", () => {
    expect(() => hardeningTemperature("exp" as ScheduleName, 0, 2.5, 0.01)).toThrow(/unknown schedule 'exp' \(valid: power, linear, cosine, step\)/);
  });
});

describe("searchStep(settings)", () => {
  it("is tau 2.5, no penalties, learning-rate multiplier 1", () => {
    expect(searchStep(settings)).toEqual({ tau: 2.5, lambdaEntropy: 0, lambdaBinarity: 0, learningRateMultiplier: 1 });
  });
});
