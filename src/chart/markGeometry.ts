import type { PlacedEvent } from "../layout/types";
import { POINT_RADIUS_PX, markLeftPx, markRightPx } from "../layout/layoutTimeline";
import { LABEL_FONT_PX } from "./labelFont";

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
