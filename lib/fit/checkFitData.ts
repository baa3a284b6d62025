/**
 * checkFitData(data, operator): the columns a fit trains on, checked: one or two distinct
 * inputs, an output, equal lengths, enough rows, finite values, an output that varies. Inputs
 * zero or negative are legal, but EML's log turns complex there, which the notes say.
 */
import type { OperatorName } from "../protocol.js";
import { DatasetError } from "./datasetError.js";
import type { FitData } from "./fitTypes.js";

/** Fewer rows than this cannot be split into a training and a held-out set worth the name. */
export const FIT_MINIMUM_ROWS = 10;

export interface CheckedData {
  inputs: Float64Array[];
  output: Float64Array;
  notes: string[];
}

/** "row 3", "rows 3, 17, 20 and 4 more": row indices counted from 1, as a spreadsheet's data rows. */
export function describeRows(indices: readonly number[], shown = 6): string {
  const listed = indices.slice(0, shown).map((i) => String(i + 1)).join(", ");
  const more = indices.length > shown ? ` and ${indices.length - shown} more` : "";
  return `${indices.length === 1 ? "row" : "rows"} ${listed}${more}`;
}

function column(data: FitData, name: string, role: string): Float64Array {
  const values = data.columns[name];
  if (values === undefined) {
    throw new DatasetError(`no ${role} column '${name}' (columns: ${Object.keys(data.columns).join(", ")})`);
  }
  return Float64Array.from(values);
}

/** One or two distinct inputs, an output that is not one of them, no name that reads as a constant. */
export function checkColumnNames(inputs: readonly string[], output: string): void {
  if (inputs.length < 1 || inputs.length > 2) {
    throw new DatasetError(`a fit takes one or two input columns, got ${inputs.length}`);
  }
  if (inputs.length === 2 && inputs[0] === inputs[1]) throw new DatasetError(`input column '${inputs[0]}' is named twice`);
  if (inputs.includes(output)) throw new DatasetError(`column '${output}' cannot be both an input and the output`);
  for (const name of [...inputs, output]) {
    if (name.trim() === "" || name === "1") throw new DatasetError(`'${name}' cannot name a variable (it would read as a constant)`);
  }
}

function checkFinite(name: string, values: Float64Array): void {
  const bad: number[] = [];
  values.forEach((v, i) => (Number.isFinite(v) ? undefined : bad.push(i)));
  if (bad.length > 0) {
    throw new DatasetError(`column '${name}' has NaN or infinite values in ${describeRows(bad)} (counted from 1 after the header)`);
  }
}

/** The note on inputs <= 0 under EML (none for SML and RML, which stay real). */
function nonPositiveNote(names: readonly string[], inputs: Float64Array[], operator: OperatorName): string[] {
  if (operator !== "eml") return [];
  const rows = new Set<number>();
  const perInput: string[] = [];
  inputs.forEach((values, v) => {
    let count = 0;
    values.forEach((x, i) => {
      if (x <= 0) {
        rows.add(i);
        count += 1;
      }
    });
    if (count > 0) perInput.push(`${names[v]}: ${count}`);
  });
  if (rows.size === 0) return [];
  return [
    `${rows.size} of ${inputs[0].length} rows ${rows.size === 1 ? "has" : "have"} an input <= 0 (${perInput.join(", ")}); EML's log turns complex there, ` +
    `so an expression taking the log of such an input is complex-valued on those rows (its imaginary part counts as error)`,
  ];
}

export function checkFitData(data: FitData, operator: OperatorName): CheckedData {
  checkColumnNames(data.inputs, data.output);
  const inputs = data.inputs.map((name) => column(data, name, "input"));
  const output = column(data, data.output, "output");
  const count = output.length;
  data.inputs.forEach((name, v) => {
    if (inputs[v].length !== count) {
      throw new DatasetError(`input column '${name}' has ${inputs[v].length} values, the output '${data.output}' ${count}`);
    }
  });
  if (count < FIT_MINIMUM_ROWS) {
    throw new DatasetError(`too few rows: ${count} data row${count === 1 ? "" : "s"}, a fit needs at least ${FIT_MINIMUM_ROWS} (to hold some out for selection)`);
  }
  data.inputs.forEach((name, v) => checkFinite(name, inputs[v]));
  checkFinite(data.output, output);
  if (output.every((y) => y === output[0])) {
    throw new DatasetError(`output column '${data.output}' is constant (every row is ${output[0]}): there is nothing to fit`);
  }
  return { inputs, output, notes: nonPositiveNote(data.inputs, inputs, operator) };
}
