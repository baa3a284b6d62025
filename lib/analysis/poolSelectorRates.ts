/**
 * The selector's rates pooled over configurations (Sec. 4.5: "Pooling the 256 common (seed,
 * initialization) trials per configuration, V16 ... recovers 264/768 = 34.4%. The validation
 * selector recovers 385/768"): sums of units and successes, with 95% Clopper-Pearson intervals.
 */
import { clopperPearson } from "../statistics/index.js";
import type { SelectorRate } from "./selectorRates.js";
import type { RateWithInterval } from "./compareCells.js";

export interface PooledSelector {
  configurations: number;
  units: number;
  selected: RateWithInterval;
  oracle: RateWithInterval;
  /** Per architecture, over the configurations where it competes (null where it competes in none). */
  byArch: Record<"eq6" | "v16" | "hybrid", (RateWithInterval & { configurations: number }) | null>;
}

function rate(exact: number, trials: number): RateWithInterval {
  const { estimate, lower, upper } = clopperPearson(exact, trials);
  return { trials, exact, rate: estimate, lower, upper };
}

export function poolSelectorRates(rates: readonly SelectorRate[]): PooledSelector {
  const units = rates.reduce((s, r) => s + r.units, 0);
  const byArch = {} as PooledSelector["byArch"];
  for (const arch of ["eq6", "v16", "hybrid"] as const) {
    const present = rates.filter((r) => r[`exact_${arch}`] !== null);
    byArch[arch] = present.length === 0 ? null : {
      ...rate(present.reduce((s, r) => s + (r[`exact_${arch}`] ?? 0), 0), present.reduce((s, r) => s + r.units, 0)),
      configurations: present.length,
    };
  }
  return {
    configurations: rates.length, units,
    selected: rate(rates.reduce((s, r) => s + r.selected_exact, 0), units),
    oracle: rate(rates.reduce((s, r) => s + r.oracle_exact, 0), units),
    byArch,
  };
}
