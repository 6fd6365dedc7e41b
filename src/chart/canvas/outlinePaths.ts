/**
 * Outlines drawn as filled shapes. Without a GPU, Chromium rasterises a canvas on the main
 * thread, and stroking 2,400 small outlines (dashed ones above all) cost 30–70 ms a frame where
 * filling the same shapes cost 4 ms. So a painted mark's edge is a band filled in the stroke's
 * colour, and its dashes are pieces of that band, laid out as an SVG stroke of the same width and
 * dash array would be (round caps lengthen each dash by half the width at both ends).
 */

/** The path commands the outlines use: a canvas context, or a recorder in tests. */
export type PathSink = Pick<CanvasRenderingContext2D, "moveTo" | "lineTo" | "arc" | "rect" | "closePath"> & Partial<Pick<CanvasRenderingContext2D, "roundRect">>;

/** A stroke as its computed style gives it. */
export interface OutlineStyle {
  widthPx: number;
  /** The dash array ([] for a solid line). */
  dashPx: readonly number[];
  lineCap: CanvasLineCap;
}

/** A piece of an outline: a straight run from (x, y) in direction (dx, dy), or an arc clockwise from angle a0. */
type Segment = { kind: "line"; x: number; y: number; dx: number; dy: number; lengthPx: number } | { kind: "arc"; cx: number; cy: number; radiusPx: number; a0: number; lengthPx: number };

/**
 * The dashes of a closed outline `lengthPx` long, as [start, end] along it: the dash array repeated
 * from the start (an odd-length array twice over, as SVG does), caps added, clipped to the outline.
 * A solid line is one interval.
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

/** Fill the parts of `segments` (one closed outline, in order) that the dashes cover, `style.widthPx` wide. */
function addOutline(sink: PathSink, segments: readonly Segment[], style: OutlineStyle): void {
  const half = style.widthPx / 2;
  const total = segments.reduce((sum, s) => sum + s.lengthPx, 0);
  const capPx = style.dashPx.length === 0 || style.lineCap === "butt" ? 0 : half;
  for (const [s, e] of dashIntervals(total, style.dashPx, capPx)) {
    let start = 0;
    for (const segment of segments) {
      const from = Math.max(s, start) - start;
      const to = Math.min(e, start + segment.lengthPx) - start;
      start += segment.lengthPx;
      if (to <= from) continue;
      if (segment.kind === "line") {
        const { x, y, dx, dy } = segment;
        const x0 = x + dx * from;
        const y0 = y + dy * from;
        const x1 = x + dx * to;
        const y1 = y + dy * to;
        // Axis-aligned runs only (rectangles): a rect `widthPx` across the line.
        sink.rect(Math.min(x0, x1) - (dx === 0 ? half : 0), Math.min(y0, y1) - (dy === 0 ? half : 0), Math.abs(x1 - x0) + (dx === 0 ? style.widthPx : 0), Math.abs(y1 - y0) + (dy === 0 ? style.widthPx : 0));
      } else {
        const { cx, cy, radiusPx, a0 } = segment;
        const outer = radiusPx + half;
        const inner = Math.max(0, radiusPx - half);
        const b0 = a0 + from / radiusPx;
        const b1 = a0 + to / radiusPx;
        sink.moveTo(cx + outer * Math.cos(b0), cy + outer * Math.sin(b0));
        sink.arc(cx, cy, outer, b0, b1);
        // Back along the inside the other way: the nonzero rule fills only the band between.
        sink.arc(cx, cy, inner, b1, b0, true);
        sink.closePath();
      }
    }
  }
}

/**
 * How the outlines' path is to be filled: a solid edge is the shape grown by half the width with the
 * shape shrunk by as much inside it, a hole under the even-odd rule (two subpaths a mark, where
 * walking it piece by piece took eight, and path commands were most of a frame's script); dashes
 * are pieces wound to fill under the nonzero rule. One rule for a whole outline path.
 */
export const outlineFillRule = (style: OutlineStyle): CanvasFillRule => (style.dashPx.length === 0 ? "evenodd" : "nonzero");

/** A circle's edge, from its leftmost point (as an SVG circle path drawn that way starts). */
export function addRing(sink: PathSink, cx: number, cy: number, radiusPx: number, style: OutlineStyle): void {
  if (style.dashPx.length === 0) {
    const outer = radiusPx + style.widthPx / 2;
    const inner = radiusPx - style.widthPx / 2;
    sink.moveTo(cx + outer, cy);
    sink.arc(cx, cy, outer, 0, 2 * Math.PI);
    if (inner > 0) {
      sink.moveTo(cx + inner, cy);
      sink.arc(cx, cy, inner, 0, 2 * Math.PI);
    }
    return;
  }
  addOutline(sink, [{ kind: "arc", cx, cy, radiusPx, a0: Math.PI, lengthPx: 2 * Math.PI * radiusPx }], style);
}

/** The corner radius SVG uses for a rect of this size and rx: at most half of either side. */
export function cornerRadius(widthPx: number, heightPx: number, rxPx: number): number {
  return Math.max(0, Math.min(rxPx, widthPx / 2, heightPx / 2));
}

/** A rectangle's edge (corners rounded by `rxPx`), clockwise from the end of its top-left corner, as SVG walks a rect. */
export function addFrame(sink: PathSink, x: number, y: number, widthPx: number, heightPx: number, style: OutlineStyle, rxPx = 0): void {
  const r = cornerRadius(widthPx, heightPx, rxPx);
  if (style.dashPx.length === 0) {
    const half = style.widthPx / 2;
    addRoundedRect(sink, x - half, y - half, widthPx + style.widthPx, heightPx + style.widthPx, r === 0 ? 0 : r + half);
    if (widthPx > style.widthPx && heightPx > style.widthPx) addRoundedRect(sink, x + half, y + half, widthPx - style.widthPx, heightPx - style.widthPx, Math.max(0, r - half));
    return;
  }
  const w = widthPx - 2 * r;
  const h = heightPx - 2 * r;
  const quarter = (Math.PI / 2) * r;
  const segments: Segment[] = [
    { kind: "line", x: x + r, y, dx: 1, dy: 0, lengthPx: w },
    { kind: "arc", cx: x + widthPx - r, cy: y + r, radiusPx: r, a0: -Math.PI / 2, lengthPx: quarter },
    { kind: "line", x: x + widthPx, y: y + r, dx: 0, dy: 1, lengthPx: h },
    { kind: "arc", cx: x + widthPx - r, cy: y + heightPx - r, radiusPx: r, a0: 0, lengthPx: quarter },
    { kind: "line", x: x + widthPx - r, y: y + heightPx, dx: -1, dy: 0, lengthPx: w },
    { kind: "arc", cx: x + r, cy: y + heightPx - r, radiusPx: r, a0: Math.PI / 2, lengthPx: quarter },
    { kind: "line", x, y: y + heightPx - r, dx: 0, dy: -1, lengthPx: h },
    { kind: "arc", cx: x + r, cy: y + r, radiusPx: r, a0: Math.PI, lengthPx: quarter },
  ];
  // Square corners: a dash pattern runs along the straight sides alone.
  addOutline(
    sink,
    segments.filter((s) => s.lengthPx > 0 && (r > 0 || s.kind === "line")),
    style,
  );
}

/** A rectangle with corners rounded by `rxPx` (as SVG clamps it), as one subpath. */
export function addRoundedRect(sink: PathSink, x: number, y: number, widthPx: number, heightPx: number, rxPx: number): void {
  const r = cornerRadius(widthPx, heightPx, rxPx);
  if (r === 0) {
    sink.rect(x, y, widthPx, heightPx);
    return;
  }
  // One call where the canvas has it (every current browser): canvas calls are most of a paint's script.
  if (sink.roundRect) {
    sink.roundRect(x, y, widthPx, heightPx, r);
    return;
  }
  sink.moveTo(x + r, y);
  sink.lineTo(x + widthPx - r, y);
  sink.arc(x + widthPx - r, y + r, r, -Math.PI / 2, 0);
  sink.lineTo(x + widthPx, y + heightPx - r);
  sink.arc(x + widthPx - r, y + heightPx - r, r, 0, Math.PI / 2);
  sink.lineTo(x + r, y + heightPx);
  sink.arc(x + r, y + heightPx - r, r, Math.PI / 2, Math.PI);
  sink.lineTo(x, y + r);
  sink.arc(x + r, y + r, r, Math.PI, (3 * Math.PI) / 2);
  sink.closePath();
}
