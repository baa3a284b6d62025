import { describe, expect, it } from "vitest";
import { choice, list, number, parseCliArgs, positiveInt, runCli, UsageError } from "../lib/cliError.js";

function harness(env: Record<string, string | undefined> = {}) {
  const written: string[] = [];
  const exits: number[] = [];
  return {
    written,
    exits,
    options: { stderr: { write: (text: string) => written.push(text) }, exit: (code: number) => exits.push(code), env },
  };
}

describe("runCli", () => {
  it("runCli(main) prints one 'error:' line and exits 2 for a UsageError", async () => {
    const { written, exits, options } = harness();
    await runCli(() => {
      throw new UsageError("--arch must be one of eq6, v16, hybrid (got \"v17\")");
    }, options);
    expect(written).toEqual(['error: --arch must be one of eq6, v16, hybrid (got "v17")\n']);
    expect(exits).toEqual([2]);
  });

  it("runCli(main) prints one line, not a stack trace, and exits 1 for another error", async () => {
    const { written, exits, options } = harness();
    await runCli(async () => {
      throw new Error("checkpoint is corrupt:\n  line 3 has 2 fields");
    }, options);
    expect(written).toEqual(["error: checkpoint is corrupt: line 3 has 2 fields\n"]);
    expect(exits).toEqual([1]);
  });

  it("runCli(main) prints the stack trace of a non-usage error when DEBUG is set", async () => {
    const { written, exits, options } = harness({ DEBUG: "1" });
    await runCli(() => {
      throw new Error("boom");
    }, options);
    expect(written.join("")).toMatch(/^Error: boom\n\s+at /);
    expect(exits).toEqual([1]);
  });

  it("runCli(main) keeps usage errors to one line even with DEBUG set", async () => {
    const { written, options } = harness({ DEBUG: "1" });
    await runCli(() => {
      throw new UsageError("bad");
    }, options);
    expect(written).toEqual(["error: bad\n"]);
  });

  it("runCli(main) prints a thrown non-Error value as text", async () => {
    const { written, exits, options } = harness();
    await runCli(() => {
      throw "plain string";
    }, options);
    expect(written).toEqual(["error: plain string\n"]);
    expect(exits).toEqual([1]);
  });

  it("runCli(main) exits with a non-zero number that main returns and not at all otherwise", async () => {
    const failing = harness();
    await runCli(() => 3, failing.options);
    expect(failing.exits).toEqual([3]);
    const passing = harness();
    await runCli(async () => undefined, passing.options);
    expect(passing.exits).toEqual([]);
    expect(passing.written).toEqual([]);
  });
});

describe("parseCliArgs", () => {
  it("parseCliArgs(config) returns util.parseArgs's values", () => {
    const { values } = parseCliArgs({ args: ["--arch", "v16"], options: { arch: { type: "string" } } });
    expect(values.arch).toBe("v16");
  });

  it("parseCliArgs(config) turns an unknown option into a UsageError", () => {
    expect(() => parseCliArgs({ args: ["--nope"], options: { arch: { type: "string" } } })).toThrow(UsageError);
  });
});

describe("choice", () => {
  it("choice(name, value, valid) returns a valid value", () => {
    expect(choice("--arch", "v16", ["eq6", "v16", "hybrid"] as const)).toBe("v16");
  });

  it("choice throws a UsageError listing the valid values", () => {
    expect(() => choice("--arch", "v17", ["eq6", "v16", "hybrid"])).toThrow(
      new UsageError('--arch must be one of eq6, v16, hybrid (got "v17")'),
    );
  });

  it("choice throws a UsageError for a missing value or a bare flag", () => {
    expect(() => choice("--arch", undefined, ["v16"])).toThrow(/--arch is required/);
    expect(() => choice("--arch", true, ["v16"])).toThrow(/--arch needs a value/);
  });
});

describe("positiveInt", () => {
  it("positiveInt(name, value) parses decimal digits", () => {
    expect(positiveInt("--seeds", "64")).toBe(64);
    expect(positiveInt("--seeds", " 7 ")).toBe(7);
  });

  it("positiveInt rejects 0, negatives, fractions, exponents and text", () => {
    for (const bad of ["0", "-3", "1.5", "1e3", "abc", "", "99999999999999999999"]) {
      expect(() => positiveInt("--seeds", bad)).toThrow(UsageError);
    }
    expect(() => positiveInt("--seeds", "0")).toThrow('--seeds must be a positive integer (got "0")');
  });
});

describe("number", () => {
  it("number(name, value) parses decimals and exponents", () => {
    expect(number("--lr", "0.01")).toBe(0.01);
    expect(number("--lr", "1e-3")).toBe(0.001);
    expect(number("--shift", "-2")).toBe(-2);
  });

  it("number rejects text, empty values and infinities", () => {
    for (const bad of ["abc", "", "  ", "Infinity", "1e400"]) {
      expect(() => number("--lr", bad)).toThrow(/--lr must be a number/);
    }
  });

  it("number(name, value, { min, max }) enforces the bounds", () => {
    expect(() => number("--confidence", "1.5", { min: 0, max: 1 })).toThrow(
      "--confidence must be between 0 and 1 (got 1.5)",
    );
    expect(number("--confidence", "0.95", { min: 0, max: 1 })).toBe(0.95);
  });
});

describe("list", () => {
  it("list(name, value) splits at commas and trims", () => {
    expect(list("--targets", "paper, T1,T4")).toEqual(["paper", "T1", "T4"]);
  });

  it("list(name, value, item) validates each item", () => {
    const archs = ["eq6", "v16", "hybrid"] as const;
    expect(list("--arch", "eq6,v16", (name, part) => choice(name, part, archs))).toEqual(["eq6", "v16"]);
    expect(() => list("--arch", "eq6,v17", (name, part) => choice(name, part, archs))).toThrow(/got "v17"/);
    expect(list("--seeds", "1,2", positiveInt)).toEqual([1, 2]);
  });

  it("list rejects empty items and an empty list", () => {
    expect(() => list("--targets", "a,,b")).toThrow(UsageError);
    expect(() => list("--targets", "")).toThrow(/without empty items/);
  });
});
