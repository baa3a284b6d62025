import { basename } from "node:path";

/**
 * The notebooks among `paths` that any selector matches, in file-name order. A selector of digits
 * matches the notebook with that leading number ("3" matches "03-sweep.ipynb"); any other selector
 * is a glob on the file name (`*`, `?`; ".ipynb" may be left out). No selector: all.
 */
export function selectNotebooks(paths: readonly string[], selectors: readonly string[]): string[] {
  const sorted = [...paths].sort((a, b) => basename(a).localeCompare(basename(b)));
  if (selectors.length === 0) return sorted;
  return sorted.filter((path) => selectors.some((selector) => matches(basename(path), selector)));
}

function matches(name: string, selector: string): boolean {
  if (/^\d+$/.test(selector)) {
    const number = /^(\d+)/.exec(name)?.[1];
    return number !== undefined && Number(number) === Number(selector);
  }
  const pattern = selector.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${pattern}(\\.ipynb)?$`).test(name);
}
