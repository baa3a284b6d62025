/**
 * npm run fit -- data.csv --inputs x,y --output z [--operator eml|sml|rml] [--depth 3]
 *   [--archs eq6,v16,hybrid] [--seeds 16] [--holdout 0.2] [--split-seed 0] [--workers N] [--json]
 * Trains every (architecture, initialisation, seed) candidate on the training rows, hardens each,
 * and reports the expression with the lowest held-out RMSE (paper Sec. 5.1). Bad input: one line
 * `error: ...` on stderr and exit status 2, nothing written to stdout.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { choice, list, number, parseCliArgs, positiveInt, runCli, UsageError } from "../lib/cliError.js";
import { checkFitData, datasetFromCsv, DatasetError, fitDataset, formatFitReport, HOLDOUT_RANGE, type FitData } from "../lib/fit/index.js";
import { ARCHITECTURES, OPERATORS } from "../lib/protocol.js";
import { gitCommit } from "../lib/sweep/runSweep.js";

const USAGE = "usage: npm run fit -- data.csv --inputs x[,y] --output z [--operator eml|sml|rml] [--depth 3] " +
  "[--archs eq6,v16,hybrid] [--seeds 16] [--holdout 0.2] [--split-seed 0] [--workers N] [--json]";

function integerIn(name: string, value: string, min: number, max: number): number {
  const parsed = number(name, value, { min, max });
  if (!Number.isInteger(parsed)) throw new UsageError(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
  return parsed;
}

function readData(path: string, inputs: string[], output: string): FitData {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message;
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
  return datasetFromCsv(text, inputs, output);
}

await runCli(async () => {
  const { values, positionals } = parseCliArgs({
    allowPositionals: true,
    options: {
      inputs: { type: "string" }, output: { type: "string" }, operator: { type: "string" }, depth: { type: "string" },
      archs: { type: "string" }, seeds: { type: "string" }, holdout: { type: "string" }, "split-seed": { type: "string" },
      workers: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean" },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (positionals.length !== 1) throw new UsageError(`give exactly one data file (got ${positionals.length}); ${USAGE}`);
  if (values.inputs === undefined) throw new UsageError("--inputs is required: one or two column names, e.g. --inputs x,y");
  if (values.output === undefined) throw new UsageError("--output is required: the column to fit");
  const inputs = list("--inputs", values.inputs);
  if (inputs.length > 2) throw new UsageError(`--inputs takes one or two columns (got ${inputs.length})`);
  const options = {
    operator: values.operator === undefined ? undefined : choice("--operator", values.operator, OPERATORS),
    depth: values.depth === undefined ? undefined : integerIn("--depth", values.depth, 2, 8),
    archs: values.archs === undefined ? undefined : list("--archs", values.archs, (name, part) => choice(name, part, ARCHITECTURES)),
    seeds: values.seeds === undefined ? undefined : positiveInt("--seeds", values.seeds),
    holdout: values.holdout === undefined ? undefined : number("--holdout", values.holdout, HOLDOUT_RANGE),
    splitSeed: values["split-seed"] === undefined ? undefined : integerIn("--split-seed", values["split-seed"], 0, 2 ** 31),
  };
  if (options.archs && new Set(options.archs).size !== options.archs.length) throw new UsageError(`--archs names an architecture twice ("${values.archs}")`);
  const workers = values.workers === undefined ? availableParallelism() : integerIn("--workers", values.workers, 0, 1024);
  const [path] = positionals;
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  try {
    const data = readData(path, inputs, values.output);
    for (const note of checkFitData(data, options.operator ?? "eml").notes) process.stderr.write(`note: ${note}\n`);
    const result = await fitDataset(data, { ...defined, workers });
    if (values.json) process.stdout.write(JSON.stringify({ ...result, source: { file: path, commit: gitCommit() } }, null, 2) + "\n");
    else process.stdout.write(formatFitReport(result));
  } catch (error) {
    if (error instanceof DatasetError || error instanceof RangeError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
});
