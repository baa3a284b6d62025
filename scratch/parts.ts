import { trialSetup } from "../lib/trial.js";
import { TreeModel } from "../lib/treeModel.js";
import { Objective } from "../lib/objective.js";
import { operatorNamed } from "../lib/operators.js";
import { initialParameters } from "../lib/initialise.js";
import { createRandom } from "../lib/random.js";
import { softSelections } from "../lib/selections.js";
const setup = trialSetup({ arch: "v16", target: "paper" });
const model = new TreeModel(setup.architecture, operatorNamed("eml"), setup.train.points, 1e300, 500);
const obj = new Objective(model, setup.train.targets);
const p = initialParameters(setup.architecture, "biased", createRandom(1));
const g = new Float64Array(p.length);
const w = softSelections(setup.architecture, p, 2.5, new Float64Array(p.length));
for (let rep = 0; rep < 2; rep++) {
  let t = performance.now(); for (let i = 0; i < 8000; i++) model.forward(w); const tf = performance.now() - t;
  t = performance.now(); for (let i = 0; i < 8000; i++) obj.loss(p, 2.5); const tl = performance.now() - t;
  t = performance.now(); for (let i = 0; i < 8000; i++) { obj.loss(p, 2.5); obj.gradient(g); } const tg = performance.now() - t;
  console.log(`forward ${tf.toFixed(0)} loss ${tl.toFixed(0)} loss+grad ${tg.toFixed(0)}`);
}
