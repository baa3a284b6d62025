import { describe, expect, it } from "vitest";
import { selectNotebooks } from "../../lib/notebook/selectNotebooks.js";

const paths = ["nb/10-depth.ipynb", "nb/02-heatmap.ipynb", "nb/01-intro.ipynb", "nb/03-heat-sweep.ipynb"];

describe("selectNotebooks(paths, selectors)", () => {
  it("returns every notebook in file-name order without selectors", () => {
    expect(selectNotebooks(paths, [])).toEqual(["nb/01-intro.ipynb", "nb/02-heatmap.ipynb", "nb/03-heat-sweep.ipynb", "nb/10-depth.ipynb"]);
  });
  it("matches a number against the leading number", () => {
    expect(selectNotebooks(paths, ["2"])).toEqual(["nb/02-heatmap.ipynb"]);
    expect(selectNotebooks(paths, ["10"])).toEqual(["nb/10-depth.ipynb"]);
  });
  it("matches globs against the file name, with or without .ipynb", () => {
    expect(selectNotebooks(paths, ["*heat*"])).toEqual(["nb/02-heatmap.ipynb", "nb/03-heat-sweep.ipynb"]);
    expect(selectNotebooks(paths, ["01-intro"])).toEqual(["nb/01-intro.ipynb"]);
    expect(selectNotebooks(paths, ["0?-*.ipynb", "10"])).toHaveLength(4);
  });
  it("returns nothing when no selector matches", () => {
    expect(selectNotebooks(paths, ["7", "nothing*"])).toEqual([]);
  });
});
