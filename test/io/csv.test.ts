import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../lib/io/csv.js";

describe("toCsv", () => {
  it("toCsv(rows, columns) writes a header and one line per row in column order", () => {
    const text = toCsv([{ b: 2, a: "x" }, { a: "y", b: 3 }], ["a", "b"]);
    expect(text).toBe("a,b\nx,2\ny,3\n");
  });

  it("toCsv quotes fields holding commas, quotes, CR or LF and doubles the quotes", () => {
    const text = toCsv([{ e: 'eml(x, y)', q: 'say "hi"', n: "two\nlines", r: "cr\rhere", plain: "a b" }], [
      "e",
      "q",
      "n",
      "r",
      "plain",
    ]);
    expect(text).toBe('e,q,n,r,plain\n"eml(x, y)","say ""hi""","two\nlines","cr\rhere",a b\n');
  });

  it("toCsv writes numbers so that Number() reads back the same double", () => {
    const values = [0.1 + 0.2, 1e-300, -1.2345678901234567e21, 5e-324, Number.MAX_VALUE, -0, NaN, Infinity];
    const text = toCsv(
      values.map((value) => ({ value })),
      ["value"],
    );
    const read = parseCsv(text).rows.map(([field]) => Number(field));
    read.forEach((value, i) => expect(Object.is(value, values[i])).toBe(true));
    expect(text).toContain("\n0.30000000000000004\n");
  });

  it("toCsv writes null and undefined as empty fields, booleans, Dates and objects as text", () => {
    const text = toCsv([{ a: null, b: undefined, c: true, d: new Date(Date.UTC(2026, 0, 2)), e: [1, 2] }], [
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
    expect(text).toBe('a,b,c,d,e\n,,true,2026-01-02T00:00:00.000Z,"[1,2]"\n');
  });

  it("toCsv writes a lone empty field as \"\" so the line is not blank", () => {
    expect(toCsv([{ a: "" }, { a: "x" }], ["a"])).toBe('a\n""\nx\n');
    expect(parseCsv(toCsv([{ a: "" }], ["a"])).rows).toEqual([[""]]);
  });

  it("toCsv(rows, columns, { lineEnding: '\\r\\n' }) uses CRLF", () => {
    expect(toCsv([{ a: 1 }], ["a"], { lineEnding: "\r\n" })).toBe("a\r\n1\r\n");
  });

  it("toCsv of no rows is the header line alone", () => {
    expect(toCsv([], ["seed", "exact"])).toBe("seed,exact\n");
  });
});

describe("parseCsv", () => {
  it("parseCsv(text) returns the header and the rows as strings", () => {
    expect(parseCsv("a,b\n1,x\n2,y\n")).toEqual({ header: ["a", "b"], rows: [["1", "x"], ["2", "y"]] });
  });

  it("parseCsv reads quoted commas, doubled quotes and line breaks inside quotes", () => {
    const text = 'expr,note\n"eml(x, y)","a ""b""\nc"\n';
    expect(parseCsv(text).rows).toEqual([["eml(x, y)", 'a "b"\nc']]);
  });

  it("parseCsv reads CRLF, LF and CR line breaks and a missing final line break", () => {
    const expected = { header: ["a", "b"], rows: [["1", "2"], ["3", "4"]] };
    expect(parseCsv("a,b\r\n1,2\r\n3,4\r\n")).toEqual(expected);
    expect(parseCsv("a,b\r1,2\r3,4")).toEqual(expected);
    expect(parseCsv("a,b\n1,2\n3,4")).toEqual(expected);
  });

  it("parseCsv keeps empty fields, quoted or not, and skips blank lines", () => {
    expect(parseCsv('a,b,c\n,"",\n\n1,,3\n').rows).toEqual([["", "", ""], ["1", "", "3"]]);
  });

  it("parseCsv strips a leading byte-order mark", () => {
    expect(parseCsv("\uFEFFa\n1\n").header).toEqual(["a"]);
  });

  it("parseCsv of empty text has no header and no rows", () => {
    expect(parseCsv("")).toEqual({ header: [], rows: [] });
  });

  it("parseCsv keeps a quote inside an unquoted field as text", () => {
    expect(parseCsv('a\nsay "x"\n').rows).toEqual([['say "x"']]);
  });

  it("parseCsv throws, naming the line, on an unterminated quote", () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(/unterminated quoted field from line 2/);
  });

  it("parseCsv throws on text after a closing quote", () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/after a closing quote on line 2/);
  });

  it("parseCsv throws, naming the line, on a row whose field count differs from the header's", () => {
    expect(() => parseCsv('a,b\n1,2\n"multi\nline",2,3\n')).toThrow(/line 3 has 3 fields, the header 2/);
  });

  it("parseCsv(toCsv(rows, columns)) gives back every field as text", () => {
    const rows = [
      { id: 1, text: 'x, "y"\r\nz', empty: "", value: 1 / 3 },
      { id: 2, text: "\n", empty: null, value: -2.5e-8 },
    ];
    const parsed = parseCsv(toCsv(rows, ["id", "text", "empty", "value"]));
    expect(parsed).toEqual({
      header: ["id", "text", "empty", "value"],
      rows: [
        ["1", 'x, "y"\r\nz', "", String(1 / 3)],
        ["2", "\n", "", "-2.5e-8"],
      ],
    });
  });
});
