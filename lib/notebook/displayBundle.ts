import { createRequire } from "node:module";
import { join, sep } from "node:path";

/** Representations of one output by MIME type; binary ones (PNG) are sent base64-encoded. */
export type MimeBundle = Record<string, string | Uint8Array>;

export interface DisplayOptions {
  /** Per-MIME metadata, e.g. `{ "image/png": { width: 700 } }`. */
  metadata?: Record<string, unknown>;
  /** Identifies an output that later calls with `update: true` rewrite in place. */
  displayId?: string;
  /** Rewrite the output shown earlier under `displayId` instead of adding one. */
  update?: boolean;
}

type WriteDisplayData = (
  message: { data: Record<string, string>; metadata: Record<string, unknown>; transient: { display_id?: string } },
  update: boolean,
) => void;

const moduleCache = createRequire(join(process.cwd(), "noop.js")).cache;
const KERNEL_MODULE = `${sep}tslab${sep}dist${sep}jupyter.js`;

/**
 * Shows one output carrying several representations at once, which tslab's public
 * `display` (one MIME type per call) cannot. Uses tslab's internal `lastWriteDisplayData`,
 * found in the module cache of the kernel running this code, so nothing loads tslab outside
 * a kernel. Outside a kernel it prints the text/plain representation and returns false.
 */
export function displayBundle(bundle: MimeBundle, options: DisplayOptions = {}): boolean {
  const write = kernelWriter();
  if (!write) {
    const text = bundle["text/plain"];
    if (typeof text === "string" && !options.update) console.log(text);
    return false;
  }
  const data: Record<string, string> = {};
  for (const [mime, value] of Object.entries(bundle)) {
    data[mime] = typeof value === "string" ? value : Buffer.from(value).toString("base64");
  }
  write({ data, metadata: options.metadata ?? {}, transient: { display_id: options.displayId } }, options.update ?? false);
  return true;
}

/** Whether this code runs inside a tslab kernel that is executing a cell. */
export function inKernel(): boolean {
  return kernelWriter() !== null;
}

function kernelWriter(): WriteDisplayData | null {
  for (const [path, loaded] of Object.entries(moduleCache)) {
    if (!path.endsWith(KERNEL_MODULE)) continue;
    const write = loaded?.exports?.lastWriteDisplayData;
    if (typeof write === "function") return write as WriteDisplayData;
  }
  return null;
}
