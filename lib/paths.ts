/**
 * Paths of the workspace, rooted at the repository (one module; no ../../.. elsewhere).
 * The root is found from the working directory, not `import.meta.url`: tslab compiles what a
 * notebook imports to CommonJS, where `import.meta` breaks the module (lib/notebook/README.md).
 */
import { join } from "node:path";
import { projectRoot } from "./notebook/projectRoot.js";

export const REPOSITORY_ROOT = projectRoot();
export const DATA_DIRECTORY = join(REPOSITORY_ROOT, "data");
export const FIGURES_DIRECTORY = join(REPOSITORY_ROOT, "figures");
export const NOTEBOOKS_DIRECTORY = join(REPOSITORY_ROOT, "notebooks");
export const REFERENCE_DIRECTORY = join(REPOSITORY_ROOT, "..", "shared", "reference");

/** A plan's data folder. */
export const planDirectory = (plan: string) => join(DATA_DIRECTORY, plan);
