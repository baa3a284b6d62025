/**
 * npm run merge -- --plan NAME [--seeds N] [--inputs FILE_OR_DIR,...] [--out DIR]
 * Joins shard logs (default: data/<plan>/trials.shard-*.csv) into DIR/trials.csv with its summaries.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { atomicWriteSync } from "../lib/io/atomicWrite.js";
import { toCsv } from "../lib/io/csv.js";
import { choice, list, parseCliArgs, positiveInt, runCli, UsageError } from "../lib/cliError.js";
import { planDirectory } from "../lib/paths.js";
import { PLANS, planJobs, planNamed } from "../lib/plans/index.js";
import { mergeLogs, MergeError } from "../lib/sweep/mergeLogs.js";
import { logColumns } from "../lib/sweep/runJob.js";
import { writeSummaries } from "../lib/sweep/runSweep.js";
import { LogError, readLog } from "../lib/sweep/trialLog.js";

function logFiles(input: string): string[] {
  const path = resolve(input);
  if (!existsSync(path)) throw new UsageError(`no such file or folder: ${input}`);
  if (!statSync(path).isDirectory()) return [path];
  const files = readdirSync(path).filter((f) => /^trials(\.shard-\d+-of-\d+)?\.csv$/.test(f)).map((f) => join(path, f));
  if (files.length === 0) throw new UsageError(`${input} holds no trials*.csv log`);
  return files;
}

await runCli(() => {
  const { values } = parseCliArgs({
    options: { plan: { type: "string" }, seeds: { type: "string" }, inputs: { type: "string" }, out: { type: "string" } },
  });
  if (values.plan === undefined) throw new UsageError(`--plan is required (valid: ${[...PLANS.keys()].join(", ")})`);
  const plan = planNamed(choice("--plan", values.plan, [...PLANS.keys()]));
  const seeds = values.seeds === undefined ? undefined : positiveInt("--seeds", values.seeds);
  const cells = plan.cells(seeds ? { seeds } : {});
  const columns = logColumns(cells[0].kind, plan.labelColumns);
  const outDirectory = values.out ? resolve(values.out) : planDirectory(plan.name);
  const inputs = values.inputs
    ? list("--inputs", values.inputs).flatMap(logFiles)
    : readdirSync(outDirectory).filter((f) => /^trials\.shard-\d+-of-\d+\.csv$/.test(f)).map((f) => join(outDirectory, f));
  const target = join(outDirectory, "trials.csv");
  const sources = inputs.filter((f) => resolve(f) !== target);
  if (sources.length === 0) throw new UsageError(`nothing to merge: give --inputs, or run shards into ${outDirectory}`);
  if (inputs.length === sources.length && existsSync(target) && readLog(target, columns).rows.length > 0) {
    throw new UsageError(`${target} already holds trials: add it to --inputs to join it, or merge into another --out`);
  }
  try {
    const logs = inputs.map((file) => ({ name: basename(file), rows: readLog(file, columns).rows }));
    const rows = mergeLogs(planJobs(cells), logs);
    atomicWriteSync(target, toCsv(rows, columns));
    writeSummaries(plan, cells, rows, outDirectory);
    process.stderr.write(`merged ${sources.length} logs, ${rows.length} trials -> ${target}\n`);
  } catch (error) {
    if (error instanceof MergeError || error instanceof LogError) throw new UsageError(error.message);
    throw error;
  }
  return 0;
});
