import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  /** Encoding of string data; default "utf8". */
  encoding?: BufferEncoding;
  /** Permission bits of a new file (before the umask); default 0o666. */
  mode?: number;
  /** Also fsync the directory after the rename, so the new name survives a crash; default true. */
  syncDirectory?: boolean;
}

/**
 * Replaces `path` with `data` so that a reader, or a crash, sees either the old file or the new
 * one, never a torn write: the data goes to a temporary file in the same directory (a rename is
 * atomic only within one file system), is fsynced, and is renamed over `path`.
 */
export async function atomicWrite(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const { encoding = "utf8", mode = 0o666, syncDirectory = true } = options;
  const temporary = temporaryPath(path);
  try {
    const handle = await open(temporary, "wx", mode);
    try {
      await handle.writeFile(data, typeof data === "string" ? { encoding } : {});
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  if (syncDirectory) await fsyncDirectory(dirname(path));
}

/** {@link atomicWrite} for callers that cannot wait, such as a signal handler's last checkpoint. */
export function atomicWriteSync(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  const { encoding = "utf8", mode = 0o666, syncDirectory = true } = options;
  const temporary = temporaryPath(path);
  try {
    const descriptor = openSync(temporary, "wx", mode);
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, encoding) : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(descriptor, bytes, written);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone, or never created.
    }
    throw error;
  }
  if (syncDirectory) fsyncDirectorySync(dirname(path));
}

function temporaryPath(path: string): string {
  const unique = `${process.pid}.${randomBytes(6).toString("hex")}`;
  return join(dirname(path), `.${basename(path)}.${unique}.tmp`);
}

// Some file systems refuse to fsync a directory (EINVAL, EISDIR, EPERM); the rename itself
// has happened, so durability is best effort there.
async function fsyncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort, see above.
  }
}

function fsyncDirectorySync(directory: string): void {
  try {
    const descriptor = openSync(directory, "r");
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // Best effort, see above.
  }
}
