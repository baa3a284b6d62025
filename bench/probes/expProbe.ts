/**
 * `npm run bench:exp`: is a faster exp possible here, and at what price? Times, per element over
 * 442 points (median CPU ns of 7 repetitions): V8's Math.exp, the line-by-line wasm port of the
 * same fdlibm algorithm (exp.wasm's expArray), and a two-lane SIMD wasm exp (expArraySimd); and
 * checks the port against Math.exp bit for bit and the SIMD exp's relative error, on random
 * arguments over the whole finite range. Evidence for README's "Speed" section; the engine uses
 * Math.exp.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "../../lib/paths.js";

type ArrayFunction = (src: number, dst: number, n: number) => void;

const memory = new WebAssembly.Memory({ initial: 1 });
const wasm = new WebAssembly.Module(readFileSync(join(REPOSITORY_ROOT, "bench", "probes", "exp.wasm")));
const exports = new WebAssembly.Instance(wasm, { env: { memory, abort: () => undefined } }).exports as Record<string, ArrayFunction>;
const n = 442;
const src = new Float64Array(memory.buffer, 0, n);
const dst = new Float64Array(memory.buffer, 8 * n, n);

function fillRandom(low: number, high: number): void {
  for (let i = 0; i < n; i++) src[i] = low + (high - low) * Math.random();
}

let portDiffers = 0;
let simdWorst = 0;
let checked = 0;
for (let round = 0; round < 4000; round++) {
  fillRandom(-745.5, 709.9);
  if (round === 0) src.set([0, -0, 1, -1, 0.5 * Math.LN2, 1.5 * Math.LN2, 709.78, -745.13, Infinity, -Infinity, NaN]);
  exports.expArray(0, 8 * n, n);
  for (let i = 0; i < n; i++) if (!Object.is(dst[i], Math.exp(src[i]))) portDiffers++;
  fillRandom(-700, 700);
  exports.expArraySimd(0, 8 * n, n);
  for (let i = 0; i < n; i++) simdWorst = Math.max(simdWorst, Math.abs(dst[i] / Math.exp(src[i]) - 1));
  checked += n;
}

function nsPerElement(run: () => void): number {
  run();
  const times: number[] = [];
  for (let t = 0; t < 7; t++) {
    const start = process.cpuUsage();
    for (let r = 0; r < 20_000; r++) run();
    const { user, system } = process.cpuUsage(start);
    times.push(((user + system) * 1000) / (20_000 * n));
  }
  return times.sort((a, b) => a - b)[3];
}

fillRandom(-3, 3);
const rows: Array<[string, number]> = [
  ["Math.exp (V8, fdlibm)", nsPerElement(() => { for (let i = 0; i < n; i++) dst[i] = Math.exp(src[i]); })],
  ["wasm fdlibm port", nsPerElement(() => exports.expArray(0, 8 * n, n))],
  ["wasm SIMD f64x2", nsPerElement(() => exports.expArraySimd(0, 8 * n, n))],
];
console.log(`wasm fdlibm port vs Math.exp: ${portDiffers} of ${checked} results differ (bit for bit)`);
console.log(`wasm SIMD exp: worst relative error ${simdWorst.toExponential(2)} over ${checked} arguments in [-700, 700]`);
for (const [name, ns] of rows) console.log(`${name.padEnd(24)} ${ns.toFixed(1)} ns per element (median CPU time)`);
