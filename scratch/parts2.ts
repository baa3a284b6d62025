import { computeNode } from "../lib/nodeKernels.js";
import { OPERATOR_REGISTRY } from "../lib/operators.js";
const n = 441;
const buf = () => new Float64Array(n);
const node = { outRe: buf(), outIm: buf(), real: true, dARe: buf(), dAIm: buf(), dBRe: buf(), dBIm: buf(), maskRe: buf(), maskIm: buf(), argMaskA: buf(), argMaskB: buf() };
const a = buf().map(() => Math.random() * 3), b = buf().map(() => 1 + Math.random() * 3), z = buf();
const s = new Float64Array(4);
for (let rep = 0; rep < 2; rep++) {
  const t = performance.now();
  for (let i = 0; i < 8000 * 7; i++) computeNode(OPERATOR_REGISTRY.eml, node, a, z, true, b, z, true, 1e300, 500, s);
  console.log("computeNode x 56000", Math.round(performance.now() - t));
}
