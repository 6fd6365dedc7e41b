import { matchRanges } from "../../domain/filterEvents";
import { hasDrawnLabel, type BatchedGroup, type BatchedMark } from "./batchedGroups";
import { addFrame, addRing, addRoundedRect, cornerRadius, outlineFillRule } from "./outlinePaths";
import { POINT_SHAPE_RADIUS_PX, arrowOf, barCornerPx, barOf, deadlineOf, labelBaselineY, shapeCentreY } from "../markGeometry";

/**
 * How one group of batched marks looks, as the page's CSS says (read from the group's style probe
 * in BatchedMarks): the canvas paints what an SVG path with the same classes would, in every theme.
 */
export interface BatchedLook {
  /** The group's opacity: a presentation's steps still to come are faint. */
  opacity: number;
  /** A colour, or undefined for none (or for a paint server). */
  fill?: string;
  fillOpacity: number;
  /** A paint server instead of a colour: the hatch of a deadline's window, the soft band of "some day in this month". */
  paintServer?: "hatch" | "soft";
  /** The colour a paint server is drawn in (the category's). */
  paintColour?: string;
  stroke?: string;
  strokeWidthPx: number;
  strokeOpacity: number;
  dashPx: number[];
  lineCap: CanvasLineCap;
  /** A deadline's heavy line. */
  deadline?: { stroke: string; widthPx: number };
  arrowFill?: string;
  /** How labels are drawn; undefined where they are not (a presentation hides the labels of steps to come). */
  label?: LabelLook;
}

/** A label's look: a canvas font, its colour, and how a search's matches in it stand out. */
export interface LabelLook {
  font: string;
  fill: string;
  hitFill: string;
  hitUnderline: boolean;
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
export function drawBatchedGroups(
  ctx: CanvasRenderingContext2D,
  groups: readonly BatchedGroup[],
  lookOf: (group: BatchedGroup, index: number) => BatchedLook,
  { band, hatchFor, query = "" }: { band: Band; hatchFor: (colour: string) => CanvasPattern | null; query?: string },
): void {
  const inBand = (mark: BatchedMark) => {
    const y = shapeCentreY(mark);
    return y + MARK_REACH_PX >= band.topPx && y - MARK_REACH_PX < band.bottomPx;
  };
  groups.forEach((group, index) => {
    const look = lookOf(group, index);
    if (look.opacity <= 0) return;
    const marks = group.marks.filter(inBand);
    if (marks.length === 0) return;
    const isPoint = group.shape === "point";
    const cornerPx = barCornerPx(group.shape);
    const addShape = (mark: BatchedMark) => {
      if (isPoint) {
        ctx.moveTo(mark.x0Px + POINT_SHAPE_RADIUS_PX, shapeCentreY(mark));
        ctx.arc(mark.x0Px, shapeCentreY(mark), POINT_SHAPE_RADIUS_PX, 0, 2 * Math.PI);
      } else {
        const bar = barOf(mark);
        addRoundedRect(ctx, bar.xPx, bar.yPx, bar.widthPx, bar.heightPx, cornerPx);
      }
    };
    const outline = { widthPx: look.strokeWidthPx, dashPx: look.dashPx, lineCap: look.lineCap };
    const hasEdge = look.stroke !== undefined && look.strokeWidthPx > 0 && look.strokeOpacity > 0;
    // Most marks are one opaque colour inside an opaque solid edge: the shape grown by half the edge
    // in the edge's colour, then shrunk by as much in the fill's: two shapes a mark, not three.
    const twoTone = hasEdge && look.opacity === 1 && look.fill !== undefined && look.paintServer === undefined && look.fillOpacity === 1 && look.strokeOpacity === 1 && look.dashPx.length === 0;
    if (twoTone) {
      const half = look.strokeWidthPx / 2;
      ctx.globalAlpha = 1;
      for (const [inset, colour] of [
        [-half, look.stroke!],
        [half, look.fill!],
      ] as const) {
        ctx.beginPath();
        for (const mark of marks) {
          if (isPoint) {
            const r = POINT_SHAPE_RADIUS_PX - inset;
            if (r <= 0) continue;
            ctx.moveTo(mark.x0Px + r, shapeCentreY(mark));
            ctx.arc(mark.x0Px, shapeCentreY(mark), r, 0, 2 * Math.PI);
          } else {
            const bar = barOf(mark);
            if (bar.widthPx <= 2 * inset || bar.heightPx <= 2 * inset) continue;
            const corner = cornerRadius(bar.widthPx, bar.heightPx, cornerPx);
            addRoundedRect(ctx, bar.xPx + inset, bar.yPx + inset, bar.widthPx - 2 * inset, bar.heightPx - 2 * inset, corner === 0 ? 0 : Math.max(0, corner - inset));
          }
        }
        ctx.fillStyle = colour;
        ctx.fill();
      }
    }
    if (!twoTone && (look.fill !== undefined || look.paintServer !== undefined) && look.fillOpacity > 0) {
      ctx.globalAlpha = look.opacity * look.fillOpacity;
      if (look.paintServer === "soft") {
        drawSoftBands(ctx, marks, look.paintColour ?? "gray");
      } else {
        ctx.beginPath();
        for (const mark of marks) addShape(mark);
        if (look.paintServer === "hatch") {
          const colour = look.paintColour ?? "gray";
          const hatch = hatchFor(colour);
          ctx.fillStyle = hatch ?? colour;
          if (!hatch) ctx.globalAlpha *= FLAT_HATCH_OPACITY;
        } else {
          ctx.fillStyle = look.fill!;
        }
        ctx.fill();
      }
    }
    if (!twoTone && hasEdge) {
      ctx.beginPath();
      for (const mark of marks) {
        if (isPoint) {
          addRing(ctx, mark.x0Px, shapeCentreY(mark), POINT_SHAPE_RADIUS_PX, outline);
        } else {
          const bar = barOf(mark);
          addFrame(ctx, bar.xPx, bar.yPx, bar.widthPx, bar.heightPx, outline, cornerPx);
        }
      }
      ctx.fillStyle = look.stroke!;
      ctx.globalAlpha = look.opacity * look.strokeOpacity;
      ctx.fill(outlineFillRule(outline));
    }
    ctx.globalAlpha = look.opacity;
    if (group.hasDeadlines && look.deadline) {
      const half = look.deadline.widthPx / 2;
      ctx.beginPath();
      for (const mark of marks) {
        const line = deadlineOf(mark);
        ctx.rect(line.xPx - half, line.y0Px, look.deadline.widthPx, line.y1Px - line.y0Px);
      }
      ctx.fillStyle = look.deadline.stroke;
      ctx.fill();
    }
    if (group.hasArrows && look.arrowFill) {
      ctx.beginPath();
      for (const mark of marks) {
        const [back, tip, bottom] = arrowOf(mark);
        ctx.moveTo(...back);
        ctx.lineTo(...tip);
        ctx.lineTo(...bottom);
        ctx.closePath();
      }
      ctx.fillStyle = look.arrowFill;
      ctx.fill();
    }
    if (look.label) drawLabels(ctx, marks, look.label, query);
  });
  ctx.globalAlpha = 1;
}

/** The soft band's gradient (ChartDefs' soft-N): faint at both ends, half strength in the middle. */
const SOFT_STOPS: [number, number][] = [
  [0, 0.08],
  [0.25, 0.5],
  [0.75, 0.5],
  [1, 0.08],
];
/** The gradient's mean strength: what a band too narrow to show its fade is filled with. */
const SOFT_MEAN_OPACITY = 0.395;
/** Narrower than this, a band's fade cannot be seen, and one flat fill draws them all. */
const SOFT_GRADIENT_MIN_PX = 16;

/** "Some day in this month": each band fades at both ends, in its own gradient, as the element's does. */
function drawSoftBands(ctx: CanvasRenderingContext2D, marks: readonly BatchedMark[], colour: string): void {
  const rgb = parseRgb(colour);
  const narrow: BatchedMark[] = [];
  for (const mark of marks) {
    const bar = barOf(mark);
    if (bar.widthPx < SOFT_GRADIENT_MIN_PX || !rgb) {
      narrow.push(mark);
      continue;
    }
    const gradient = ctx.createLinearGradient(bar.xPx, 0, bar.xPx + bar.widthPx, 0);
    for (const [offset, alpha] of SOFT_STOPS) gradient.addColorStop(offset, `rgba(${rgb.join(", ")}, ${alpha})`);
    ctx.fillStyle = gradient;
    ctx.fillRect(bar.xPx, bar.yPx, bar.widthPx, bar.heightPx);
  }
  if (narrow.length === 0) return;
  ctx.beginPath();
  for (const mark of narrow) {
    const bar = barOf(mark);
    ctx.rect(bar.xPx, bar.yPx, bar.widthPx, bar.heightPx);
  }
  ctx.fillStyle = colour;
  ctx.globalAlpha *= SOFT_MEAN_OPACITY;
  ctx.fill();
  ctx.globalAlpha /= SOFT_MEAN_OPACITY;
}

/** "#0072b2", "#07b" or "rgb(0, 114, 178)" as [r, g, b]; undefined for anything else. */
export function parseRgb(colour: string): [number, number, number] | undefined {
  const text = colour.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d) : [hex[1].slice(0, 2), hex[1].slice(2, 4), hex[1].slice(4, 6)];
    return digits.map((d) => Number.parseInt(d, 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(text);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

/** Labels where the mark's element would put them, a search's matches coloured (and underlined) as `.hit` says. */
function drawLabels(ctx: CanvasRenderingContext2D, marks: readonly BatchedMark[], look: LabelLook, query: string): void {
  ctx.font = look.font;
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = look.fill;
  for (const mark of marks) {
    if (!hasDrawnLabel(mark)) continue;
    const y = labelBaselineY(mark);
    const ranges = query === "" ? [] : matchRanges(mark.label, query);
    if (ranges.length === 0) {
      ctx.fillText(mark.label, mark.labelXPx, y);
      continue;
    }
    let x = mark.labelXPx;
    let at = 0;
    const part = (end: number, isHit: boolean) => {
      if (end <= at) return;
      const text = mark.label.slice(at, end);
      ctx.fillStyle = isHit ? look.hitFill : look.fill;
      ctx.fillText(text, x, y);
      const widthPx = ctx.measureText(text).width;
      if (isHit && look.hitUnderline) ctx.fillRect(x, y + 1.5, widthPx, 1);
      x += widthPx;
      at = end;
    };
    for (const [start, end] of ranges) {
      part(start, false);
      part(end, true);
    }
    part(mark.label.length, false);
    ctx.fillStyle = look.fill;
  }
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
 * scrolls.
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
