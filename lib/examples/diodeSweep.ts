/**
 * diodeSweep(options, random): a simulated diode I-V sweep from the Shockley law
 * I = I0 (exp(V / (n VT)) - 1), VT = k T / q (Shockley 1949, the paper's ref. [10]), with
 * measurement noise on the current, and its normalised form v_norm = V / (n VT),
 * i_norm = I / I0, in which the law is exp(v_norm) - 1 = eml(v_norm, eml(1, 1)): depth 2 in EML.
 */
import type { Random } from "../random.js";

/** Boltzmann constant (J/K) and elementary charge (C), exact in the 2019 SI. */
const BOLTZMANN = 1.380649e-23;
const CHARGE = 1.602176634e-19;

export interface DiodeSweepOptions {
  /** Saturation current I0 in amperes; default 2e-9. */
  saturationCurrent: number;
  /** Ideality factor n; default 1.6. */
  ideality: number;
  /** Junction temperature in kelvin; default 300. */
  temperature: number;
  /** Swept voltages: from, to (volts) and step count; default 0 to 0.2 V in 81 points. */
  voltageFrom: number;
  voltageTo: number;
  points: number;
  /** Current noise: Gaussian, sigma = relative x |I| + absolute (amperes); defaults 0.003 and 1e-12. */
  relativeNoise: number;
  absoluteNoise: number;
}

export const DIODE_DEFAULTS: Readonly<DiodeSweepOptions> = Object.freeze({
  saturationCurrent: 2e-9,
  ideality: 1.6,
  temperature: 300,
  voltageFrom: 0,
  voltageTo: 0.2,
  points: 81,
  relativeNoise: 0.003,
  absoluteNoise: 1e-12,
});

export interface DiodeRow {
  voltage_V: number;
  current_A: number;
  v_norm: number;
  i_norm: number;
}

/** The thermal voltage kT/q in volts. */
export function thermalVoltage(temperature: number): number {
  return (BOLTZMANN * temperature) / CHARGE;
}

export function diodeSweep(options: Partial<DiodeSweepOptions>, random: Random): DiodeRow[] {
  const o = { ...DIODE_DEFAULTS, ...options };
  if (!Number.isInteger(o.points) || o.points < 2) throw new RangeError(`diodeSweep: points must be an integer >= 2, got ${o.points}`);
  const scale = o.ideality * thermalVoltage(o.temperature);
  return Array.from({ length: o.points }, (_, i) => {
    const voltage = o.voltageFrom + ((o.voltageTo - o.voltageFrom) * i) / (o.points - 1);
    const ideal = o.saturationCurrent * Math.expm1(voltage / scale);
    const current = ideal + (o.relativeNoise * Math.abs(ideal) + o.absoluteNoise) * random.normal();
    return { voltage_V: voltage, current_A: current, v_norm: voltage / scale, i_norm: current / o.saturationCurrent };
  });
}
