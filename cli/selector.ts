/**
 * npm run selector -- --plan noise|selector|shockley [--dir DIR] [--pairing strategy|seed]
 * The validation selector's exact rate against the oracle per (configuration, noise level) from a
 * plan's trial log (DIR/trials.csv, default data/<plan>/), written to DIR/selector.csv and printed.
 */
import { join, resolve } from "node:path";
import { SELECTOR_UNDER_NOISE_COLUMNS, selectorUnderNoise } from "../lib/analysis/selectorUnderNoise.js";
import { choice, parseCliArgs, runCli, UsageError } from "../lib/cliError.js";
import { atomicWriteSync } from "../lib/io/atomicWrite.js";
import { toCsv } from "../lib/io/csv.js";
import { planDirectory } from "../lib/paths.js";
import { PLANS, planNamed } from "../lib/plans/index.js";
import { logColumns } from "../lib/sweep/runJob.js";
import { LogError, readLog } from "../lib/sweep/trialLog.js";

const percent = (rate: number) => (Number.isFinite(rate) ? `${(100 * rate).toFixed(1)}%` : "--");

await runCli(() => {
  const { values } = parseCliArgs({ options: { plan: { type: "string" }, dir: { type: "string" }, pairing: { type: "string" } } });
  if (values.plan === undefined) throw new UsageError("--plan is required (e.g. noise, selector, shockley)");
  const plan = planNamed(choice("--plan", values.plan, [...PLANS.keys()]));
  const pairing = values.pairing === undefined ? "strategy" : choice("--pairing", values.pairing, ["strategy", "seed"] as const);
  const directory = values.dir ? resolve(values.dir) : planDirectory(plan.name);
  let rows;
  try {
    rows = readLog(join(directory, "trials.csv"), logColumns("trial", plan.labelColumns)).rows;
  } catch (error) {
    if (error instanceof LogError) throw new UsageError(error.message);
    throw error;
  }
  if (rows.length === 0) throw new UsageError(`no trials in ${join(directory, "trials.csv")}: run npm run sweep -- --plan ${plan.name} first`);
  const rates = selectorUnderNoise(rows, { pairing });
  atomicWriteSync(join(directory, "selector.csv"), toCsv(rates as unknown as Array<Record<string, unknown>>, SELECTOR_UNDER_NOISE_COLUMNS));
  process.stdout.write("configuration   noise   units  selected (noisy val.)  selected (clean val.)  oracle  missed\n");
  for (const r of rates) {
    process.stdout.write(
      `${r.configuration.padEnd(14)}  ${r.noise.padEnd(6)}  ${String(r.units).padStart(5)}  ` +
      `${`${r.selected_exact} ${percent(r.selected_rate)}`.padStart(21)}  ${`${r.clean_selected_exact} ${percent(r.clean_selected_rate)}`.padStart(21)}  ` +
      `${`${r.oracle_exact}`.padStart(6)}  ${String(r.missed).padStart(6)}${r.incomplete_units > 0 ? `  (${r.incomplete_units} incomplete units left out)` : ""}\n`,
    );
  }
  process.stderr.write(`wrote ${join(directory, "selector.csv")}\n`);
});
