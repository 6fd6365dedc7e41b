import { ARROW_HALF_HEIGHT_PX, ARROW_LENGTH_PX, DENSE_POINT_RADIUS_PX, denseBar, denseDeadline, type DenseGroup, type DenseMark } from "./densePaths";
import { addFrame, addRing } from "./outlinePaths";
import { shapeCentreY } from "./markGeometry";

/**
 * How one group of batched marks looks, as the page's CSS says (read from the group's style probe
 * in DenseMarks): the canvas paints what an SVG path with the same classes would, in every theme.
 */
export interface DenseLook {
  /** The group's opacity: a presentation's steps still to come are faint. */
  opacity: number;
  /** A colour, "hatch" for a deadline's window of possible days, or undefined for no fill. */
  fill?: string;
  fillOpacity: number;
  /** The colour a hatch is drawn in (the category's). */
  hatchColour?: string;
  stroke?: string;
  strokeWidthPx: number;
  strokeOpacity: number;
  dashPx: number[];
  lineCap: CanvasLineCap;
  /** A deadline's heavy line. */
  deadline?: { stroke: string; widthPx: number };
  arrowFill?: string;
}

/** The rows of the chart the canvas covers, in chart pixels (top included, bottom excluded). */
export interface Band {
  topPx: number;
  bottomPx: number;
}

/** A window drawn without its hatch (no pattern to be had) is a faint wash of its colour. */
const FLAT_HATCH_OPACITY = 0.3;

/** Marks reach this far above and below their row's centre (a deadline's line is the tallest part). */
const MARK_REACH_PX = 14;

/**
 * Paint batched marks onto a canvas whose transform maps chart pixels to its own. Marks outside
 * `band` are skipped. Everything is a fill, edges included (see outlinePaths). `hatchFor` makes
 * (or reuses) the pattern for a colour; null draws the window as a faint wash of it.
 */
export function drawDenseGroups(
  ctx: CanvasRenderingContext2D,
  groups: readonly DenseGroup[],
  lookOf: (group: DenseGroup, index: number) => DenseLook,
  band: Band,
  hatchFor: (colour: string) => CanvasPattern | null,
): void {
  const inBand = (mark: DenseMark) => {
    const y = shapeCentreY(mark);
    return y + MARK_REACH_PX >= band.topPx && y - MARK_REACH_PX < band.bottomPx;
  };
  groups.forEach((group, index) => {
    const look = lookOf(group, index);
    if (look.opacity <= 0) return;
    const marks = group.marks.filter(inBand);
    if (marks.length === 0) return;
    const isPoint = group.shape === "point";
    if (look.fill !== undefined && look.fillOpacity > 0) {
      ctx.beginPath();
      for (const mark of marks) {
        if (isPoint) {
          ctx.moveTo(mark.x0Px + DENSE_POINT_RADIUS_PX, shapeCentreY(mark));
          ctx.arc(mark.x0Px, shapeCentreY(mark), DENSE_POINT_RADIUS_PX, 0, 2 * Math.PI);
        } else {
          const bar = denseBar(mark);
          ctx.rect(bar.xPx, bar.yPx, bar.widthPx, bar.heightPx);
        }
      }
      let alpha = look.fillOpacity;
      if (look.fill === "hatch") {
        const colour = look.hatchColour ?? "gray";
        const hatch = hatchFor(colour);
        ctx.fillStyle = hatch ?? colour;
        if (!hatch) alpha *= FLAT_HATCH_OPACITY;
      } else {
        ctx.fillStyle = look.fill;
      }
      ctx.globalAlpha = look.opacity * alpha;
      ctx.fill();
    }
    if (look.stroke !== undefined && look.strokeWidthPx > 0 && look.strokeOpacity > 0) {
      const outline = { widthPx: look.strokeWidthPx, dashPx: look.dashPx, lineCap: look.lineCap };
      ctx.beginPath();
      for (const mark of marks) {
        if (isPoint) {
          addRing(ctx, mark.x0Px, shapeCentreY(mark), DENSE_POINT_RADIUS_PX, outline);
        } else {
          const bar = denseBar(mark);
          addFrame(ctx, bar.xPx, bar.yPx, bar.widthPx, bar.heightPx, outline);
        }
      }
      ctx.fillStyle = look.stroke;
      ctx.globalAlpha = look.opacity * look.strokeOpacity;
      ctx.fill();
    }
    ctx.globalAlpha = look.opacity;
    if (group.hasDeadlines && look.deadline) {
      const half = look.deadline.widthPx / 2;
      ctx.beginPath();
      for (const mark of marks) {
        const line = denseDeadline(mark);
        ctx.rect(line.xPx - half, line.y0Px, look.deadline.widthPx, line.y1Px - line.y0Px);
      }
      ctx.fillStyle = look.deadline.stroke;
      ctx.fill();
    }
    if (group.hasArrows && look.arrowFill) {
      ctx.beginPath();
      for (const mark of marks) {
        const y = shapeCentreY(mark);
        ctx.moveTo(mark.x1Px, y - ARROW_HALF_HEIGHT_PX);
        ctx.lineTo(mark.x1Px + ARROW_LENGTH_PX, y);
        ctx.lineTo(mark.x1Px, y + ARROW_HALF_HEIGHT_PX);
        ctx.closePath();
      }
      ctx.fillStyle = look.arrowFill;
      ctx.fill();
    }
  });
  ctx.globalAlpha = 1;
}

/** Band edges snap to this, so a small scroll keeps the canvas and its size. */
const BAND_STEP_PX = 64;

/**
 * The part of the chart on screen, in chart pixels: `chartTopPx` is where the chart's top is in the
 * viewport (negative once scrolled past) and `scale` how many screen pixels a chart pixel takes.
 */
export function visibleBand(chartTopPx: number, scale: number, chartHeightPx: number, viewportHeightPx: number): Band {
  const s = scale > 0 ? scale : 1;
  const topPx = Math.min(chartHeightPx, Math.max(0, -chartTopPx / s));
  const bottomPx = Math.max(topPx, Math.min(chartHeightPx, (viewportHeightPx - chartTopPx) / s));
  return { topPx, bottomPx };
}

/**
 * The rows to draw: the visible ones, widened to BAND_STEP_PX steps. The canvas's size is what a
 * frame costs without a GPU (clearing and handing over a 1216 × 1200 canvas took 3 ms before a
 * mark was drawn), so it covers the screen rather than the whole chart, and moves as the page
 * scrolls (issue 8).
 */
export function bandToDraw(visible: Band, chartHeightPx: number): Band {
  const topPx = Math.max(0, Math.floor(visible.topPx / BAND_STEP_PX) * BAND_STEP_PX);
  const bottomPx = Math.min(chartHeightPx, Math.ceil(visible.bottomPx / BAND_STEP_PX) * BAND_STEP_PX);
  return { topPx, bottomPx: Math.max(topPx, bottomPx) };
}

/** Whether what was drawn still covers what is visible. */
export function bandCovers(drawn: Band | undefined, visible: Band): boolean {
  return drawn !== undefined && drawn.topPx <= visible.topPx && drawn.bottomPx >= visible.bottomPx;
}

/** Browsers refuse (or silently blank) canvases beyond about this many pixels. */
const MAX_CANVAS_PIXELS = 16_000_000;

/** Device pixels per chart pixel: the screen's density times the chart's scale, capped so the canvas stays drawable. */
export function canvasPixelRatio(devicePixelRatio: number, scale: number, widthPx: number, heightPx: number): number {
  const wanted = Math.max(devicePixelRatio || 1, 0.1) * (scale > 0 ? scale : 1);
  const area = Math.max(1, widthPx * heightPx);
  return Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / area));
}
