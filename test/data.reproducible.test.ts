/**
 * The committed data belongs to this engine: a sample of logged trials, re-run from their
 * logged specification (arch, target, strategy, seed, settings), gives the logged record to the
 * last bit. Covers each architecture and operator, an exact and a failed trial, and settings
 * the later plans vary (optimiser, schedule, clamp, noise, learning rate, epsilon).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../lib/io/csv.js";
import { DATA_DIRECTORY } from "../lib/paths.js";
import type { ArchitectureName, StrategyName, TrainingSettings } from "../lib/protocol.js";
import { TRIAL_COLUMNS, type Row } from "../lib/sweep/runJob.js";
import { runTrial } from "../lib/trial.js";

/** Everything but the wall time is a pure function of the specification. */
const COMPARED = TRIAL_COLUMNS.filter((column) => column !== "wall_ms");

const parsedLogs = new Map<string, Row[]>();

/** A plan's committed log, parsed once for all its samples. */
function logRows(plan: string): Row[] {
  const cached = parsedLogs.get(plan);
  if (cached) return cached;
  const rows = readRows(plan);
  parsedLogs.set(plan, rows);
  return rows;
}

function readRows(plan: string): Row[] {
  const path = join(DATA_DIRECTORY, plan, "trials.csv");
  if (!existsSync(path)) return [];
  const { header, rows } = parseCsv(readFileSync(path, "utf8").replace(/[^\n]*$/, ""));
  return rows.map((fields) => Object.fromEntries(header.map((column, i) => [column, fields[i]])));
}

/** The first logged row of a plan that matches, if any. */
function firstRow(plan: string, matches: (row: Row) => boolean): Row | undefined {
  return logRows(plan).find(matches);
}

const SAMPLES: Array<[string, string, (row: Row) => boolean]> = [
  ["heatmap", "Eq. 6, EML", (r) => r.arch === "eq6" && r.operator === "eml"],
  ["heatmap", "V16, SML, exact", (r) => r.arch === "v16" && r.operator === "sml" && r.exact === "true"],
  ["heatmap", "Hybrid, RML", (r) => r.arch === "hybrid" && r.operator === "rml"],
  ["shockley", "Hybrid, Shockley, exact", (r) => r.arch === "hybrid" && r.exact === "true"],
  ["sensitivity", "RMSprop", (r) => r.settings.includes("rmsprop")],
  ["sensitivity", "cosine schedule", (r) => r.settings.includes("cosine")],
  ["noise", "relative noise 1e-2", (r) => r.settings.includes('"noiseSigma":0.01}')],
  ["balanced-configs", "learning rate 0.03", (r) => r.settings.includes("0.03")],
];

describe("committed trial logs re-run to the same record", () => {
  for (const [plan, label, matches] of SAMPLES) {
    const row = firstRow(plan, matches);
    it.skipIf(row === undefined)(`${plan}: ${label} (${row?.key ?? "not logged"})`, () => {
      const logged = row as Row;
      const settings: Partial<TrainingSettings> = logged.settings === "" ? {} : JSON.parse(logged.settings);
      const result = runTrial({
        arch: logged.arch as ArchitectureName, target: logged.target, strategy: logged.strategy as StrategyName,
        seed: Number(logged.seed), settings,
      });
      const rerun = Object.fromEntries(COMPARED.map((column) => [column, String(result[column as keyof typeof result])]));
      const expected = Object.fromEntries(COMPARED.map((column) => [column, logged[column]]));
      expect(rerun).toEqual(expected);
    }, 60_000);
  }
});
