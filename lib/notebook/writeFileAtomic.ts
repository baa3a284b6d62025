import { renameSync, writeFileSync, unlinkSync } from "node:fs";

/**
 * Writes `data` to a temporary file beside `path`, then renames it over `path`, so that a
 * reader never sees half a file (rename is atomic within one file system).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or the rename already consumed it.
    }
    throw error;
  }
}
