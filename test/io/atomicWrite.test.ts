import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { atomicWrite, atomicWriteSync } from "../../lib/io/atomicWrite.js";

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "atomic-write-"));
});
afterEach(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe("atomicWrite", () => {
  it("atomicWrite(path, text) creates the file with the text", async () => {
    const path = join(directory, "a.json");
    await atomicWrite(path, '{"done": 3}\n');
    expect(readFileSync(path, "utf8")).toBe('{"done": 3}\n');
  });

  it("atomicWrite(path, bytes) writes binary data unchanged", async () => {
    const path = join(directory, "b.bin");
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await atomicWrite(path, bytes);
    expect(new Uint8Array(readFileSync(path))).toEqual(bytes);
  });

  it("atomicWrite replaces an existing file and leaves no temporary file behind", async () => {
    const path = join(directory, "c.csv");
    writeFileSync(path, "old contents that are longer than the new ones\n");
    await atomicWrite(path, "new\n");
    expect(readFileSync(path, "utf8")).toBe("new\n");
    expect(readdirSync(directory)).toEqual(["c.csv"]);
  });

  it("atomicWrite onto a directory rejects, removes its temporary file and keeps the directory", async () => {
    const path = join(directory, "taken");
    mkdirSync(path);
    writeFileSync(join(path, "inside"), "x");
    await expect(atomicWrite(path, "data")).rejects.toThrow();
    expect(readdirSync(directory)).toEqual(["taken"]);
    expect(readdirSync(path)).toEqual(["inside"]);
  });

  it("atomicWrite into a missing directory rejects with ENOENT", async () => {
    await expect(atomicWrite(join(directory, "missing", "x.txt"), "data")).rejects.toMatchObject({
      code: "ENOENT",
    });
  });

  it("concurrent atomicWrites to one path leave one writer's complete contents", async () => {
    const path = join(directory, "race.txt");
    const contents = Array.from({ length: 20 }, (_, i) => `${i}:`.padEnd(10_000, String(i % 10)));
    await Promise.all(contents.map((text) => atomicWrite(path, text)));
    expect(contents).toContain(readFileSync(path, "utf8"));
    expect(readdirSync(directory)).toEqual(["race.txt"]);
  });
});

describe("atomicWriteSync", () => {
  it("atomicWriteSync(path, text) replaces the file's contents", () => {
    const path = join(directory, "s.txt");
    writeFileSync(path, "before");
    atomicWriteSync(path, "after ünïcode");
    expect(readFileSync(path, "utf8")).toBe("after ünïcode");
    expect(readdirSync(directory)).toEqual(["s.txt"]);
  });

  it("atomicWriteSync onto a directory throws and removes its temporary file", () => {
    const path = join(directory, "taken");
    mkdirSync(path);
    expect(() => atomicWriteSync(path, "data")).toThrow();
    expect(readdirSync(directory)).toEqual(["taken"]);
  });
});
