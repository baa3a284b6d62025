/**
 * `npm run --silent trial -- --arch v16 --target paper [--json]`: one trial of PROTOCOL.md,
 * printed as a short summary or as one JSON object (all TrialResult fields). Options: see
 * TRIAL_USAGE in ./trialOptions.ts. Bad input: one `error:` line and exit status 2.
 */
import { runCli, UsageError } from "../lib/cliError.js";
import { PROTOCOL } from "../lib/protocol.js";
import { targetNamed } from "../lib/targets.js";
import { runTrial, trialSetup } from "../lib/trial.js";
import type { TrialResult } from "../lib/trialTypes.js";
import { parseTrialArguments, TRIAL_USAGE } from "./trialOptions.js";

/** The engine reports bad names and shapes as RangeErrors: for a command they are usage errors. */
function asUsageErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

const scientific = (x: number) => (x === 0 ? "0" : Number.isFinite(x) ? x.toExponential(3) : String(x));

export function formatSummary(result: TrialResult, heldoutSource: string): string {
  const yes = (flag: boolean) => (flag ? "yes" : "no");
  const rows: Array<[string, string]> = [
    ["trial", `${result.arch}, ${result.target} (${targetNamed(result.target).label}), strategy ${result.strategy}, seed ${result.seed}, depth ${result.depth}`],
    ["expression", result.expression],
    ["LaTeX", result.latex],
    ["target", result.target_signature],
    ["exact", `${yes(result.exact)} (structural match: ${yes(result.structural_match)})`],
    ["failure type", result.failure_type],
    ["RMSE", `train ${scientific(result.rmse_train)}, held-out ${scientific(result.rmse_heldout)} (${heldoutSource})`],
    ["best loss", scientific(result.best_loss)],
    ["switch", `hardening from iteration ${result.phase_switch_iter} of ${result.iterations}`],
    ["time", `${(result.wall_ms / 1000).toFixed(1)} s`],
  ];
  if (result.skipped_steps > 0) rows.push(["skipped", `${result.skipped_steps} steps, ${result.nan_restarts} restarts`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n") + "\n";
}

function main(args: string[]): void {
  const invocation = asUsageErrors(() => parseTrialArguments(args));
  if (invocation.help) {
    process.stdout.write(TRIAL_USAGE);
    return;
  }
  const { spec, heldout, json } = invocation;
  const result = asUsageErrors(() => runTrial(spec, trialSetup(spec, heldout)));
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else process.stdout.write(formatSummary(result, heldout ? "the init entry's points" : `seed ${spec.settings?.heldoutSeed ?? PROTOCOL.heldoutSeed}`));
}

await runCli(() => main(process.argv.slice(2)));
