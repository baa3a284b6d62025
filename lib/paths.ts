/** Paths of the workspace, rooted at the repository (one module; no ../../.. elsewhere). */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIRECTORY = join(REPOSITORY_ROOT, "data");
export const FIGURES_DIRECTORY = join(REPOSITORY_ROOT, "figures");
export const NOTEBOOKS_DIRECTORY = join(REPOSITORY_ROOT, "notebooks");
export const REFERENCE_DIRECTORY = join(REPOSITORY_ROOT, "..", "shared", "reference");

/** A plan's data folder. */
export const planDirectory = (plan: string) => join(DATA_DIRECTORY, plan);
