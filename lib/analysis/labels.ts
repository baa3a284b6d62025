/** Display names of architectures and cells, as the paper writes them (Table 1, Fig. 2). */
import type { ArchitectureName } from "../protocol.js";
import { targetNamed } from "../targets.js";

export const ARCHITECTURE_LABELS: Readonly<Record<ArchitectureName, string>> = { eq6: "Eq. 6", v16: "V16", hybrid: "Hybrid" };

/** e.g. "V16 · EML RL(x,y)"; a depth other than 3 is appended ("V16 · EML RL(x,y) · depth 4"). */
export function cellLabel(arch: string, target: string, depth = 3): string {
  const name = ARCHITECTURE_LABELS[arch as ArchitectureName] ?? arch;
  return `${name} · ${targetNamed(target).label}${depth === 3 ? "" : ` · depth ${depth}`}`;
}
