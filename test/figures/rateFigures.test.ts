import { describe, expect, it } from "vitest";
import type { HeldoutSeparation } from "../../lib/analysis/heldoutSeparation.js";
import type { ScreenRow } from "../../lib/analysis/sensitivityScreen.js";
import type { SelectorUnderNoise } from "../../lib/analysis/selectorUnderNoise.js";
import { fitFigure, parityFigure } from "../../lib/figures/fitFigure.js";
import { noiseFigure } from "../../lib/figures/noiseFigure.js";
import { rateBarsFigure } from "../../lib/figures/rateBarsFigure.js";
import { rmseHistogramFigure } from "../../lib/figures/rmseHistogramFigure.js";
import { screenFigure } from "../../lib/figures/screenFigure.js";

type Trace = Record<string, any>;
const traces = (figure: { data: object[] }) => figure.data as Trace[];

describe("rate figures", () => {
  it("rateBarsFigure draws one bar trace per series in percent with asymmetric interval arms, and the paper's diamonds on their bars", () => {
    const figure = rateBarsFigure([
      { name: "A", bars: [{ category: "c1", exact: 1, trials: 4, lower: 0.1, upper: 0.8 }, { category: "c2", exact: 0, trials: 0, lower: 0, upper: 1 }] },
      { name: "B", bars: [{ category: "c1", exact: 2, trials: 4, lower: 0.2, upper: 0.9 }] },
    ], { paper: [{ category: "c1", series: "B", percent: 60, label: "paper 60%" }] });
    const [a, b, paper] = traces(figure);
    expect(a.y).toEqual([25, null]);
    expect(a.error_y.array[0]).toBeCloseTo(55, 10);
    expect(a.error_y.arrayminus[0]).toBeCloseTo(15, 10);
    expect(b.text).toEqual(["2/4"]);
    // Two series share the 0.8-wide group of category 0: B's bar is centred at -0.4 + 0.4 * 1.5.
    expect(paper.x[0]).toBeCloseTo(0.2, 12);
    expect(paper.y).toEqual([60]);
  });

  it("rmseHistogramFigure shades the empty band only when the groups are apart, and counts non-finite failures", () => {
    const base: HeldoutSeparation = { exact: [-16], failed: [-1, Infinity], worstExact: -16, bestFailed: -1, gapOrders: 15, exactAtFloor: 1, failedWithinMargin: 0, floor: 1e-16 };
    const apart = rmseHistogramFigure(base).layout as Trace;
    expect(apart.shapes.filter((s: Trace) => s.type === "rect")).toHaveLength(1);
    expect(apart.annotations.some((a: Trace) => /1 failed runs with non-finite/.test(a.text))).toBe(true);
    const overlapping = rmseHistogramFigure({ ...base, bestFailed: -17, gapOrders: -1 }).layout as Trace;
    expect(overlapping.shapes.filter((s: Trace) => s.type === "rect")).toHaveLength(0);
    expect(traces(rmseHistogramFigure(base))[1].x).toEqual([-1]);
  });

  it("screenFigure makes one panel per hero, a baseline line and band where the baseline has trials", () => {
    const rate = (exact: number, trials: number) => ({ exact, trials, rate: trials ? exact / trials : NaN, lower: 0, upper: 1 });
    const row = (hero: string, level: string, study: ReturnType<typeof rate>, baseline: ReturnType<typeof rate>): ScreenRow => ({
      hero, arch: "v16", target: "paper", factor: "optimiser", level, study, baseline, differencePoints: 0, pValue: 1,
    });
    const figure = screenFigure([row("H1", "adam-1e-3", rate(1, 2), rate(2, 2)), row("H2", "adam-1e-3", rate(0, 0), rate(0, 0))]);
    const layout = figure.layout as Trace;
    expect(layout.xaxis).toBeDefined();
    expect(layout.xaxis2).toBeDefined();
    expect(layout.shapes).toHaveLength(2);
    expect(traces(figure)).toHaveLength(1);
    expect(traces(figure)[0].x).toEqual([50]);
  });

  it("noiseFigure draws selector, noiseless-selector and oracle lines per configuration, noise levels in numeric order", () => {
    const rate = (configuration: string, noise: string, selected: number): SelectorUnderNoise => ({
      configuration, noise, archs: "eq6+v16", units: 4, incomplete_units: 0, selected_exact: selected, selected_rate: selected / 4,
      selected_lower: 0, selected_upper: 1, oracle_exact: 4, oracle_rate: 1, oracle_lower: 0.4, oracle_upper: 1, missed: 4 - selected,
      exact_eq6: 4, exact_v16: 0, exact_hybrid: null, clean_selected_exact: 4, clean_selected_rate: 1,
    });
    const figure = noiseFigure([rate("a", "1e-1", 1), rate("a", "0", 4), rate("b", "0", 2)]);
    expect(traces(figure)).toHaveLength(6);
    expect(traces(figure)[0].x).toEqual(["0", "1e-1"]);
    expect(traces(figure)[0].y).toEqual([100, 25]);
  });

  it("fitFigure marks held-out rows and leaves gaps where a curve is not finite; parityFigure draws the diagonal", () => {
    const figure = fitFigure({ input: [0, 1, 2], output: [1, 2, 3], heldout: new Set([1]) }, [{ name: "f", x: [0, 1], y: [NaN, 2] }], { xTitle: "x", yTitle: "y" });
    const [training, heldout, curve] = traces(figure);
    expect(training.x).toEqual([0, 2]);
    expect(heldout.x).toEqual([1]);
    expect(curve.y).toEqual([null, 2]);
    const parity = traces(parityFigure([1, 2], [1.5, NaN], new Set(), { name: "f" }));
    expect(parity[0].y).toEqual([1.5, null]);
    expect(parity[2].x).toEqual([1, 2]);
  });
});
