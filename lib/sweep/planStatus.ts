/** How far each plan's data in data/ has got: trials logged against planned, and run time (Markdown). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { planDirectory } from "../paths.js";
import { PLANS, planJobs } from "../plans/index.js";
import { logColumns } from "./runJob.js";
import { readLog } from "./trialLog.js";

export function planStatusTable(): string {
  const lines = [
    "| plan | trials logged / planned | exact | cells with data | run time (sum of sessions) | trained here / reused |",
    "|---|---|---|---|---|---|",
  ];
  for (const plan of PLANS.values()) {
    const cells = plan.cells();
    const directory = planDirectory(plan.name);
    const log = join(directory, "trials.csv");
    const rows = existsSync(log) ? readLog(log, logColumns(cells[0].kind, plan.labelColumns)).rows : [];
    const ids = new Set(cells.map((c) => c.id));
    const own = rows.filter((r) => ids.has(r.cell));
    const provenancePath = join(directory, "provenance.json");
    const sessions: Array<{ seconds?: number; jobs_run?: number; jobs_reused?: number }> = existsSync(provenancePath)
      ? JSON.parse(readFileSync(provenancePath, "utf8")).sessions ?? []
      : [];
    const seconds = sessions.reduce((sum, s) => sum + (s.seconds ?? 0), 0);
    const trained = sessions.reduce((sum, s) => sum + (s.jobs_run ?? 0), 0);
    const reused = sessions.reduce((sum, s) => sum + (s.jobs_reused ?? 0), 0);
    const exact = cells[0].kind === "trial" ? String(own.filter((r) => r.exact === "true").length) : "n/a";
    lines.push(`| ${plan.name} | ${own.length} / ${planJobs(cells).length} | ${exact} | ${new Set(own.map((r) => r.cell)).size} / ${cells.length} | ${(seconds / 60).toFixed(1)} min | ${trained} / ${reused} |`);
  }
  return lines.join("\n") + "\n";
}
