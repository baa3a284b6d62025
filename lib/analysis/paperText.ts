/** A stated number of the paper (lib/paperNumbers.ts) as the paper prints it, for tables and hovers. */
import type { PaperNumber } from "../paperNumbers.js";

const UNIT_SUFFIX: Partial<Record<PaperNumber["unit"], string>> = { percent: "%", percentage_points: " pp", ratio: "", p_value: "" };

/** E.g. "16.8%", "95-96%", "18/32", "< 1e-15", "0.67". */
export function paperText(entry: PaperNumber): string {
  const relation = entry.relation && entry.relation !== "=" ? `${entry.relation} ` : "";
  if (entry.count) return `${relation}${entry.count.successes}/${entry.count.trials}`;
  const suffix = UNIT_SUFFIX[entry.unit] ?? ` ${entry.unit}`;
  const value = Math.abs(entry.value) >= 1e5 || (entry.value !== 0 && Math.abs(entry.value) < 1e-3) ? entry.value.toExponential(0) : String(entry.value);
  return `${relation}${value}${entry.high !== undefined ? `-${entry.high}` : ""}${suffix}`;
}

/** The stated rate as a fraction in [0, 1] (percent or k/n), or NaN for other units. */
export function paperFraction(entry: PaperNumber): number {
  if (entry.count) return entry.count.successes / entry.count.trials;
  return entry.unit === "percent" ? entry.value / 100 : NaN;
}
