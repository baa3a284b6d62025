const n = 441, reps = 8000 * 7;
const a = new Float64Array(n).map(() => Math.random() * 3), b = new Float64Array(n).map(() => 1 + Math.random() * 3);
const out = new Float64Array(n), da = new Float64Array(n), db = new Float64Array(n);
const ops = { left: { real: Math.exp, d: (_x: number, v: number) => v }, right: { real: Math.log, d: (x: number) => 1 / x } };
function generic(left: any, right: any) {
  for (let i = 0; i < n; i++) { const fa = left.real(a[i]); const gb = right.real(b[i]); let w = fa - gb; if (w > 1e300) w = 1e300; out[i] = w; da[i] = left.d(a[i], fa); db[i] = -right.d(b[i], gb); }
}
function special() {
  for (let i = 0; i < n; i++) { let x = a[i]; if (x > 500) x = 500; const fa = Math.exp(x); const bb = b[i]; let w = fa - Math.log(bb); if (w > 1e300) w = 1e300; out[i] = w; da[i] = fa; db[i] = -1 / bb; }
}
for (const [name, f] of [["generic", () => generic(ops.left, ops.right)], ["special", special], ["generic", () => generic(ops.left, ops.right)], ["special", special]] as const) {
  const t = performance.now(); for (let r = 0; r < reps; r++) f(); console.log(name, Math.round(performance.now() - t), "ms");
}
