import { describe, expect, it } from "vitest";
import { clampFloor } from "../../lib/analysis/clampFloor.js";

describe("clampFloor", () => {
  it("clampFloor('E_BalExp', 1e6) is the ~1.35e16 floor of PROTOCOL.md, and 0 at 1e300", () => {
    expect(clampFloor("E_BalExp", 1e6)).toBeGreaterThan(1.3e16);
    expect(clampFloor("E_BalExp", 1e6)).toBeLessThan(1.4e16);
    expect(clampFloor("E_BalExp", 1e300)).toBe(0);
  });

  it("clampFloor is 0 for a target whose values stay inside the clamp, and positive for the EML RL targets at 1e6", () => {
    expect(clampFloor("paper", 1e6)).toBe(0);
    expect(clampFloor("T1", 1e6)).toBeGreaterThan(1);
    expect(clampFloor("T1", 1e300)).toBe(0);
  });
});
