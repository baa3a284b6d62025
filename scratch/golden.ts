import { readFileSync } from "node:fs";
import { trialSetup, runTrial } from "../lib/trial.js";
import { TreeModel } from "../lib/treeModel.js";
import { Objective } from "../lib/objective.js";
import { operatorNamed } from "../lib/operators.js";
import { parametersFromBlocks, parametersToBlocks } from "../lib/initialise.js";
import { snappedRouting } from "../lib/snap.js";
const golden = JSON.parse(readFileSync("../shared/reference/golden-traces.json", "utf8"));
const only = process.argv[2];
for (const [k, g] of golden.configs.entries()) {
  if (only && String(k) !== only) continue;
  const setup = trialSetup({ arch: g.arch, target: g.target });
  const model = new TreeModel(setup.architecture, operatorNamed(setup.target.operator), setup.train.points, setup.settings.clamp, setup.settings.expArgumentClamp);
  const obj = new Objective(model, setup.train.targets);
  const p0 = parametersFromBlocks(setup.architecture, g.init);
  const loss = obj.loss(p0, 2.5);
  const grad = obj.gradient(new Float64Array(p0.length));
  const gref = parametersFromBlocks(setup.architecture, g.grad_iter1);
  let maxRel = 0;
  for (let i = 0; i < grad.length; i++) maxRel = Math.max(maxRel, Math.abs(grad[i] - gref[i]) / Math.max(Math.abs(gref[i]), 1e-300));
  const t0 = Date.now();
  const r = runTrial({ arch: g.arch, target: g.target, strategy: g.strategy, seed: g.seed, init: g.init, trace: true }, setup);
  let traceRel = 0, firstBad = -1;
  const byIt = new Map(r.trace!.map((t) => [t[0], t]));
  for (const [it, d] of g.trace) {
    const mine = byIt.get(it);
    const rel = d === null ? 0 : Math.abs((mine?.[1] ?? NaN) - d) / Math.abs(d);
    if (it <= 100) traceRel = Math.max(traceRel, rel);
    if (!(rel < 1e-6) && firstBad < 0) firstBad = it;
  }
  console.log(k, g.arch, g.target, g.strategy, `n=${setup.train.points.count} loss0 rel=${(Math.abs(loss.data - g.trace[0][1]) / g.trace[0][1]).toExponential(2)} grad maxRel=${maxRel.toExponential(2)} trace100 maxRel=${traceRel.toExponential(2)} firstBad(1e-6)=${firstBad}`,
    `| switch ${r.phase_switch_iter}/${g.phase_switch_iter} exact ${r.exact}/${g.exact} best ${r.best_loss.toExponential(3)}/${g.best_loss.toExponential(3)} mse ${r.mse_train.toExponential(2)}/${g.mse_train.toExponential(2)} ${Date.now() - t0}ms`);
}
