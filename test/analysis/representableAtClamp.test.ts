import { describe, expect, it } from "vitest";
import { representableAtClamp } from "../../lib/analysis/representableAtClamp.js";
import { targetGrid } from "../../lib/analysis/targetGrid.js";
import { targetNamed } from "../../lib/targets.js";

describe("representableAtClamp", () => {
  it("representableAtClamp finds the chain target's own tree at C = 1e300", () => {
    expect(representableAtClamp(targetNamed("T1"), "v16", 1e300)).toMatchObject({
      clamp: 1e300, trees: 10201, representable: true, matches: ["eml(1, eml(eml(x, y), 1))"],
    });
  });

  it("representableAtClamp: at C = 1e6 the EML RL target T1 is out of reach (exp(eml(x, y)) ~ 5e8); the LR target is not", () => {
    expect(representableAtClamp(targetNamed("T1"), "eq6", 1e6).representable).toBe(false);
    expect(representableAtClamp(targetNamed("T1_yx"), "hybrid", 1e6).representable).toBe(false);
    expect(representableAtClamp(targetNamed("paper"), "eq6", 1e6).representable).toBe(true);
  });

  it("targetGrid gives the 441 training points of a two-variable target, fewer where the target is complex (T4)", () => {
    expect(targetGrid(targetNamed("paper")).grid.count).toBe(441);
    expect(targetGrid(targetNamed("T4")).grid.count).toBeLessThan(441);
  });
});
