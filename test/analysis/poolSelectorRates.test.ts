import { describe, expect, it } from "vitest";
import { poolSelectorRates } from "../../lib/analysis/poolSelectorRates.js";
import type { SelectorRate } from "../../lib/analysis/selectorRates.js";

function rate(configuration: string, units: number, selected: number, oracle: number, eq6: number | null, v16: number | null, hybrid: number | null): SelectorRate {
  return {
    configuration, noise: "0", archs: "", units, incomplete_units: 0, selected_exact: selected, selected_rate: selected / units,
    selected_lower: 0, selected_upper: 1, oracle_exact: oracle, oracle_rate: oracle / units, oracle_lower: 0, oracle_upper: 1,
    missed: oracle - selected, exact_eq6: eq6, exact_v16: v16, exact_hybrid: hybrid,
  };
}

describe("poolSelectorRates", () => {
  it("poolSelectorRates sums units and successes over configurations, each architecture over those it competes in", () => {
    const pooled = poolSelectorRates([rate("eml", 4, 3, 3, 2, 1, null), rate("rml", 4, 0, 0, 0, 0, null), rate("sml", 4, 4, 4, null, 3, 2)]);
    expect(pooled).toMatchObject({ configurations: 3, units: 12 });
    expect(pooled.selected).toMatchObject({ trials: 12, exact: 7 });
    expect(pooled.oracle).toMatchObject({ trials: 12, exact: 7 });
    expect(pooled.byArch.v16).toMatchObject({ trials: 12, exact: 4, configurations: 3 });
    expect(pooled.byArch.eq6).toMatchObject({ trials: 8, exact: 2, configurations: 2 });
    expect(pooled.byArch.hybrid).toMatchObject({ trials: 4, exact: 2, configurations: 1 });
  });

  it("poolSelectorRates of no configurations has no units and no architectures", () => {
    const pooled = poolSelectorRates([]);
    expect(pooled.units).toBe(0);
    expect(pooled.byArch.v16).toBeNull();
  });
});
