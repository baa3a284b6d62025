/**
 * Which architecture the validation selector picks (Sec. 4.5: on the Shockley diode "the selector
 * chooses Eq. 6 or Hybrid in every recovered run"): per architecture, the units where its
 * candidate was selected, split by whether the selection is exact. Same units and rule as
 * selectorRates.
 */
import type { Row } from "../sweep/runJob.js";
import { heldoutRmseScore, selectCandidate, selectionUnits, type CandidateScore, type Pairing } from "./selectorRates.js";

export interface SelectedArchitecture {
  arch: string;
  selected: number;
  selectedExact: number;
}

export function selectedArchitectures(rows: readonly Row[], pairing: Pairing = "strategy", score: CandidateScore = heldoutRmseScore): SelectedArchitecture[] {
  const counts = new Map<string, SelectedArchitecture>();
  for (const arch of new Set(rows.map((r) => r.arch))) counts.set(arch, { arch, selected: 0, selectedExact: 0 });
  for (const unit of selectionUnits(rows, pairing)) {
    if (unit === null) continue;
    const chosen = selectCandidate(unit, score);
    const entry = counts.get(chosen.arch)!;
    entry.selected += 1;
    if (chosen.exact === "true") entry.selectedExact += 1;
  }
  return [...counts.values()];
}
