/**
 * Hardening schedules: temperature, penalty weights and learning-rate multiplier at hardening
 * step h of H (PROTOCOL.md). "power" is the protocol's tau = tau0 (tauF/tau0)^(t^2); the
 * others are the sensitivity screen's alternatives (ours: the paper names them only):
 * linear and cosine interpolation from tau0 to tauF, and "step", four geometric plateaus.
 */
import type { ScheduleName, TrainingSettings } from "./protocol.js";
import { SCHEDULES } from "./protocol.js";

export interface StepSettings {
  tau: number;
  lambdaEntropy: number;
  lambdaBinarity: number;
  learningRateMultiplier: number;
}

export function hardeningTemperature(schedule: ScheduleName, t: number, tau0: number, tauFinal: number): number {
  switch (schedule) {
    case "power":
      return tau0 * (tauFinal / tau0) ** (t * t);
    case "linear":
      return tau0 + (tauFinal - tau0) * t;
    case "cosine":
      return tauFinal + ((tau0 - tauFinal) * (1 + Math.cos(Math.PI * t))) / 2;
    case "step":
      return tau0 * (tauFinal / tau0) ** (Math.floor(4 * t) / 3);
    default:
      throw new RangeError(`unknown schedule '${schedule}' (valid: ${SCHEDULES.join(", ")})`);
  }
}

export function hardeningStep(settings: TrainingSettings, h: number): StepSettings {
  const t = h / settings.hardeningIterations;
  const lambda = settings.penaltyWeight * t;
  return {
    tau: hardeningTemperature(settings.schedule, t, settings.tauSearch, settings.tauFinal),
    lambdaEntropy: lambda,
    lambdaBinarity: lambda,
    learningRateMultiplier: Math.max(settings.learningRateFloor, (1 - t) ** 2),
  };
}

export function searchStep(settings: TrainingSettings): StepSettings {
  return { tau: settings.tauSearch, lambdaEntropy: 0, lambdaBinarity: 0, learningRateMultiplier: 1 };
}
