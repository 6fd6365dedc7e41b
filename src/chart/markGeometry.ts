/**
 * How a mark is drawn, in chart pixels: the one description the SVG mark (EventMark), the canvas
 * layer (canvas/drawBatchedMarks), hit-testing and the still picture all draw from.
 */
import type { PlacedEvent } from "../layout/types";
import { MIN_BAR_WIDTH_PX, POINT_RADIUS_PX, markLeftPx, markRightPx } from "../layout/layoutTimeline";
import { LABEL_FONT_PX } from "./labelFont";

type Geometry = Pick<PlacedEvent, "shape" | "x0Px" | "x1Px" | "yPx">;

/** Height of a bar, band or window; points are circles of POINT_RADIUS_PX. */
export const BAR_HEIGHT_PX = 12;
/** A span's bar has round ends; bands and windows are square (SVG clamps this to half a narrow bar's width). */
export const SPAN_CORNER_PX = BAR_HEIGHT_PX / 2;
/** The corner radius a shape's bar is drawn with. */
export const barCornerPx = (shape: PlacedEvent["shape"]) => (shape === "span" ? SPAN_CORNER_PX : 0);

/** Where a mark's shape sits vertically: a point on its row's centre, a bar a little below (its label goes above). */
export function shapeCentreY(mark: Pick<PlacedEvent, "shape" | "yPx">): number {
  return mark.shape === "point" ? mark.yPx : mark.yPx + 4;
}

/** A point is a circle one pixel inside the point's radius (the rest is room for its edge). */
export const POINT_SHAPE_RADIUS_PX = POINT_RADIUS_PX - 1;

/** A bar, band or window: BAR_HEIGHT_PX high around shapeCentreY, never under MIN_BAR_WIDTH_PX wide. */
export function barOf(mark: Geometry): { xPx: number; yPx: number; widthPx: number; heightPx: number } {
  return { xPx: mark.x0Px, yPx: shapeCentreY(mark) - BAR_HEIGHT_PX / 2, widthPx: Math.max(mark.x1Px - mark.x0Px, MIN_BAR_WIDTH_PX), heightPx: BAR_HEIGHT_PX };
}

/** A deadline's heavy line: at the window's end, twice the bar's height, centred on it. */
export function deadlineOf(mark: Geometry): { xPx: number; y0Px: number; y1Px: number } {
  const y = shapeCentreY(mark);
  return { xPx: mark.x1Px, y0Px: y - BAR_HEIGHT_PX, y1Px: y + BAR_HEIGHT_PX };
}

/** The arrow an ongoing span ends in: its back edge at the end, its tip 9 px on. */
export const ARROW_LENGTH_PX = 9;
export const ARROW_HALF_HEIGHT_PX = 8;
/** The arrow's three corners: top of its back edge, tip, bottom of its back edge. */
export function arrowOf(mark: Geometry): [number, number][] {
  const y = shapeCentreY(mark);
  return [
    [mark.x1Px, y - ARROW_HALF_HEIGHT_PX],
    [mark.x1Px + ARROW_LENGTH_PX, y],
    [mark.x1Px, y + ARROW_HALF_HEIGHT_PX],
  ];
}

/** Where a mark's label sits: beside a point, on its centre line; above a bar, band or window. The y of its baseline. */
export function labelBaselineY(mark: Pick<PlacedEvent, "shape" | "yPx">): number {
  return mark.shape === "point" ? mark.yPx + LABEL_FONT_PX * 0.35 : mark.yPx - BAR_HEIGHT_PX / 2 - 4;
}

/** The mark whose shape (or drawn label) is under (or within `slopPx` of) a point, nearest first; undefined when none is. */
export function markAt<M extends Pick<PlacedEvent, "shape" | "x0Px" | "x1Px" | "yPx"> & Partial<Pick<PlacedEvent, "label" | "labelHidden" | "labelXPx" | "labelWidthPx">>>(
  marks: readonly M[],
  xPx: number,
  yPx: number,
  slopPx = 3,
): M | undefined {
  let best: M | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const consider = (mark: M, left: number, right: number, top: number, bottom: number) => {
    if (xPx < left - slopPx || xPx > right + slopPx || yPx < top - slopPx || yPx > bottom + slopPx) return;
    // Among overlapping hits (a point on a long bar), the one whose centre is nearest wins.
    const distance = Math.abs(xPx - (left + right) / 2) + Math.abs(yPx - (top + bottom) / 2);
    if (distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  };
  for (const mark of marks) {
    const centreY = shapeCentreY(mark);
    const halfHeight = mark.shape === "point" ? POINT_RADIUS_PX : BAR_HEIGHT_PX / 2;
    consider(mark, markLeftPx(mark.shape, mark.x0Px), markRightPx(mark.shape, mark.x0Px, mark.x1Px), centreY - halfHeight, centreY + halfHeight);
    // A drawn label is part of its mark, as the element's hit area makes it: from the cap height to the baseline.
    if (mark.label && !mark.labelHidden && mark.labelXPx !== undefined && mark.labelWidthPx) {
      const baseline = labelBaselineY(mark);
      consider(mark, mark.labelXPx, mark.labelXPx + mark.labelWidthPx, baseline - LABEL_FONT_PX * 0.8, baseline + 2);
    }
  }
  return best;
}
