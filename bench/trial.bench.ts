/**
 * `npm run bench [-- --trials N]`: wall time of whole 8,000-iteration depth-3 trials on
 * Paper(y,x) (target "paper") per architecture, single thread, seeds 137.., after one untimed
 * warm-up trial per architecture; then V16 on the SML and RML LR(y,x) targets (the operators'
 * own cost), and the cost of one forward + backward pass. Wall times are
 * noisy when other work shares the CPU, so the process's CPU time per trial is printed beside
 * them (single thread: it is the work done), with the load average.
 */
import { cpus, loadavg } from "node:os";
import { parseCliArgs, positiveInt, runCli } from "../lib/cliError.js";
import { initialParameters } from "../lib/initialise.js";
import { Objective } from "../lib/objective.js";
import { operatorNamed } from "../lib/operators.js";
import { ARCHITECTURES, FIRST_SEED, STRATEGIES, type ArchitectureName } from "../lib/protocol.js";
import { createRandom } from "../lib/random.js";
import { median } from "../lib/statistics/median.js";
import { runTrial, trialSetup } from "../lib/trial.js";
import { TreeModel } from "../lib/treeModel.js";

const TARGET = "paper";

interface TrialTimes {
  arch: ArchitectureName;
  /** Wall milliseconds per trial. */
  times: number[];
  /** CPU milliseconds (user + system) per trial. */
  cpuTimes: number[];
  exact: number;
}

const cpuMilliseconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function timeTrials(arch: ArchitectureName, trials: number, target = TARGET): TrialTimes {
  const strategy = STRATEGIES[arch][0];
  const setup = trialSetup({ arch, target });
  runTrial({ arch, target, strategy, seed: FIRST_SEED - 1 }, setup); // warm-up, not counted
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let exact = 0;
  for (let k = 0; k < trials; k++) {
    const started = performance.now();
    const cpuStarted = cpuMilliseconds();
    const result = runTrial({ arch, target, strategy, seed: FIRST_SEED + k }, setup);
    times.push(performance.now() - started);
    cpuTimes.push(cpuMilliseconds() - cpuStarted);
    exact += Number(result.exact);
  }
  return { arch, times, cpuTimes, exact };
}

/** Wall and CPU microseconds per loss + gradient at the seed-137 initialisation, search temperature. */
function timePass(arch: ArchitectureName, repetitions: number): { wall: number; cpu: number } {
  const setup = trialSetup({ arch, target: TARGET });
  const { architecture, settings, train } = setup;
  const model = new TreeModel(architecture, operatorNamed(setup.target.operator), train.points, settings.clamp, settings.expArgumentClamp);
  const objective = new Objective(model, train.targets, settings.entropyEpsilon);
  const params = initialParameters(architecture, STRATEGIES[arch][0], createRandom(FIRST_SEED));
  const grad = new Float64Array(params.length);
  const pass = () => {
    objective.loss(params, settings.tauSearch);
    objective.gradient(grad);
  };
  for (let r = 0; r < repetitions / 10; r++) pass();
  const started = performance.now();
  const cpuStarted = cpuMilliseconds();
  for (let r = 0; r < repetitions; r++) pass();
  return {
    wall: ((performance.now() - started) * 1000) / repetitions,
    cpu: ((cpuMilliseconds() - cpuStarted) * 1000) / repetitions,
  };
}

function main(): void {
  const { values } = parseCliArgs({
    args: process.argv.slice(2),
    options: { trials: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write("Usage: npm run bench [-- --trials N]   (default 5 trials per architecture)\n");
    return;
  }
  const trials = values.trials === undefined ? 5 : positiveInt("--trials", values.trials);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`8,000-iteration depth-3 trials on ${TARGET} (EML LR(y,x)), then V16 on S_LR and R_LR (SML, RML LR(y,x)), seeds ${FIRST_SEED}..${FIRST_SEED + trials - 1}, single thread, one warm-up trial each`);
  say(`node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} x ${cpus().length}, load average ${loadavg()[0].toFixed(2)} at start`);
  say("arch    target  strategy  trials  median ms  min ms  max ms  median cpu ms  exact");
  const runs: Array<[ArchitectureName, string]> = [...ARCHITECTURES.map((arch): [ArchitectureName, string] => [arch, TARGET]), ["v16", "S_LR"], ["v16", "R_LR"]];
  for (const [arch, target] of runs) {
    const { times, cpuTimes, exact } = timeTrials(arch, trials, target);
    const cells = [median(times), Math.min(...times), Math.max(...times), median(cpuTimes)].map((ms) => ms.toFixed(0));
    const row = [arch.padEnd(8), target.padEnd(8), STRATEGIES[arch][0].padEnd(10), String(trials).padEnd(8), cells[0].padEnd(11), cells[1].padEnd(8), cells[2].padEnd(8), cells[3].padEnd(15)];
    say(`${row.join("")}${exact}/${trials}`);
  }
  const passes = ARCHITECTURES.map((arch) => {
    const { wall, cpu } = timePass(arch, 4000);
    return `${arch} ${wall.toFixed(0)} us (cpu ${cpu.toFixed(0)} us)`;
  });
  say(`forward + backward per iteration (441 points, tau 2.5, seed-${FIRST_SEED} initialisation): ${passes.join(", ")}`);
  say(`load average ${loadavg()[0].toFixed(2)} at end`);
}

await runCli(main);
