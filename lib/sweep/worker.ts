/** A sweep worker: a thin shell around runJob; the main thread owns scheduling and I/O. */
import { parentPort } from "node:worker_threads";
import type { Job } from "../plans/types.js";
import { runJob } from "./runJob.js";

parentPort?.on("message", (job: Job) => {
  try {
    parentPort?.postMessage({ key: job.key, ok: true, record: runJob(job) });
  } catch (error) {
    parentPort?.postMessage({ key: job.key, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
