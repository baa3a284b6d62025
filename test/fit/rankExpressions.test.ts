import { describe, expect, it } from "vitest";
import type { Candidate } from "../../lib/fit/fitTypes.js";
import { rankExpressions } from "../../lib/fit/rankExpressions.js";

function candidate(signature: string, rmse: number, nodes: number, arch: Candidate["arch"] = "v16"): Candidate {
  return {
    arch, strategy: "biased", seed: 137, expression: signature, signature, latex: signature, nodes,
    rmse_train: rmse, rmse_heldout: rmse, complex_rows: 0, best_loss: 0, phase_switch_iter: 6001, nan_restarts: 0, wall_ms: 1,
  };
}

describe("rankExpressions", () => {
  it("rankExpressions groups candidates by signature and counts them per architecture", () => {
    const ranked = rankExpressions([candidate("a", 1, 2, "eq6"), candidate("a", 1, 2, "v16"), candidate("a", 1, 2, "v16"), candidate("b", 2, 2)], 1e-9);
    expect(ranked.map((r) => [r.signature, r.candidates, r.byArch])).toEqual([["a", 3, { eq6: 1, v16: 2 }], ["b", 1, { v16: 1 }]]);
  });

  it("rankExpressions puts the lowest held-out RMSE first", () => {
    expect(rankExpressions([candidate("a", 0.3, 1), candidate("b", 0.1, 5), candidate("c", 0.2, 1)], 1e-9).map((r) => r.signature)).toEqual(["b", "c", "a"]);
  });

  it("rankExpressions breaks an RMSE tie by fewer operator nodes, then by signature", () => {
    const ranked = rankExpressions([candidate("z", 0.1, 3), candidate("y", 0.1, 2), candidate("x", 0.1, 3)], 1e-9);
    expect(ranked.map((r) => r.signature)).toEqual(["y", "x", "z"]);
  });

  it("rankExpressions counts RMSEs within the tolerance bucket as tied", () => {
    const ranked = rankExpressions([candidate("long", 1e-17, 5), candidate("short", 3e-17, 2)], 1e-12);
    expect(ranked[0].signature).toBe("short");
  });

  it("rankExpressions ranks non-finite RMSEs last", () => {
    const ranked = rankExpressions([candidate("nan", Number.NaN, 1), candidate("inf", Number.POSITIVE_INFINITY, 1), candidate("ok", 5, 7)], 1e-9);
    expect(ranked[0].signature).toBe("ok");
  });

  it("rankExpressions keeps an expression's best RMSE when the architectures' clamps give it two", () => {
    const [only] = rankExpressions([candidate("a", 2, 3, "eq6"), candidate("a", 1, 3, "v16")], 1e-9);
    expect(only.rmse_heldout).toBe(1);
  });
});
