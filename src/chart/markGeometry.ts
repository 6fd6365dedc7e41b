import type { PlacedEvent } from "../layout/types";
import { POINT_RADIUS_PX, markLeftPx, markRightPx } from "../layout/layoutTimeline";

/** Height of a bar, band or window; points are circles of POINT_RADIUS_PX. */
export const BAR_HEIGHT_PX = 12;

/** Where a mark's shape sits vertically: a point on its row's centre, a bar a little below (its label goes above). */
export function shapeCentreY(mark: Pick<PlacedEvent, "shape" | "yPx">): number {
  return mark.shape === "point" ? mark.yPx : mark.yPx + 4;
}

/** The mark whose shape is under (or within `slopPx` of) a point, nearest first; undefined when none is. */
export function markAt<M extends Pick<PlacedEvent, "shape" | "x0Px" | "x1Px" | "yPx">>(marks: readonly M[], xPx: number, yPx: number, slopPx = 3): M | undefined {
  let best: M | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const mark of marks) {
    const centreY = shapeCentreY(mark);
    const halfHeight = mark.shape === "point" ? POINT_RADIUS_PX : BAR_HEIGHT_PX / 2;
    if (Math.abs(yPx - centreY) > halfHeight + slopPx) continue;
    const left = markLeftPx(mark.shape, mark.x0Px);
    const right = markRightPx(mark.shape, mark.x0Px, mark.x1Px);
    if (xPx < left - slopPx || xPx > right + slopPx) continue;
    // Among overlapping hits (a point on a long bar), the one whose centre is nearest wins.
    const distance = Math.abs(xPx - (left + right) / 2) + Math.abs(yPx - centreY);
    if (distance < bestDistance) {
      best = mark;
      bestDistance = distance;
    }
  }
  return best;
}
