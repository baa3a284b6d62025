import type { ParameterValue } from "./notebookParameters.js";

export interface ReproduceArguments {
  /** Selectors from `--only` (a glob on the file name, or a notebook number). Empty: all. */
  only: string[];
  /** `--cell-timeout <seconds>`. */
  cellTimeoutSeconds?: number;
  /** `--keep-going`: run the cells after a failing one too. */
  keepGoing: boolean;
  /** Every other `--flag` (true), `--no-flag` (false) or `--name=value`, for the notebooks. */
  parameters: Record<string, ParameterValue>;
}

/**
 * Parses `reproduce`'s command line. Flags it does not know are the notebooks' parameters,
 * camel-cased (`--max-trials=5` gives `maxTrials: 5`).
 */
export function reproduceArguments(argv: readonly string[]): ReproduceArguments {
  const parsed: ReproduceArguments = { only: [], keepGoing: false, parameters: {} };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const [flag, inline] = splitFlag(argument);
    const value = () => inline ?? argv[++i] ?? missing(flag);
    if (flag === "--only") parsed.only.push(...value().split(",").filter((s) => s !== ""));
    else if (flag === "--cell-timeout") parsed.cellTimeoutSeconds = positive(flag, value());
    else if (flag === "--keep-going") parsed.keepGoing = true;
    else if (flag.startsWith("--no-") && inline === undefined) parsed.parameters[camelCase(flag.slice(5))] = false;
    else if (flag.startsWith("--") && flag.length > 2) parsed.parameters[camelCase(flag.slice(2))] = inline === undefined ? true : literal(inline);
    else throw new Error(`reproduce: unexpected argument "${argument}" (flags are --only, --cell-timeout, --keep-going, --<parameter>[=value])`);
  }
  return parsed;
}

function splitFlag(argument: string): [string, string | undefined] {
  const equals = argument.indexOf("=");
  return equals < 0 ? [argument, undefined] : [argument.slice(0, equals), argument.slice(equals + 1)];
}

function literal(text: string): ParameterValue {
  if (text === "true" || text === "false") return text === "true";
  return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

function positive(flag: string, text: string): number {
  const number = Number(text);
  if (!(number > 0)) throw new Error(`reproduce: ${flag} needs a positive number of seconds, got "${text}"`);
  return number;
}

function missing(flag: string): never {
  throw new Error(`reproduce: ${flag} needs a value`);
}

function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
