import { describe, it } from "vitest";
import { logBeta } from "../../lib/statistics/logBeta.js";
import { expectClose } from "./expectClose.js";

describe("logBeta", () => {
  it("logBeta(a, b) matches scipy.special.betaln for small and large arguments", () => {
    // scipy 1.17.1: scipy.special.betaln(a, b)
    expectClose(logBeta(0.5, 0.5), 1.1447298858494, 1e-14); // = ln(pi)
    expectClose(logBeta(5, 252), -24.50854000254776, 1e-13);
    expectClose(logBeta(3777, 1), -8.236685322714038, 1e-12); // = -ln(3777)
    expectClose(logBeta(1000, 2777), -2185.401998062047, 1e-14);
  });

  it("logBeta(a, b) is symmetric", () => {
    expectClose(logBeta(2.5, 40), logBeta(40, 2.5), 1e-15);
  });
});
