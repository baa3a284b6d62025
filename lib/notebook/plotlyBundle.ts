import { copyFileSync, existsSync, renameSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { projectRoot } from "./projectRoot.js";

/** File name of the minified plotly bundle, in node_modules and beside exported figures. */
export const PLOTLY_BUNDLE = "plotly.min.js";

/** The minified plotly bundle installed with plotly.js-dist-min. */
export function plotlyBundlePath(): string {
  return createRequire(join(projectRoot(), "package.json")).resolve(`plotly.js-dist-min/${PLOTLY_BUNDLE}`);
}

/**
 * Copies the plotly bundle into `directory` unless an identical-sized copy is there, so that
 * every figure page there loads it by a relative path instead of inlining 4.8 MB.
 */
export function ensurePlotlyBundle(directory: string): string {
  const source = plotlyBundlePath();
  const target = join(directory, PLOTLY_BUNDLE);
  if (existsSync(target) && statSync(target).size === statSync(source).size) return target;
  const temporary = `${target}.${process.pid}.tmp`; // copied, then renamed: readers never see half a bundle
  copyFileSync(source, temporary);
  renameSync(temporary, target);
  return target;
}
