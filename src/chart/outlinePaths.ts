/**
 * Outlines drawn as filled shapes (issue 8). Without a GPU, Chromium rasterises a canvas on the main
 * thread, and stroking 2,400 small outlines (dashed ones above all) cost 30–70 ms a frame where
 * filling the same shapes cost 4 ms. So a batched mark's edge is a ring or frame filled in the
 * stroke's colour, and its dashes are pieces of it, laid out as an SVG stroke of the same width
 * and dash array would be (round caps lengthen each dash by half the width at both ends).
 */

/** The path commands the outlines use: a canvas context, or a recorder in tests. */
export type PathSink = Pick<CanvasRenderingContext2D, "moveTo" | "lineTo" | "arc" | "rect" | "closePath">;

/** A stroke as its computed style gives it. */
export interface OutlineStyle {
  widthPx: number;
  /** The dash array ([] for a solid line). */
  dashPx: readonly number[];
  lineCap: CanvasLineCap;
}

/**
 * The dashes of a closed outline `lengthPx` long, as [start, end] along it: the dash array repeated
 * from the start (an odd-length array twice over, as SVG does), caps added, clipped to the outline.
 * A solid line is one interval; a dash array of zeros is none.
 */
export function dashIntervals(lengthPx: number, dashPx: readonly number[], capPx = 0): [number, number][] {
  if (dashPx.length === 0) return [[0, lengthPx]];
  const pattern = dashPx.length % 2 === 1 ? [...dashPx, ...dashPx] : dashPx;
  const period = pattern.reduce((sum, n) => sum + n, 0);
  // A pattern under a tenth of a pixel reads as a solid line (and keeps the loop short).
  if (!(period >= 0.1)) return [[0, lengthPx]];
  const out: [number, number][] = [];
  let at = 0;
  let i = 0;
  while (at < lengthPx) {
    const on = pattern[i % pattern.length];
    const off = pattern[(i + 1) % pattern.length];
    if (on > 0 || capPx > 0) out.push([Math.max(0, at - capPx), Math.min(lengthPx, at + on + capPx)]);
    at += on + off;
    i += 2;
  }
  return out;
}

/** A circle's edge: a ring `style.widthPx` wide centred on radius `radiusPx`, or its dashes as ring sectors. */
export function addRing(sink: PathSink, cx: number, cy: number, radiusPx: number, style: OutlineStyle): void {
  const outer = radiusPx + style.widthPx / 2;
  const inner = Math.max(0, radiusPx - style.widthPx / 2);
  if (style.dashPx.length === 0) {
    sink.moveTo(cx + outer, cy);
    sink.arc(cx, cy, outer, 0, 2 * Math.PI);
    if (inner > 0) {
      // Wound the other way, so the nonzero rule leaves the middle empty.
      sink.moveTo(cx + inner, cy);
      sink.arc(cx, cy, inner, 2 * Math.PI, 0, true);
    }
    return;
  }
  // As an SVG circle path that starts at its leftmost point.
  const capPx = style.lineCap === "butt" ? 0 : style.widthPx / 2;
  for (const [s, e] of dashIntervals(2 * Math.PI * radiusPx, style.dashPx, capPx)) {
    const a0 = Math.PI + s / radiusPx;
    const a1 = Math.PI + e / radiusPx;
    sink.moveTo(cx + outer * Math.cos(a0), cy + outer * Math.sin(a0));
    sink.arc(cx, cy, outer, a0, a1);
    sink.arc(cx, cy, inner, a1, a0, true);
    sink.closePath();
  }
}

/** A rectangle's edge: a frame `style.widthPx` wide centred on it, or its dashes, walked clockwise from the top left. */
export function addFrame(sink: PathSink, x: number, y: number, widthPx: number, heightPx: number, style: OutlineStyle): void {
  const half = style.widthPx / 2;
  if (style.dashPx.length === 0) {
    // Top and bottom across the full width, the sides between them: four pieces that never overlap.
    sink.rect(x - half, y - half, widthPx + style.widthPx, style.widthPx);
    sink.rect(x - half, y + heightPx - half, widthPx + style.widthPx, style.widthPx);
    const sideHeight = heightPx - style.widthPx;
    if (sideHeight > 0) {
      sink.rect(x - half, y + half, style.widthPx, sideHeight);
      sink.rect(x + widthPx - half, y + half, style.widthPx, sideHeight);
    }
    return;
  }
  const capPx = style.lineCap === "butt" ? 0 : half;
  const edges: [number, number, number, number][] = [
    // start along the outline, length, and the edge's direction (dx, dy) from its start corner
    [0, widthPx, 1, 0],
    [widthPx, heightPx, 0, 1],
    [widthPx + heightPx, widthPx, -1, 0],
    [2 * widthPx + heightPx, heightPx, 0, -1],
  ];
  const corners: [number, number][] = [
    [x, y],
    [x + widthPx, y],
    [x + widthPx, y + heightPx],
    [x, y + heightPx],
  ];
  for (const [s, e] of dashIntervals(2 * (widthPx + heightPx), style.dashPx, capPx)) {
    edges.forEach(([edgeStart, length, dx, dy], k) => {
      const from = Math.max(s, edgeStart) - edgeStart;
      const to = Math.min(e, edgeStart + length) - edgeStart;
      if (to <= from) return;
      const [cx, cy] = corners[k];
      const x0 = cx + dx * from;
      const y0 = cy + dy * from;
      const x1 = cx + dx * to;
      const y1 = cy + dy * to;
      sink.rect(Math.min(x0, x1) - (dx === 0 ? half : 0), Math.min(y0, y1) - (dy === 0 ? half : 0), Math.abs(x1 - x0) + (dx === 0 ? style.widthPx : 0), Math.abs(y1 - y0) + (dy === 0 ? style.widthPx : 0));
    });
  }
}
