import { describe, expect, it } from "vitest";
import { numericallyExact } from "../../lib/analysis/numericallyExact.js";

describe("numericallyExact(row)", () => {
  it("holds for a perfect fit whatever the tree, and fails on either threshold", () => {
    expect(numericallyExact({ mse_train: "0", rmse_heldout: "0" })).toBe(true);
    expect(numericallyExact({ mse_train: "2e-32", rmse_heldout: "5e-7" })).toBe(true);
    expect(numericallyExact({ mse_train: "1e-20", rmse_heldout: "0" })).toBe(false);
    expect(numericallyExact({ mse_train: "0", rmse_heldout: "1e-6" })).toBe(false);
    expect(numericallyExact({ mse_train: "NaN", rmse_heldout: "0" })).toBe(false);
  });
});
