/**
 * Writes notebooks/NN-name.ipynb from notebooks/src/NN-name.md (lib/notebook/markdownNotebook.ts).
 *
 *   npm run notebooks [-- NAME ...]     (default: every source)
 *
 * Then `npm run reproduce` executes them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { markdownNotebook } from "../lib/notebook/markdownNotebook.js";
import { readNotebook, writeNotebook } from "../lib/notebook/notebookFile.js";
import { NOTEBOOKS_DIRECTORY } from "../lib/paths.js";

const sources = join(NOTEBOOKS_DIRECTORY, "src");
const wanted = process.argv.slice(2);
const names = readdirSync(sources)
  .filter((name) => name.endsWith(".md"))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)));
if (names.length === 0) {
  console.error(`buildNotebooks: no notebooks/src/*.md matches ${wanted.join(", ")}`);
  process.exit(1);
}
for (const name of names) {
  const path = join(NOTEBOOKS_DIRECTORY, name.replace(/\.md$/, ".ipynb"));
  const previous = existsSync(path) ? readNotebook(path) : undefined;
  writeNotebook(path, markdownNotebook(readFileSync(join(sources, name), "utf8"), previous));
  console.log(`notebooks/${name.replace(/\.md$/, ".ipynb")}`);
}
