import { runTrial } from "../lib/trial.js";
const arch = (process.argv[2] ?? "v16") as "v16";
const n = Number(process.argv[3] ?? 3);
const times: number[] = [];
for (let s = 0; s < n; s++) {
  const t = performance.now();
  const r = runTrial({ arch, target: "paper", strategy: arch === "eq6" ? "default" : "biased", seed: 137 + s });
  times.push(performance.now() - t);
  console.log(r.exact, r.iterations, Math.round(times.at(-1)!));
}
