import { execFile, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../lib/notebook/projectRoot.js";
import { fixtureCopy, streamText } from "./fixtures.js";

const PYTHON = "/usr/bin/python3";
const hasNbclient = spawnSync(PYTHON, ["-c", "import nbclient"]).status === 0;
if (!hasNbclient) console.warn(`SKIPPED: ${PYTHON} lacks nbclient (apt-get install python3-nbclient); the kernelspec test did not run`);

describe("jupyter/kernels/tslab under real Jupyter (nbclient)", () => {
  // Started, as Jupyter does, in the notebook's own folder: the kernelspec moves it to the root.
  it.skipIf(!hasNbclient)("runs the fixture at the repository root and reports the failing cell", async () => {
    const root = projectRoot();
    const env: NodeJS.ProcessEnv = { ...process.env, JUPYTER_PATH: join(root, "jupyter") };
    delete env.NOTEBOOK_ARGS;
    const notebook = fixtureCopy("sample.ipynb");
    const { stdout } = await promisify(execFile)(
      PYTHON,
      [join(root, "test", "fixtures", "run_nbclient.py"), notebook, dirname(notebook)],
      { env, maxBuffer: 16 * 1024 * 1024 },
    );
    const result = JSON.parse(stdout) as { error: string | null; cells: Record<string, any>[][] };
    expect(result.error).not.toBeNull();
    expect(streamText(result.cells[1], "stdout")).toBe("hello x2\n");
    expect(streamText(result.cells[2], "stdout")).toBe("PROTOCOL is an object\n");
    expect(result.cells[3][0].data["text/html"]).toContain("<table>");
    expect(streamText(result.cells[5], "stderr")).toContain("deliberate failure");
  });

  // One of the project's own notebooks, in quick mode, as a person running it in Jupyter would.
  const project = join(projectRoot(), "notebooks", "04-gradient-diagnostics.ipynb");
  it.skipIf(!hasNbclient || !existsSync(project))("runs notebooks/04-gradient-diagnostics.ipynb without error", async () => {
    const root = projectRoot();
    const scratch = mkdtempSync(join(tmpdir(), "nbclient-notebook-"));
    const notebook = join(scratch, "04.ipynb");
    copyFileSync(project, notebook);
    const env: NodeJS.ProcessEnv = {
      ...process.env, JUPYTER_PATH: join(root, "jupyter"), NOTEBOOK_ARGS: JSON.stringify({ quick: true }),
      FIGURES_DIRECTORY: join(scratch, "figures"),
    };
    const { stdout } = await promisify(execFile)(
      PYTHON,
      [join(root, "test", "fixtures", "run_nbclient.py"), notebook, scratch],
      { env, maxBuffer: 64 * 1024 * 1024 },
    );
    const result = JSON.parse(stdout) as { error: string | null; cells: Record<string, any>[][] };
    expect(result.error).toBeNull();
    expect(result.cells.some((outputs) => outputs.some((o) => o.data?.["image/png"]))).toBe(true);
  }, 600_000);
});
