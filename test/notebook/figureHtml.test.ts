import { describe, expect, it } from "vitest";
import { figureHtml, figureJson } from "../../lib/notebook/figureHtml.js";

describe("figureJson(figure)", () => {
  it("turns typed arrays into arrays", () => {
    expect(JSON.parse(figureJson({ data: [{ y: new Float64Array([1, 2.5]) }] }))).toEqual({ data: [{ y: [1, 2.5] }] });
  });
  it("cannot close a script element", () => {
    const json = figureJson({ data: [], layout: { title: "</script><script>alert(1)</script>" } });
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).layout.title).toBe("</script><script>alert(1)</script>");
  });
});

describe("figureHtml(figure, title, plotlyUrl)", () => {
  it("loads plotly by a relative URL instead of inlining it", () => {
    const html = figureHtml({ data: [] }, "t");
    expect(html).toContain('<script src="plotly.min.js"></script>');
    expect(html.length).toBeLessThan(2000);
  });
});
