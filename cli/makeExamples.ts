/**
 * npm run examples: writes the example data sets of `npm run fit` to data/examples/ from seeded
 * generators (lib/examples/); rerunning gives the same files. See data/examples/README.md.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../lib/cliError.js";
import { DIODE_DEFAULTS, diodeSweep, thermalVoltage } from "../lib/examples/diodeSweep.js";
import { targetSurface } from "../lib/examples/targetSurface.js";
import { atomicWriteSync } from "../lib/io/atomicWrite.js";
import { toCsv } from "../lib/io/csv.js";
import { DATA_DIRECTORY } from "../lib/paths.js";
import { createRandom } from "../lib/random.js";
import { targetNamed } from "../lib/targets.js";

const EXAMPLES_DIRECTORY = join(DATA_DIRECTORY, "examples");

/** A number to `digits` significant digits, without trailing zeros. */
const significant = (value: number, digits: number) => String(Number(value.toPrecision(digits)));

/** What an instrument would record: the voltage to 0.1 mV, the current to 5 significant digits. */
function diodeRows() {
  const scale = DIODE_DEFAULTS.ideality * thermalVoltage(DIODE_DEFAULTS.temperature);
  return diodeSweep({}, createRandom("examples:diode-iv")).map((row) => {
    const voltage = Number(row.voltage_V.toFixed(4));
    const current = Number(row.current_A.toPrecision(5));
    return {
      voltage_V: voltage.toFixed(4), current_A: current.toExponential(4),
      v_norm: significant(voltage / scale, 10), i_norm: significant(current / DIODE_DEFAULTS.saturationCurrent, 10),
    };
  });
}

function surfaceRows() {
  return targetSurface(targetNamed("paper"), {}, createRandom("examples:eml-surface")).map((row) => ({
    x: row.x.toFixed(1), y: row.y.toFixed(1), z: significant(row.z, 12),
  }));
}

await runCli(() => {
  mkdirSync(EXAMPLES_DIRECTORY, { recursive: true });
  const files: Array<[string, Array<Record<string, string>>, string[]]> = [
    ["diode-iv.csv", diodeRows(), ["voltage_V", "current_A", "v_norm", "i_norm"]],
    ["eml-surface.csv", surfaceRows(), ["x", "y", "z"]],
  ];
  for (const [name, rows, columns] of files) {
    atomicWriteSync(join(EXAMPLES_DIRECTORY, name), toCsv(rows, columns));
    process.stderr.write(`wrote ${join("data", "examples", name)} (${rows.length} rows)\n`);
  }
});
