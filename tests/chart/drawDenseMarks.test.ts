import { describe, expect, it } from "vitest";
import { addFrame, addRing, dashIntervals, type PathSink } from "../../src/chart/outlinePaths";
import { bandCovers, bandToDraw, canvasPixelRatio, drawDenseGroups, visibleBand, type DenseLook } from "../../src/chart/drawDenseMarks";
import { denseLookFrom, parseDashArray } from "../../src/chart/readDenseLook";
import { groupDenseMarks, type DenseMark } from "../../src/chart/densePaths";

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
  it("a solid frame covers exactly the band a stroke of that width would, without overlaps", () => {
    const { calls, sink } = recorder();
    addFrame(sink, 10, 20, 30, 12, { widthPx: 2, dashPx: [], lineCap: "butt" });
    // Outer 32 × 14 minus inner 28 × 10.
    expect(area(calls)).toBeCloseTo(32 * 14 - 28 * 10);
    expect(calls[0]).toEqual(["rect", 9, 19, 32, 2]);
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

  it("a solid ring is two circles wound apart; a dashed one is sectors", () => {
    const solid = recorder();
    addRing(solid.sink, 50, 50, 6, { widthPx: 2, dashPx: [], lineCap: "butt" });
    const arcs = solid.calls.filter((c) => c[0] === "arc");
    expect(arcs.map((c) => c[3])).toEqual([7, 5]);
    expect(arcs[1][4]).toBeGreaterThan(arcs[1][5]);
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
    const look = denseLookFrom(
      styles({ opacity: "0.3", "--c": " #0072b2" }),
      styles({ fill: "rgb(255, 255, 255)", stroke: "rgb(0, 82, 130)", "stroke-width": "2.5px", "stroke-dasharray": "4px, 2.5px", "stroke-linecap": "round", "fill-opacity": "1" }),
    );
    expect(look).toMatchObject({ opacity: 0.3, fill: "rgb(255, 255, 255)", stroke: "rgb(0, 82, 130)", strokeWidthPx: 2.5, dashPx: [4, 2.5], lineCap: "round", hatchColour: "#0072b2" });
  });

  it("reads a url() fill as the hatch, 'none' as no paint, and a hidden group as not drawn", () => {
    const look = denseLookFrom(styles({ display: "none" }), styles({ fill: 'url("#hatch-2")', stroke: "none" }), styles({ stroke: "rgb(26, 26, 26)", "stroke-width": "3px" }));
    expect(look.fill).toBe("hatch");
    expect(look.stroke).toBeUndefined();
    expect(look.opacity).toBe(0);
    expect(look.deadline).toEqual({ stroke: "rgb(26, 26, 26)", widthPx: 3 });
    expect(parseDashArray("none")).toEqual([]);
    expect(parseDashArray("0px, 0px")).toEqual([]);
    expect(parseDashArray("1.5 2.5")).toEqual([1.5, 2.5]);
  });
});

describe("painting batched marks", () => {
  const mark = (id: string, shape: DenseMark["shape"], x0Px: number, x1Px: number, yPx: number): DenseMark => ({ event: { id, status: "happened" }, shape, x0Px, x1Px, yPx });
  const look: DenseLook = { opacity: 1, fill: "red", fillOpacity: 1, stroke: "blue", strokeWidthPx: 2, strokeOpacity: 1, dashPx: [], lineCap: "butt" };
  /** A canvas context that counts what it was asked to fill. */
  function fakeContext() {
    const fills: { style: unknown; alpha: number; shapes: number }[] = [];
    let shapes = 0;
    const ctx = {
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
    return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
  }

  it("fills each group's shapes, then its edges, and skips rows outside the band", () => {
    const groups = groupDenseMarks([mark("a", "point", 10, 10, 50), mark("b", "point", 40, 40, 50), mark("c", "point", 70, 70, 900)], () => 0);
    const { ctx, fills } = fakeContext();
    drawDenseGroups(ctx, groups, () => look, { topPx: 0, bottomPx: 512 }, () => null);
    expect(fills.map((f) => [f.style, f.shapes])).toEqual([
      ["red", 2],
      ["blue", 4], // two circles a ring
    ]);
  });

  it("draws a presentation's faint marks at their opacity, and a window without a pattern as a wash", () => {
    const groups = groupDenseMarks([mark("w", "deadline", 10, 60, 50)], () => 3);
    const { ctx, fills } = fakeContext();
    drawDenseGroups(ctx, groups, () => ({ ...look, opacity: 0.3, fill: "hatch", hatchColour: "green", stroke: undefined, deadline: { stroke: "black", widthPx: 3 } }), { topPx: 0, bottomPx: 100 }, () => null);
    expect(fills.map((f) => f.style)).toEqual(["green", "black"]);
    expect(fills[0].alpha).toBeCloseTo(0.3 * 0.3);
    expect(fills[1].alpha).toBeCloseTo(0.3);
  });
});
