import type { EventStatus } from "../../domain/types";
import { matchRanges } from "../../domain/filterEvents";
import type { MarkShape, PlacedEvent } from "../../layout/types";
import { MIN_BAR_WIDTH_PX, POINT_RADIUS_PX } from "../../layout/layoutTimeline";
import { BAR_HEIGHT_PX, barCornerPx, labelBaselineY, shapeCentreY } from "../markGeometry";
import { cornerRadius } from "./outlinePaths";

export type BatchedMark = Pick<PlacedEvent, "shape" | "x0Px" | "x1Px" | "yPx" | "label" | "labelHidden" | "labelXPx" | "labelWidthPx"> & {
  event: { id: string; status: EventStatus; category?: string };
};

/** A mark's label is drawn when it has one and there was room for it. */
export const hasDrawnLabel = (mark: BatchedMark) => !mark.labelHidden && mark.label !== "";

/** Batched marks that look alike: one shape, colour and status, muted or not. */
export interface BatchedGroup {
  key: string;
  shape: MarkShape;
  status: EventStatus;
  colourIndex: number;
  isMuted: boolean;
  marks: BatchedMark[];
  /** A deadline's heavy line goes with each window. */
  hasDeadlines: boolean;
  /** An ongoing span ends in an arrow. */
  hasArrows: boolean;
}

/** One group as SVG path data: the vector form, for exported images. */
export interface BatchedPath {
  key: string;
  shape: MarkShape;
  status: EventStatus;
  colourIndex: number;
  isMuted: boolean;
  count: number;
  /** The shapes: circles, or rectangles for spans, bands and windows. */
  d: string;
  /**
   * Soft bands one by one: each fades across its own width (an objectBoundingBox gradient), so
   * an exported file draws each as a path of its own.
   */
  pieces?: string[];
  /** A deadline's heavy line, one per mark. */
  deadlinesD?: string;
  /** The arrow an ongoing span ends in. */
  arrowsD?: string;
  /** The drawn labels: where each starts, its baseline, its text, and where a search matched in it. */
  labels: { xPx: number; yPx: number; text: string; hits: [number, number][] }[];
}

/** A batched point is drawn as EventMark draws one: a circle one pixel inside the point's radius. */
export const BATCHED_POINT_RADIUS_PX = POINT_RADIUS_PX - 1;

/** A batched bar, band or window: BAR_HEIGHT_PX high below the row's centre, never under MIN_BAR_WIDTH_PX wide. */
export function batchedBar(mark: BatchedMark): { xPx: number; yPx: number; widthPx: number; heightPx: number } {
  return { xPx: mark.x0Px, yPx: shapeCentreY(mark) - BAR_HEIGHT_PX / 2, widthPx: Math.max(mark.x1Px - mark.x0Px, MIN_BAR_WIDTH_PX), heightPx: BAR_HEIGHT_PX };
}

/** A deadline's line: at the window's end, twice the bar's height, centred on it. */
export function batchedDeadline(mark: BatchedMark): { xPx: number; y0Px: number; y1Px: number } {
  const y = shapeCentreY(mark);
  return { xPx: mark.x1Px, y0Px: y - BAR_HEIGHT_PX, y1Px: y + BAR_HEIGHT_PX };
}

/** The arrow at an ongoing span's end: its back edge at the end, its tip 9 px on. */
export const ARROW_LENGTH_PX = 9;
export const ARROW_HALF_HEIGHT_PX = 8;

/**
 * Label-less marks grouped by how they look (shape, colour, status, muted): 2,500 marks become a
 * few dozen groups, each drawn in one go.
 */
export function groupBatchedMarks(marks: readonly BatchedMark[], colourIndexOf: (categoryId: string | undefined) => number, mutedIds?: ReadonlySet<string>): BatchedGroup[] {
  const groups = new Map<string, BatchedGroup>();
  for (const mark of marks) {
    const { status, id, category } = mark.event;
    const colourIndex = colourIndexOf(category);
    const isMuted = mutedIds?.has(id) ?? false;
    const key = `${mark.shape}-${colourIndex}-${status}${isMuted ? "-muted" : ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, shape: mark.shape, status, colourIndex, isMuted, marks: [], hasDeadlines: mark.shape === "deadline", hasArrows: status === "ongoing" && mark.shape !== "point" };
      groups.set(key, group);
    }
    group.marks.push(mark);
  }
  // In key order, not first-seen order: the groups' probes keep their places from one zoom step to
  // the next, where first-seen order moved a dozen of them each step.
  return [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const r = (n: number) => Math.round(n * 10) / 10;

/** A bar as SVG path data, its corners rounded as an SVG rect's rx would round them. */
function barPath(bar: { xPx: number; yPx: number; widthPx: number; heightPx: number }, rxPx: number): string {
  const c = r(cornerRadius(bar.widthPx, bar.heightPx, rxPx));
  const w = r(bar.widthPx);
  if (c === 0) return `M${r(bar.xPx)},${r(bar.yPx)}h${w}v${bar.heightPx}h${-w}z`;
  const straight = r(w - 2 * c);
  const side = r(bar.heightPx - 2 * c);
  return `M${r(bar.xPx + c)},${r(bar.yPx)}h${straight}a${c},${c} 0 0 1 ${c},${c}v${side}a${c},${c} 0 0 1 ${-c},${c}h${-straight}a${c},${c} 0 0 1 ${-c},${-c}v${-side}a${c},${c} 0 0 1 ${c},${-c}z`;
}

/** A group as SVG path data, one subpath per mark, drawn with the geometry the canvas uses; labels with the search's matches. */
export function batchedPathOf(group: BatchedGroup, query = ""): BatchedPath {
  const d: string[] = [];
  const labels: BatchedPath["labels"] = [];
  const deadlines: string[] = [];
  const arrows: string[] = [];
  const radius = BATCHED_POINT_RADIUS_PX;
  for (const mark of group.marks) {
    if (mark.shape === "point") {
      const y = shapeCentreY(mark);
      d.push(`M${r(mark.x0Px - radius)},${r(y)}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0`);
    } else {
      d.push(barPath(batchedBar(mark), barCornerPx(mark.shape)));
    }
    if (group.hasDeadlines) {
      const line = batchedDeadline(mark);
      deadlines.push(`M${r(line.xPx)},${r(line.y0Px)}v${r(line.y1Px - line.y0Px)}`);
    }
    if (hasDrawnLabel(mark)) labels.push({ xPx: r(mark.labelXPx), yPx: r(labelBaselineY(mark)), text: mark.label, hits: query === "" ? [] : matchRanges(mark.label, query) });
    if (group.hasArrows) {
      const y = shapeCentreY(mark);
      arrows.push(`M${r(mark.x1Px)},${r(y - ARROW_HALF_HEIGHT_PX)}l${ARROW_LENGTH_PX},${ARROW_HALF_HEIGHT_PX}l${-ARROW_LENGTH_PX},${ARROW_HALF_HEIGHT_PX}z`);
    }
  }
  const { key, shape, status, colourIndex, isMuted } = group;
  return {
    key,
    shape,
    status,
    colourIndex,
    isMuted,
    count: group.marks.length,
    d: d.join(""),
    ...(group.shape === "fuzzy" && { pieces: d }),
    labels,
    ...(deadlines.length > 0 && { deadlinesD: deadlines.join("") }),
    ...(arrows.length > 0 && { arrowsD: arrows.join("") }),
  };
}
