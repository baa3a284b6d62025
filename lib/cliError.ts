import { parseArgs, type ParseArgsConfig } from "node:util";

/**
 * A mistake in how a command was called (unknown option, bad value): runCli prints its message
 * alone and exits 2, the conventional status for usage errors.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface RunCliOptions {
  /** Where the error line goes; default process.stderr. */
  stderr?: { write(text: string): unknown };
  /** Ends the process; default process.exit. */
  exit?: (code: number) => void;
  /** Environment read for DEBUG; default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs a command's `main` and turns a thrown error into one line, `error: <message>`, on
 * stderr: exit status 2 for a {@link UsageError}, 1 for anything else. With DEBUG set (and not
 * "0"), other errors print their stack trace instead. A number returned by `main` becomes the
 * exit status; otherwise the process ends normally.
 */
export async function runCli(
  main: () => unknown | Promise<unknown>,
  options: RunCliOptions = {},
): Promise<void> {
  const { stderr = process.stderr, exit = (code: number) => process.exit(code), env = process.env } = options;
  let status: unknown;
  try {
    status = await main();
  } catch (error) {
    const debug = env.DEBUG !== undefined && env.DEBUG !== "" && env.DEBUG !== "0";
    if (debug && !(error instanceof UsageError) && error instanceof Error && error.stack) {
      stderr.write(`${error.stack}\n`);
    } else {
      stderr.write(`error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    }
    exit(error instanceof UsageError ? 2 : 1);
    return;
  }
  if (typeof status === "number" && status !== 0) exit(status);
}

function oneLine(message: string): string {
  return message.trim().replace(/\s*[\r\n]+\s*/g, " ") || "unknown error";
}

/**
 * util.parseArgs, with its errors (unknown option, missing value, stray positional) rethrown
 * as {@link UsageError}s.
 */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError((error as Error).message);
    }
    throw error;
  }
}

/** The option's value as given, which must be a string. */
function requireString(name: string, value: unknown): string {
  if (value === undefined) throw new UsageError(`${name} is required`);
  if (typeof value !== "string") throw new UsageError(`${name} needs a value`);
  return value;
}

/** `value` if it is one of `valid`; otherwise a UsageError listing them. */
export function choice<T extends string>(name: string, value: unknown, valid: readonly T[]): T {
  const text = requireString(name, value);
  if (!(valid as readonly string[]).includes(text)) {
    throw new UsageError(`${name} must be one of ${valid.join(", ")} (got "${text}")`);
  }
  return text as T;
}

/** `value` as a positive integer, written in decimal digits. */
export function positiveInt(name: string, value: unknown): number {
  const text = requireString(name, value).trim();
  const parsed = Number(text);
  if (!/^\+?\d+$/.test(text) || !Number.isSafeInteger(parsed) || parsed < 1) {
    throw new UsageError(`${name} must be a positive integer (got "${text}")`);
  }
  return parsed;
}

export interface NumberOptions {
  /** Smallest allowed value; default -Infinity. */
  min?: number;
  /** Largest allowed value; default Infinity. */
  max?: number;
}

/** `value` as a finite number ("0.01", "1e-3"), within [min, max]. */
export function number(name: string, value: unknown, options: NumberOptions = {}): number {
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = options;
  const text = requireString(name, value).trim();
  const parsed = text === "" ? Number.NaN : Number(text);
  if (!Number.isFinite(parsed)) throw new UsageError(`${name} must be a number (got "${text}")`);
  if (parsed < min || parsed > max) {
    throw new UsageError(`${name} must be between ${min} and ${max} (got ${parsed})`);
  }
  return parsed;
}

/**
 * `value` split at commas, each item trimmed and, when `item` is given, validated by it
 * (e.g. `(name, part) => choice(name, part, ARCHITECTURES)`). Empty items are rejected.
 */
export function list<T = string>(
  name: string,
  value: unknown,
  item: (name: string, part: string) => T = (_name, part) => part as T,
): T[] {
  const parts = requireString(name, value)
    .split(",")
    .map((part) => part.trim());
  if (parts.some((part) => part === "")) {
    throw new UsageError(`${name} must be a comma-separated list without empty items (got "${value}")`);
  }
  return parts.map((part) => item(name, part));
}
