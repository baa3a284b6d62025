import { describe, expect, it } from "vitest";
import { DIODE_DEFAULTS, diodeSweep, thermalVoltage } from "../../lib/examples/diodeSweep.js";
import { createRandom } from "../../lib/random.js";

describe("diodeSweep", () => {
  it("thermalVoltage(300) is kT/q = 25.852 mV", () => {
    // 1.380649e-23 * 300 / 1.602176634e-19, by hand.
    expect(thermalVoltage(300)).toBeCloseTo(0.0258520, 6);
  });

  it("diodeSweep without noise follows I = I0 (exp(V / (n VT)) - 1), and i_norm = exp(v_norm) - 1", () => {
    const rows = diodeSweep({ relativeNoise: 0, absoluteNoise: 0 }, createRandom(0));
    expect(rows).toHaveLength(DIODE_DEFAULTS.points);
    expect(rows[0]).toEqual({ voltage_V: 0, current_A: 0, v_norm: 0, i_norm: 0 });
    for (const row of rows) {
      expect(row.i_norm).toBeCloseTo(Math.expm1(row.v_norm), 12);
      expect(row.v_norm * DIODE_DEFAULTS.ideality * thermalVoltage(DIODE_DEFAULTS.temperature)).toBeCloseTo(row.voltage_V, 15);
    }
  });

  it("diodeSweep's noise is seeded: the same generator seed gives the same sweep", () => {
    expect(diodeSweep({}, createRandom(5))).toEqual(diodeSweep({}, createRandom(5)));
    expect(diodeSweep({}, createRandom(5))).not.toEqual(diodeSweep({}, createRandom(6)));
  });
});
