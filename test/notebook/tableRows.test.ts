import { describe, expect, it } from "vitest";
import { tableHtml } from "../../lib/notebook/tableHtml.js";
import { formatCell, tableRows } from "../../lib/notebook/tableRows.js";
import { tableText } from "../../lib/notebook/tableText.js";

describe("tableRows(table, maxRows, digits)", () => {
  it("takes the union of record keys in first-seen order", () => {
    const rows = tableRows([{ a: 1 }, { b: "x", a: 2 }]);
    expect(rows.columns).toEqual(["a", "b"]);
    expect(rows.rows.map((row) => row.map((cell) => cell.text))).toEqual([["1", ""], ["2", "x"]]);
  });
  it("reads a data frame's columns and row-major values", () => {
    const rows = tableRows({ columns: ["x", "y"], values: [[1, 2], [3, 4]] });
    expect(rows.rows[1].map((cell) => cell.text)).toEqual(["3", "4"]);
  });
  it("counts the rows beyond maxRows", () => {
    expect(tableRows([{ a: 1 }, { a: 2 }, { a: 3 }], 2).omitted).toBe(1);
  });
});

describe("formatCell(value, digits)", () => {
  it("rounds numbers to significant digits and keeps integers, NaN and infinities", () => {
    expect(formatCell(Math.PI, 3).text).toBe("3.14");
    expect(formatCell(1234567, 3).text).toBe("1234567");
    expect(formatCell(NaN).text).toBe("NaN");
    expect(formatCell(-Infinity).numeric).toBe(true);
    expect(formatCell(null).text).toBe("");
  });
});

describe("tableText(rows) and tableHtml(rows)", () => {
  const rows = tableRows([{ name: "<a>", value: 1.5 }, { name: "b", value: 20 }]);
  it("aligns text columns left and numbers right", () => {
    expect(tableText(rows)).toBe("name  value\n----  -----\n<a>     1.5\nb        20");
  });
  it("escapes HTML", () => {
    expect(tableHtml(rows)).toContain("<td>&lt;a&gt;</td>");
  });
});
