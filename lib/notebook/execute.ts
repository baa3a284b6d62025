import { KernelClient, type ExecuteStatus } from "./kernelClient.js";
import { NotebookOutputs, type NotebookOutput } from "./notebookOutputs.js";
import { joinLines, readNotebook, writeNotebook, type Notebook } from "./notebookFile.js";
import { NOTEBOOK_ARGS_VARIABLE } from "./notebookParameters.js";

export interface ExecuteOptions {
  /** Where to save the executed notebook. Default: over the input. */
  outputPath?: string;
  /** Values for the notebook's parameter cell, passed as JSON in NOTEBOOK_ARGS. Default {}. */
  parameters?: Record<string, unknown>;
  /** Seconds one cell may run before the kernel gets SIGINT. Default 3600. */
  cellTimeoutSeconds?: number;
  /** Stop at the first failing cell (later cells depend on earlier ones). Default true. */
  stopOnError?: boolean;
  /** The kernel's working directory. Default: the repository root. */
  cwd?: string;
  /** Called as each cell starts and ends. */
  onCell?: (event: CellEvent) => void;
  /** Aborting interrupts the running cell and stops the run. */
  signal?: AbortSignal;
}

export interface CellEvent {
  /** Index of the cell among all cells (markdown included), from 0. */
  index: number;
  /** Position among code cells, from 1, and their count. */
  codeCell: number;
  codeCells: number;
  phase: "start" | "end";
  status?: ExecuteStatus;
  seconds?: number;
}

export interface CellFailure {
  index: number;
  status: ExecuteStatus;
  /** The start of what the cell wrote to stderr, or the runner's reason. */
  message: string;
}

export interface NotebookRun {
  path: string;
  ok: boolean;
  failures: CellFailure[];
  cellsRun: number;
  seconds: number;
}

/**
 * Runs every code cell of the notebook at `path` in a fresh tslab kernel and saves it with its
 * outputs. A cell fails when its execute_reply status is not "ok" (tslab reports errors only
 * there and on stderr). Cells after a stopping failure are cleared, not left with stale outputs.
 */
export async function executeNotebook(path: string, options: ExecuteOptions = {}): Promise<NotebookRun> {
  const started = Date.now();
  const notebook = readNotebook(path);
  const env = { ...process.env, [NOTEBOOK_ARGS_VARIABLE]: JSON.stringify(options.parameters ?? {}) };
  const kernel = await KernelClient.start({ cwd: options.cwd, env });
  const failures: CellFailure[] = [];
  let cellsRun = 0;
  const interrupt = () => kernel.interrupt();
  try {
    recordKernel(notebook, kernel.kernelInfo);
    const codeCells = notebook.cells.flatMap((cell, index) => (cell.cell_type === "code" ? [index] : []));
    const outputs = new NotebookOutputs();
    options.signal?.addEventListener("abort", interrupt);
    for (const [position, index] of codeCells.entries()) {
      const cell = notebook.cells[index];
      cell.outputs = [];
      cell.execution_count = null;
      const dead = failures.some((failure) => failure.status === "dead");
      const stopped = dead || options.signal?.aborted || (failures.length > 0 && (options.stopOnError ?? true));
      if (stopped || joinLines(cell.source).trim() === "") continue;
      const event = { index, codeCell: position + 1, codeCells: codeCells.length };
      options.onCell?.({ ...event, phase: "start" });
      const cellStarted = Date.now();
      const cellOutputs: NotebookOutput[] = cell.outputs;
      const outcome = await kernel.execute(
        joinLines(cell.source),
        (message) => outputs.add(cellOutputs, message),
        options.cellTimeoutSeconds ?? 3600,
      );
      cellsRun += 1;
      cell.execution_count = outcome.executionCount;
      options.onCell?.({ ...event, phase: "end", status: outcome.status, seconds: (Date.now() - cellStarted) / 1000 });
      if (outcome.status !== "ok") {
        failures.push({ index, status: outcome.status, message: failureMessage(cellOutputs, outcome.status, kernel) });
      }
    }
  } finally {
    options.signal?.removeEventListener("abort", interrupt);
    await kernel.shutdown();
    writeNotebook(options.outputPath ?? path, notebook);
  }
  return { path, ok: failures.length === 0, failures, cellsRun, seconds: (Date.now() - started) / 1000 };
}

function recordKernel(notebook: Notebook, kernelInfo: Record<string, any>): void {
  notebook.metadata.kernelspec ??= { name: "tslab", display_name: "TypeScript (project tslab)", language: "typescript" };
  if (kernelInfo.language_info) notebook.metadata.language_info = kernelInfo.language_info;
}

function failureMessage(outputs: NotebookOutput[], status: ExecuteStatus, kernel: KernelClient): string {
  const stderr = outputs
    .filter((output) => output.output_type === "stream" && output.name === "stderr")
    .map((output) => output.text as string)
    .join("");
  const errors = outputs.filter((output) => output.output_type === "error").map((output) => `${output.ename}: ${output.evalue}`);
  const text = [stderr, ...errors].join("\n").trim();
  if (status === "timeout") return `timed out${text ? `: ${text}` : ""}`;
  if (status === "dead") return `the kernel died\n${kernel.kernelLog().slice(-2000)}`;
  // The kernel's own frames say nothing about the notebook.
  const internal = /^\s+at .*(node:vm|node:internal|node_modules[\\/]tslab|evalmachine)/;
  return text.split("\n").filter((line) => !internal.test(line)).slice(0, 12).join("\n");
}
