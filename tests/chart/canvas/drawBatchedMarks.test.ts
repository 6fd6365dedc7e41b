import { describe, expect, it } from "vitest";
import { addFrame, addRing, cornerRadius, dashIntervals, outlineFillRule, type PathSink } from "../../../src/chart/canvas/outlinePaths";
import { bandCovers, bandToDraw, canvasPixelRatio, drawBatchedGroups, parseRgb, visibleBand, type BatchedLook } from "../../../src/chart/canvas/drawBatchedMarks";
import { batchedLookFrom, labelLookFrom, parseDashArray } from "../../../src/chart/canvas/readBatchedLook";
import { markAt } from "../../../src/chart/markGeometry";
import { groupBatchedMarks, type BatchedMark } from "../../../src/chart/canvas/batchedGroups";

/** Records path commands, as a canvas would take them. */
function recorder() {
  const calls: [string, ...number[]][] = [];
  const sink: PathSink = {
    moveTo: (...a: number[]) => void calls.push(["moveTo", ...a]),
    lineTo: (...a: number[]) => void calls.push(["lineTo", ...a]),
    arc: (x: number, y: number, r: number, a0: number, a1: number) => void calls.push(["arc", x, y, r, a0, a1]),
    rect: (...a: number[]) => void calls.push(["rect", ...a]),
    closePath: () => void calls.push(["closePath"]),
  } as PathSink;
  return { calls, sink };
}
const area = (calls: [string, ...number[]][]) => calls.filter((c) => c[0] === "rect").reduce((sum, [, , , w, h]) => sum + w * h, 0);

describe("dashes along a closed outline", () => {
  it("repeats the dash array from the start and clips the last dash", () => {
    expect(dashIntervals(20, [4, 2.5])).toEqual([
      [0, 4],
      [6.5, 10.5],
      [13, 17],
      [19.5, 20],
    ]);
  });

  it("lengthens each dash by the cap, so round-capped dots of length 0 still show", () => {
    expect(dashIntervals(10, [0, 4], 1)).toEqual([
      [0, 1],
      [3, 5],
      [7, 9],
    ]);
  });

  it("reads an odd dash array twice over, as SVG does, and a solid line as one piece", () => {
    // 2 on, 1 off, 3 on, 2 off, 1 on, 3 off
    expect(dashIntervals(12, [2, 1, 3])).toEqual([
      [0, 2],
      [3, 6],
      [8, 9],
    ]);
    expect(dashIntervals(12, [])).toEqual([[0, 12]]);
    expect(dashIntervals(12, [0, 0])).toEqual([[0, 12]]);
  });
});

describe("outlines drawn as fills", () => {
  it("a solid frame is the band a stroke of that width covers: the bar grown by half the width, and shrunk, filled even-odd", () => {
    const { calls, sink } = recorder();
    const solid = { widthPx: 2, dashPx: [], lineCap: "butt" as const };
    addFrame(sink, 10, 20, 30, 12, solid);
    expect(calls).toEqual([
      ["rect", 9, 19, 32, 14],
      ["rect", 11, 21, 28, 10],
    ]);
    expect(outlineFillRule(solid)).toBe("evenodd");
    expect(outlineFillRule({ ...solid, dashPx: [4, 2.5] })).toBe("nonzero");
    // A bar thinner than the stroke is all edge.
    const thin = recorder();
    addFrame(thin.sink, 10, 20, 1.5, 12, solid);
    expect(thin.calls).toEqual([["rect", 9, 19, 3.5, 14]]);
  });

  it("a dashed frame covers about the dashes' share of the perimeter", () => {
    const { calls, sink } = recorder();
    const style = { widthPx: 2, dashPx: [4, 2.5], lineCap: "butt" as const };
    addFrame(sink, 0, 0, 39, 26, style);
    const perimeter = 2 * (39 + 26);
    const dashed = dashIntervals(perimeter, style.dashPx).reduce((sum, [s, e]) => sum + e - s, 0);
    // Pieces are widthPx thick; a dash that turns a corner overlaps itself by at most one square there.
    expect(area(calls)).toBeGreaterThan(dashed * 2 - 4 * 4);
    expect(area(calls)).toBeLessThan(dashed * 2 + 4 * 4);
    expect(calls.every((c) => c[3] > 0 && c[4] > 0)).toBe(true);
  });

  it("a span's round ends: the edge's outside is rounded by the radius plus half the width, its inside by the radius less it; SVG's clamp applies", () => {
    const { calls, sink } = recorder();
    addFrame(sink, 0, 0, 40, 12, { widthPx: 2, dashPx: [], lineCap: "butt" }, 6);
    expect(calls.filter((c) => c[0] === "arc").map((c) => c[3])).toEqual([7, 7, 7, 7, 5, 5, 5, 5]);
    // Dashed, the pieces follow the rounded outline: quarter-ring sectors at the ends.
    const dashed = recorder();
    addFrame(dashed.sink, 0, 0, 40, 12, { widthPx: 2, dashPx: [4, 2.5], lineCap: "butt" }, 6);
    expect(dashed.calls.some((c) => c[0] === "arc" && c[3] === 7)).toBe(true);
    expect(dashed.calls.filter((c) => c[0] === "rect").every((c) => c[4] === 2)).toBe(true); // runs along top and bottom
    expect(cornerRadius(4, 12, 6)).toBe(2);
    expect(cornerRadius(40, 12, 0)).toBe(0);
  });

  it("a solid ring is two circles wound apart; a dashed one is sectors", () => {
    const solid = recorder();
    addRing(solid.sink, 50, 50, 6, { widthPx: 2, dashPx: [], lineCap: "butt" });
    expect(solid.calls.filter((c) => c[0] === "arc").map((c) => c[3])).toEqual([7, 5]);
    const dashed = recorder();
    addRing(dashed.sink, 50, 50, 6, { widthPx: 2, dashPx: [4, 2.5], lineCap: "butt" });
    expect(dashed.calls.filter((c) => c[0] === "closePath")).toHaveLength(dashIntervals(2 * Math.PI * 6, [4, 2.5]).length);
  });
});

describe("the band of rows the canvas covers", () => {
  it("is what is on screen, in chart pixels, widened to whole steps and clipped to the chart", () => {
    // The chart starts 300 px down an 800 px screen: its first 500 rows show.
    expect(visibleBand(300, 1, 2000, 800)).toEqual({ topPx: 0, bottomPx: 500 });
    expect(bandToDraw({ topPx: 0, bottomPx: 500 }, 2000)).toEqual({ topPx: 0, bottomPx: 512 });
    // Scrolled 1,000 px past its top, at twice the size (a presentation's scale).
    expect(visibleBand(-1000, 2, 2000, 800)).toEqual({ topPx: 500, bottomPx: 900 });
    expect(bandToDraw({ topPx: 500, bottomPx: 900 }, 2000)).toEqual({ topPx: 448, bottomPx: 960 });
    expect(bandToDraw({ topPx: 1900, bottomPx: 2000 }, 2000)).toEqual({ topPx: 1856, bottomPx: 2000 });
  });

  it("is empty for a chart scrolled off screen, and asks for a redraw only when the screen leaves it", () => {
    expect(visibleBand(-5000, 1, 2000, 800)).toEqual({ topPx: 2000, bottomPx: 2000 });
    expect(visibleBand(900, 1, 2000, 800)).toEqual({ topPx: 0, bottomPx: 0 });
    expect(bandCovers({ topPx: 0, bottomPx: 512 }, { topPx: 10, bottomPx: 500 })).toBe(true);
    expect(bandCovers({ topPx: 0, bottomPx: 512 }, { topPx: 10, bottomPx: 520 })).toBe(false);
    expect(bandCovers(undefined, { topPx: 0, bottomPx: 0 })).toBe(false);
  });

  it("draws at the screen's density, but never a canvas too big to draw", () => {
    expect(canvasPixelRatio(2, 1, 1216, 800)).toBe(2);
    expect(canvasPixelRatio(1, 1.5, 1216, 800)).toBe(1.5);
    const ratio = canvasPixelRatio(3, 4, 4000, 4000);
    expect(4000 * ratio * 4000 * ratio).toBeLessThanOrEqual(16_000_000 + 1);
  });
});

describe("reading a look from the stylesheet", () => {
  const styles = (values: Record<string, string>) => ({ getPropertyValue: (p: string) => values[p] ?? "" });

  it("takes paint, widths and dashes as the computed style gives them", () => {
    const look = batchedLookFrom(
      styles({ opacity: "0.3", "--c": " #0072b2" }),
      styles({ fill: "rgb(255, 255, 255)", stroke: "rgb(0, 82, 130)", "stroke-width": "2.5px", "stroke-dasharray": "4px, 2.5px", "stroke-linecap": "round", "fill-opacity": "1" }),
    );
    expect(look).toMatchObject({ opacity: 0.3, fill: "rgb(255, 255, 255)", stroke: "rgb(0, 82, 130)", strokeWidthPx: 2.5, dashPx: [4, 2.5], lineCap: "round", paintColour: "#0072b2" });
  });

  it("reads a url() fill as the hatch or the soft band, 'none' as no paint, and a hidden group as not drawn", () => {
    const look = batchedLookFrom(styles({ display: "none" }), styles({ fill: 'url("#hatch-2")', stroke: "none" }), styles({ stroke: "rgb(26, 26, 26)", "stroke-width": "3px" }));
    expect(look.fill).toBeUndefined();
    expect(look.paintServer).toBe("hatch");
    expect(batchedLookFrom(styles({}), styles({ fill: 'url("http://x/#soft-4")' })).paintServer).toBe("soft");
    expect(look.stroke).toBeUndefined();
    expect(look.opacity).toBe(0);
    expect(look.deadline).toEqual({ stroke: "rgb(26, 26, 26)", widthPx: 3 });
    expect(parseDashArray("none")).toEqual([]);
    expect(parseDashArray("0px, 0px")).toEqual([]);
    expect(parseDashArray("1.5 2.5")).toEqual([1.5, 2.5]);
  });

  it("makes a canvas font of the label's style, and takes a match's colour and underline", () => {
    const label = styles({ "font-style": "italic", "font-weight": "400", "font-size": "13px", "font-family": 'system-ui, "Segoe UI", sans-serif', fill: "rgb(26, 26, 26)" });
    expect(labelLookFrom(label, styles({ fill: "rgb(11, 92, 173)", "text-decoration-line": "underline" }))).toEqual({
      font: 'italic 13px system-ui, "Segoe UI", sans-serif',
      fill: "rgb(26, 26, 26)",
      hitFill: "rgb(11, 92, 173)",
      hitUnderline: true,
    });
    expect(batchedLookFrom(styles({}), styles({}), undefined, undefined, styles({ display: "none" })).label).toBeUndefined();
  });
});

describe("finding a painted mark under the pointer", () => {
  it("counts its drawn label as part of it, as an element's hit area does", () => {
    const marks = [{ shape: "point" as const, x0Px: 100, x1Px: 100, yPx: 50, label: "Talks in Hanoi", labelHidden: false, labelXPx: 113, labelWidthPx: 90 }];
    expect(markAt(marks, 180, 48)).toBe(marks[0]);
    expect(markAt(marks, 230, 48)).toBeUndefined();
    expect(markAt([{ ...marks[0], labelHidden: true }], 180, 48)).toBeUndefined();
  });
});

describe("painting batched marks", () => {
  const mark = (id: string, shape: BatchedMark["shape"], x0Px: number, x1Px: number, yPx: number, label = ""): BatchedMark => ({
    event: { id, status: "happened" },
    shape,
    x0Px,
    x1Px,
    yPx,
    label,
    labelHidden: label === "",
    labelXPx: x1Px + 13,
    labelWidthPx: label.length * 7,
  });
  const look: BatchedLook = { opacity: 1, fill: "red", fillOpacity: 1, stroke: "blue", strokeWidthPx: 2, strokeOpacity: 1, dashPx: [], lineCap: "butt" };
  /** A canvas context that counts what it was asked to fill. */
  function fakeContext() {
    const fills: { style: unknown; alpha: number; shapes: number }[] = [];
    const texts: { text: string; x: number; y: number; style: unknown; font: string }[] = [];
    const underlines: number[][] = [];
    let shapes = 0;
    const ctx = {
      font: "",
      textAlign: "",
      textBaseline: "",
      fillText(text: string, x: number, y: number) {
        texts.push({ text, x, y, style: this.fillStyle, font: this.font });
      },
      measureText: (text: string) => ({ width: text.length * 7 }),
      fillRect: (...a: number[]) => void underlines.push(a),
      globalAlpha: 1,
      fillStyle: "" as unknown,
      beginPath: () => void (shapes = 0),
      moveTo: () => {},
      lineTo: () => {},
      closePath: () => {},
      arc: () => void shapes++,
      rect: () => void shapes++,
      fill() {
        fills.push({ style: this.fillStyle, alpha: this.globalAlpha, shapes });
      },
    };
    return { ctx: ctx as unknown as CanvasRenderingContext2D, fills, texts, underlines };
  }

  it("draws an opaque mark with a solid edge as two shapes: grown in the edge's colour, shrunk in the fill's; skips rows outside the band", () => {
    const groups = groupBatchedMarks([mark("a", "point", 10, 10, 50), mark("b", "point", 40, 40, 50), mark("c", "point", 70, 70, 900)], () => 0);
    const { ctx, fills } = fakeContext();
    drawBatchedGroups(ctx, groups, () => look, { band: { topPx: 0, bottomPx: 512 }, hatchFor: () => null });
    expect(fills.map((f) => [f.style, f.shapes])).toEqual([
      ["blue", 2],
      ["red", 2],
    ]);
  });

  it("draws a see-through or dashed mark as its fill, then its edge as a band over it", () => {
    const groups = groupBatchedMarks([mark("a", "point", 10, 10, 50), mark("b", "point", 40, 40, 50)], () => 0);
    for (const variant of [{ opacity: 0.3 }, { dashPx: [4, 2.5] }, { fillOpacity: 0.5 }]) {
      const { ctx, fills } = fakeContext();
      drawBatchedGroups(ctx, groups, () => ({ ...look, ...variant }), { band: { topPx: 0, bottomPx: 512 }, hatchFor: () => null });
      expect(fills.map((f) => f.style)).toEqual(["red", "blue"]);
    }
  });

  it("draws a presentation's faint marks at their opacity, and a window without a pattern as a wash", () => {
    const groups = groupBatchedMarks([mark("w", "deadline", 10, 60, 50)], () => 3);
    const { ctx, fills } = fakeContext();
    drawBatchedGroups(ctx, groups, () => ({ ...look, opacity: 0.3, fill: undefined, paintServer: "hatch", paintColour: "green", stroke: undefined, deadline: { stroke: "black", widthPx: 3 } }), { band: { topPx: 0, bottomPx: 100 }, hatchFor: () => null });
    expect(fills.map((f) => f.style)).toEqual(["green", "black"]);
    expect(fills[0].alpha).toBeCloseTo(0.3 * 0.3);
    expect(fills[1].alpha).toBeCloseTo(0.3);
  });

  const labelLook = { font: "italic 13px system-ui", fill: "ink", hitFill: "accent", hitUnderline: true };

  it("writes each drawn label where its element would, and none for a mark whose label is hidden", () => {
    const groups = groupBatchedMarks([mark("a", "point", 10, 10, 50, "Talks"), mark("b", "span", 40, 90, 84, "Long visit"), mark("c", "point", 200, 200, 50)], () => 0);
    const { ctx, texts } = fakeContext();
    drawBatchedGroups(ctx, groups, () => ({ ...look, label: labelLook }), { band: { topPx: 0, bottomPx: 512 } , hatchFor: () => null });
    expect(texts.map((t) => [t.text, t.x, t.y, t.font])).toEqual([
      ["Talks", 23, 50 + 13 * 0.35, "italic 13px system-ui"], // beside a point, on its centre line
      ["Long visit", 103, 84 - 10, "italic 13px system-ui"], // above a bar
    ]);
  });

  it("colours and underlines a search's matches, as the elements' tspans do", () => {
    const groups = groupBatchedMarks([mark("a", "point", 10, 10, 50, "Summit in Hanoi")], () => 0);
    const { ctx, texts, underlines } = fakeContext();
    drawBatchedGroups(ctx, groups, () => ({ ...look, label: labelLook }), { band: { topPx: 0, bottomPx: 512 }, hatchFor: () => null, query: "hanoi" });
    expect(texts.map((t) => [t.text, t.x, t.style])).toEqual([
      ["Summit in ", 23, "ink"],
      ["Hanoi", 23 + 10 * 7, "accent"],
    ]);
    expect(underlines).toHaveLength(1);
    expect(underlines[0][0]).toBe(23 + 70);
  });

  it("fades each wide soft band in its own gradient, and fills narrow ones flat at the gradient's mean", () => {
    const groups = groupBatchedMarks([mark("wide", "fuzzy", 10, 110, 50), mark("narrow", "fuzzy", 200, 205, 50)], () => 0);
    const gradients: { x0: number; x1: number; stops: [number, string][] }[] = [];
    const { ctx, fills } = fakeContext();
    const rects: number[][] = [];
    Object.assign(ctx, {
      createLinearGradient: (x0: number, _y0: number, x1: number) => {
        const g = { x0, x1, stops: [] as [number, string][], addColorStop: (o: number, c: string) => g.stops.push([o, c]) };
        gradients.push(g);
        return g;
      },
      fillRect: (...a: number[]) => void rects.push(a),
    });
    drawBatchedGroups(ctx, groups, () => ({ ...look, fill: undefined, paintServer: "soft", paintColour: "#0072b2", stroke: undefined }), { band: { topPx: 0, bottomPx: 512 }, hatchFor: () => null });
    expect(gradients).toHaveLength(1);
    expect([gradients[0].x0, gradients[0].x1]).toEqual([10, 110]);
    expect(gradients[0].stops.map(([, c]) => c)).toEqual(["rgba(0, 114, 178, 0.08)", "rgba(0, 114, 178, 0.5)", "rgba(0, 114, 178, 0.5)", "rgba(0, 114, 178, 0.08)"]);
    expect(rects).toEqual([[10, 48, 100, 12]]);
    expect(fills).toHaveLength(1);
    expect(fills[0].alpha).toBeCloseTo(0.395);
    expect(parseRgb("#07b")).toEqual([0, 119, 187]);
    expect(parseRgb("rgb(12, 34, 56)")).toEqual([12, 34, 56]);
    expect(parseRgb("color(display-p3 1 0 0)")).toBeUndefined();
  });

  it("writes no labels for a look without them (a presentation's steps to come)", () => {
    const groups = groupBatchedMarks([mark("a", "point", 10, 10, 50, "Talks")], () => 0);
    const { ctx, texts } = fakeContext();
    drawBatchedGroups(ctx, groups, () => look, { band: { topPx: 0, bottomPx: 512 }, hatchFor: () => null });
    expect(texts).toEqual([]);
  });
});
