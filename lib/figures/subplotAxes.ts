/** Axis names and domains for a grid of plotly subplots, without plotly's make_subplots. */

export interface SubplotAxes {
  /** Trace references: "x", "x2", ... and "y", "y2", ... */
  xref: string;
  yref: string;
  /** Layout keys: "xaxis", "xaxis2", ... */
  xKey: string;
  yKey: string;
  xDomain: [number, number];
  yDomain: [number, number];
}

/** Panel i of `count` in `columns` columns, row-major from the top left, with gaps in paper units. */
export function subplotAxes(index: number, count: number, columns: number, gap = { x: 0.04, y: 0.08 }): SubplotAxes {
  const rows = Math.ceil(count / columns);
  const column = index % columns;
  const row = Math.floor(index / columns);
  const width = (1 - gap.x * (columns - 1)) / columns;
  const height = (1 - gap.y * (rows - 1)) / rows;
  const x0 = column * (width + gap.x);
  const y1 = 1 - row * (height + gap.y);
  const suffix = index === 0 ? "" : String(index + 1);
  return {
    xref: `x${suffix}`, yref: `y${suffix}`, xKey: `xaxis${suffix}`, yKey: `yaxis${suffix}`,
    xDomain: [x0, Math.min(1, x0 + width)], yDomain: [Math.max(0, y1 - height), y1],
  };
}
