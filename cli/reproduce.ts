/**
 * Runs the notebooks in notebooks/*.ipynb in order in fresh tslab kernels and saves their outputs.
 *
 *   npm run reproduce -- [--only <glob|number>[,...]] [--cell-timeout <s>] [--keep-going] [--recompute] [--quick] ...
 *
 * Flags other than these reach every notebook's parameter cell through NOTEBOOK_ARGS (see
 * lib/notebook/notebookParameters.ts). Exits 1 listing the failing cells.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { executeNotebook, type CellEvent, type NotebookRun } from "../lib/notebook/execute.js";
import { projectRoot } from "../lib/notebook/projectRoot.js";
import { reproduceArguments } from "../lib/notebook/reproduceArguments.js";
import { selectNotebooks } from "../lib/notebook/selectNotebooks.js";

async function main(): Promise<number> {
  const options = reproduceArguments(process.argv.slice(2));
  const root = projectRoot();
  const directory = join(root, "notebooks");
  const all = existsSync(directory)
    ? readdirSync(directory).filter((name) => name.endsWith(".ipynb")).map((name) => join(directory, name))
    : [];
  const notebooks = selectNotebooks(all, options.only);
  if (notebooks.length === 0) {
    console.log(options.only.length > 0 ? `reproduce: no notebook matches ${options.only.join(", ")}` : "reproduce: no notebooks/*.ipynb");
    return options.only.length > 0 ? 1 : 0;
  }
  console.log(`reproduce: ${notebooks.length} notebook(s), parameters ${JSON.stringify(options.parameters)}`);
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  const runs: NotebookRun[] = [];
  for (const [position, path] of notebooks.entries()) {
    const name = relative(root, path);
    console.log(`[${position + 1}/${notebooks.length}] ${name}`);
    const run = await executeNotebook(path, {
      parameters: options.parameters,
      cellTimeoutSeconds: options.cellTimeoutSeconds,
      stopOnError: !options.keepGoing,
      signal: controller.signal,
      onCell: printCell,
    }).catch((error: Error): NotebookRun => {
      // The kernel did not start: the notebook is left as it was.
      return { path, ok: false, failures: [{ index: -1, status: "dead", message: error.message }], cellsRun: 0, seconds: 0 };
    });
    console.log(`  ${run.ok ? "ok" : "FAILED"}: ${run.cellsRun} cell(s) in ${run.seconds.toFixed(1)} s`);
    runs.push(run);
    if (controller.signal.aborted) break;
  }
  return report(runs, root, controller.signal.aborted);
}

/** One line per cell; on a terminal the line shows while the cell runs. */
function printCell(event: CellEvent): void {
  const cell = `  cell ${event.codeCell}/${event.codeCells}`;
  if (event.phase === "start") {
    if (process.stdout.isTTY) process.stdout.write(`${cell} running`);
    return;
  }
  const status = event.status === "ok" ? "ok" : event.status?.toUpperCase();
  if (process.stdout.isTTY) process.stdout.write("\r\x1b[K");
  console.log(`${cell} ${status} ${event.seconds?.toFixed(1)} s`);
}

function report(runs: NotebookRun[], root: string, interrupted: boolean): number {
  const failed = runs.filter((run) => !run.ok);
  if (failed.length === 0 && !interrupted) {
    console.log(`reproduce: all ${runs.length} notebook(s) ran without error`);
    return 0;
  }
  if (interrupted) console.log("reproduce: interrupted");
  for (const run of failed) {
    for (const failure of run.failures) {
      const message = failure.message.split("\n").map((line) => `    ${line}`).join("\n");
      const where = failure.index < 0 ? "kernel" : `cell index ${failure.index}`;
      console.log(`${relative(root, run.path)} ${where}: ${failure.status}\n${message}`);
    }
  }
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
