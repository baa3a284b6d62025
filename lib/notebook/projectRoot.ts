import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The `name` in the repository's package.json. */
export const PROJECT_NAME = "recoverability-workspace";

/**
 * The repository root: the nearest ancestor of `start` whose package.json is this project's.
 *
 * Found from the working directory rather than `import.meta.url` because tslab compiles the
 * files a notebook imports to CommonJS, where `import.meta` breaks the module; notebooks,
 * npm scripts and vitest all start at the root or below it.
 */
export function projectRoot(start: string = process.cwd()): string {
  for (let directory = resolve(start); ; directory = dirname(directory)) {
    const manifest = join(directory, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === PROJECT_NAME) return directory;
    if (dirname(directory) === directory) {
      throw new Error(`projectRoot: no package.json named "${PROJECT_NAME}" above ${start}`);
    }
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return JSON.parse(readFileSync(manifest, "utf8")).name;
  } catch {
    return undefined;
  }
}
