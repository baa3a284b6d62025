/** A fit worker: a thin shell around fitCandidate; the main thread owns scheduling and progress. */
import { parentPort } from "node:worker_threads";
import { fitCandidate } from "./fitCandidate.js";
import type { CandidateSpec } from "./fitTypes.js";

parentPort?.on("message", ({ index, spec }: { index: number; spec: CandidateSpec }) => {
  try {
    parentPort?.postMessage({ index, ok: true, candidate: fitCandidate(spec) });
  } catch (error) {
    parentPort?.postMessage({ index, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
