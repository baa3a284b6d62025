import { describe, expect, it } from "vitest";
import { stableSvgIds } from "../../lib/notebook/writeFigure.js";

const svg = (uid: string) =>
  `<svg><defs id="defs-${uid}"><g class="clips"><clipPath id="clip${uid}xyplot"><rect/></clipPath></g></defs>` +
  `<g clip-path="url(#clip${uid}xyplot)"><path d="M${uid === "123456" ? "123456" : "1"},2"/></g>` +
  `<g id="topdefs-${uid}"><clipPath id="legend${uid}"/></g><rect id="g${uid}-cb" style="fill: url('#g${uid}-cb')"/></svg>`;

describe("stableSvgIds", () => {
  it("gives the same file for two renders that differ only in plotly's random uid", () => {
    expect(stableSvgIds(svg("795cc6"), "fig")).toBe(stableSvgIds(svg("c2cd68"), "fig"));
    expect(stableSvgIds(svg("795cc6"), "fig")).not.toContain("795cc6");
  });

  it("keeps different figures' ids apart and leaves numbers in the drawing alone", () => {
    expect(stableSvgIds(svg("795cc6"), "a")).not.toBe(stableSvgIds(svg("795cc6"), "b"));
    const out = stableSvgIds(svg("123456"), "fig");
    expect(out).toContain('d="M123456,2"');
    expect(out).not.toContain('id="defs-123456"');
  });

  it("replaces the traces' random uids by their order in the file", () => {
    const withTraces = (uid: string, first: string, second: string) =>
      `${svg(uid)}<g class="trace scatter trace${first}"/><g class="trace scatter trace${second}"/><g class="trace scatter trace${first}"/>` +
      "<text>trace37fd00</text>";
    const a = stableSvgIds(withTraces("795cc6", "37fd00", "949f3c"), "fig");
    expect(a).toBe(stableSvgIds(withTraces("c2cd68", "07769b", "461096"), "fig"));
    expect(a).not.toMatch(/class="trace scatter trace(37fd00|949f3c)"/);
    expect(a.match(/class="trace scatter trace[^"]*"/g)).toHaveLength(3);
    expect(new Set(a.match(/class="trace scatter trace[^"]*"/g)).size).toBe(2);
    expect(a).toContain("<text>trace37fd00</text>"); // text outside class attributes is drawing, left alone
  });

  it("returns an SVG without plotly's defs unchanged", () => {
    expect(stableSvgIds("<svg/>", "fig")).toBe("<svg/>");
  });
});
