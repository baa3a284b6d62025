import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/notebook/projectRoot.js";
import { joinLines, type MultilineText } from "../../lib/notebook/notebookFile.js";

/** A fresh copy of test/fixtures/<name> in a temporary folder (runs overwrite their notebook). */
export function fixtureCopy(name: string): string {
  const directory = mkdtempSync(join(tmpdir(), "notebook-test-"));
  const path = join(directory, name);
  copyFileSync(join(projectRoot(), "test", "fixtures", name), path);
  return path;
}

/** All stream text of one cell's outputs with the given stream name. */
export function streamText(outputs: Record<string, any>[] | undefined, name: "stdout" | "stderr"): string {
  return (outputs ?? [])
    .filter((output) => output.output_type === "stream" && output.name === name)
    .map((output) => joinLines(output.text as MultilineText))
    .join("");
}
