/**
 * npm run sweep -- --plan NAME [--seeds N] [--workers N] [--shard K/N] [--out DIR] [--limit N] [--no-reuse] [--summary-only]
 *        npm run sweep -- --plan NAME --verify N [--out DIR]
 *        npm run sweep -- --list | --status
 * Runs a plan's pending trials in parallel, appending each to data/<plan>/trials.csv.
 * --verify N re-runs N logged trials (a seeded sample) and checks they give the logged record.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { choice, parseCliArgs, positiveInt, runCli, UsageError } from "../lib/cliError.js";
import { planDirectory } from "../lib/paths.js";
import { PLANS, planNamed } from "../lib/plans/index.js";
import { join } from "node:path";
import { logColumns } from "../lib/sweep/runJob.js";
import { LogError, readLog } from "../lib/sweep/trialLog.js";
import { runSweep, writeSummaries, type Shard } from "../lib/sweep/runSweep.js";
import { planStatusTable } from "../lib/sweep/planStatus.js";
import { progressBar } from "../lib/sweep/progressBar.js";
import { verifyLog } from "../lib/sweep/verify.js";
import type { Plan } from "../lib/plans/index.js";

function parseShard(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
  if (!shard || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new UsageError(`--shard must be K/N with 1 <= K <= N, got '${text}'`);
  }
  return shard;
}

await runCli(async () => {
  const { values } = parseCliArgs({
    options: {
      plan: { type: "string" }, seeds: { type: "string" }, workers: { type: "string" },
      shard: { type: "string" }, out: { type: "string" }, limit: { type: "string" }, list: { type: "boolean" },
      "no-reuse": { type: "boolean" }, "summary-only": { type: "boolean" }, status: { type: "boolean" },
      verify: { type: "string" },
    },
  });
  if (values.list) {
    for (const plan of PLANS.values()) process.stdout.write(`${plan.name.padEnd(18)} ${plan.description}\n`);
    return 0;
  }
  if (values.status) {
    process.stdout.write(planStatusTable());
    return 0;
  }
  if (values.plan === undefined) throw new UsageError(`--plan is required (valid: ${[...PLANS.keys()].join(", ")})`);
  const plan = planNamed(choice("--plan", values.plan, [...PLANS.keys()]));
  const seeds = values.seeds === undefined ? undefined : positiveInt("--seeds", values.seeds);
  const workers = values.workers === undefined ? availableParallelism() : positiveInt("--workers", values.workers);
  const limit = values.limit === undefined ? undefined : positiveInt("--limit", values.limit);
  const shard = parseShard(values.shard);
  const outDirectory = values.out ? resolve(values.out) : planDirectory(plan.name);
  if (values.verify !== undefined) return verify(plan, outDirectory, positiveInt("--verify", values.verify));
  if (values["summary-only"]) {
    // Rewrite cells.csv / rho.csv from the log as it stands (e.g. while another process appends to it).
    const cells = plan.cells(seeds ? { seeds } : {});
    const log = readLog(join(outDirectory, "trials.csv"), logColumns(cells[0].kind, plan.labelColumns));
    writeSummaries(plan, cells, log.rows.filter((r) => cells.some((c) => c.id === r.cell)), outDirectory);
    process.stderr.write(`${plan.name}: summaries of ${log.rows.length} trials written to ${outDirectory}\n`);
    return 0;
  }
  try {
    // Other plans' logs under data/ supply trials of identical specification unless --no-reuse.
    const reuseFrom = values["no-reuse"] ? [] : [...PLANS.keys()].map(planDirectory).filter((d) => d !== outDirectory);
    const outcome = await runSweep({ plan, planOptions: seeds ? { seeds } : {}, outDirectory, workers, shard, limit, reuseFrom });
    process.stderr.write(
      `${plan.name}: ${outcome.doneBefore + outcome.ranNow}/${outcome.total} done (${outcome.ranNow} now), ` +
      `${outcome.failed.length} failed${outcome.interrupted ? ", interrupted: rerun the same command to resume" : ""}; ${outDirectory}\n`,
    );
    return outcome.interrupted ? 130 : outcome.failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof LogError) throw new UsageError(error.message);
    throw error;
  }
});

function verify(plan: Plan, directory: string, sample: number): number {
  let bar: ReturnType<typeof progressBar> | undefined;
  let outcome;
  try {
    outcome = verifyLog({
      plan, directory, sample,
      onProgress: (done, total) => {
        bar ??= progressBar({ total, stream: process.stderr, unit: "trials" });
        bar.update(done);
      },
    });
  } catch (error) {
    if (error instanceof LogError) throw new UsageError(error.message);
    throw error;
  }
  bar?.finish();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  if (outcome.logged === 0) throw new UsageError(`${join(directory, "trials.csv")} holds no trials to verify`);
  for (const m of outcome.mismatches.slice(0, 20)) say(`MISMATCH ${m.key} ${m.column}: logged ${m.logged}, re-run ${m.rerun}`);
  if (outcome.unknown.length > 0) say(`${outcome.unknown.length} logged keys are not jobs of plan ${plan.name}: ${outcome.unknown.slice(0, 5).join(", ")}`);
  const differing = new Set(outcome.mismatches.map((m) => m.key)).size;
  say(`${plan.name}: re-ran ${outcome.checked.length} of ${outcome.logged} logged trials; ${outcome.checked.length - differing} identical, ${differing} differ`);
  return differing > 0 || outcome.unknown.length > 0 ? 1 : 0;
}
