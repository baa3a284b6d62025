import { describe, expect, it } from "vitest";
import { selectedArchitectures } from "../../lib/analysis/selectedArchitectures.js";
import type { Row } from "../../lib/sweep/runJob.js";

const row = (arch: string, strategy: string, seed: number, exact: boolean, rmse: number): Row => ({
  arch, strategy, seed: String(seed), exact: String(exact), rmse_heldout: String(rmse), active_nodes: "2", signature: `${arch}${rmse}`, target: "shockley",
});

describe("selectedArchitectures", () => {
  it("selectedArchitectures counts per architecture the units it wins and how many of those are exact", () => {
    const rows = [
      row("eq6", "default", 137, true, 0), row("v16", "biased", 137, false, 3), row("hybrid", "biased", 137, true, 0),
      row("eq6", "default", 138, false, 2), row("v16", "biased", 138, false, 1), row("hybrid", "biased", 138, false, 5),
    ];
    // Seed 137: eq6 and hybrid tie at 0 with equal nodes; the first signature ("eq60" < "hybrid0") wins.
    expect(selectedArchitectures(rows)).toEqual([
      { arch: "eq6", selected: 1, selectedExact: 1 },
      { arch: "v16", selected: 1, selectedExact: 0 },
      { arch: "hybrid", selected: 0, selectedExact: 0 },
    ]);
  });

  it("selectedArchitectures with pairing 'seed' lets every candidate of a seed compete", () => {
    const rows = [row("eq6", "default", 137, false, 2), row("hybrid", "biased", 137, false, 1), row("hybrid", "uniform", 137, true, 0)];
    expect(selectedArchitectures(rows, "seed")).toEqual([{ arch: "eq6", selected: 0, selectedExact: 0 }, { arch: "hybrid", selected: 1, selectedExact: 1 }]);
  });
});
