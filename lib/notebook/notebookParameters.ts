/** The environment variable through which the runner hands a notebook its parameters (JSON). */
export const NOTEBOOK_ARGS_VARIABLE = "NOTEBOOK_ARGS";

export type ParameterValue = string | number | boolean;

/**
 * A notebook's parameters: `defaults`, overridden by the keys of the JSON object in NOTEBOOK_ARGS
 * that `defaults` also has (`npm run reproduce -- --quick` sets `quick: true` in every notebook;
 * a notebook without such a parameter ignores it). A value of another type than its default
 * throws, naming the parameter; numeric and boolean strings are converted.
 *
 * @example const parameters = notebookParameters({ quick: false, recompute: false, trials: 100 });
 */
export function notebookParameters<T extends Record<string, ParameterValue>>(
  defaults: T,
  json: string | undefined = process.env[NOTEBOOK_ARGS_VARIABLE],
): T {
  const given = parseArguments(json);
  const parameters: Record<string, ParameterValue> = { ...defaults };
  for (const [name, fallback] of Object.entries(defaults)) {
    if (Object.prototype.hasOwnProperty.call(given, name)) parameters[name] = coerce(name, given[name], fallback);
  }
  return Object.freeze(parameters) as T;
}

function parseArguments(json: string | undefined): Record<string, unknown> {
  if (json === undefined || json.trim() === "") return {};
  const parsed: unknown = JSON.parse(json);
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`notebookParameters: ${NOTEBOOK_ARGS_VARIABLE} must be a JSON object, got ${json}`);
  }
  return parsed as Record<string, unknown>;
}

function coerce(name: string, value: unknown, fallback: ParameterValue): ParameterValue {
  if (typeof value === typeof fallback) return value as ParameterValue;
  if (typeof fallback === "number" && typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  if (typeof fallback === "boolean" && (value === "true" || value === "false")) return value === "true";
  if (typeof fallback === "string" && (typeof value === "number" || typeof value === "boolean")) return String(value);
  throw new Error(`notebookParameters: parameter "${name}" must be a ${typeof fallback}, got ${JSON.stringify(value)}`);
}
