import type { EventStatus } from "../domain/types";
import type { MarkShape, PlacedEvent } from "../layout/types";
import { MIN_BAR_WIDTH_PX, POINT_RADIUS_PX } from "../layout/layoutTimeline";
import { BAR_HEIGHT_PX, shapeCentreY } from "./markGeometry";

export type DenseMark = Pick<PlacedEvent, "shape" | "x0Px" | "x1Px" | "yPx"> & { event: { id: string; status: EventStatus; category?: string } };

/** Marks that look alike, as one SVG path (and the deadline lines and ongoing arrows that go with them). */
export interface DensePath {
  key: string;
  shape: MarkShape;
  status: EventStatus;
  colourIndex: number;
  isMuted: boolean;
  count: number;
  /** The shapes: circles, or rectangles for spans, bands and windows. */
  d: string;
  /** A deadline's heavy line, one per mark. */
  deadlinesD?: string;
  /** The arrow an ongoing span ends in. */
  arrowsD?: string;
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * Label-less marks grouped by how they look (shape, colour, status, muted), each group one path:
 * 2,500 marks become a few dozen elements, drawn the way EventMark draws one (issue 8). Geometry
 * is EventMark's: circles of POINT_RADIUS_PX - 1, bars BAR_HEIGHT_PX high below the row's centre.
 */
export function densePaths(marks: readonly DenseMark[], colourIndexOf: (categoryId: string | undefined) => number, mutedIds?: ReadonlySet<string>): DensePath[] {
  const groups = new Map<string, { path: DensePath; d: string[]; deadlines: string[]; arrows: string[] }>();
  const radius = POINT_RADIUS_PX - 1;
  for (const mark of marks) {
    const { status, id, category } = mark.event;
    const colourIndex = colourIndexOf(category);
    const isMuted = mutedIds?.has(id) ?? false;
    const key = `${mark.shape}-${colourIndex}-${status}${isMuted ? "-muted" : ""}`;
    let group = groups.get(key);
    if (!group) {
      group = { path: { key, shape: mark.shape, status, colourIndex, isMuted, count: 0, d: "" }, d: [], deadlines: [], arrows: [] };
      groups.set(key, group);
    }
    group.path.count++;
    const y = shapeCentreY(mark);
    if (mark.shape === "point") {
      group.d.push(`M${r(mark.x0Px - radius)},${r(y)}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0`);
    } else {
      const width = Math.max(mark.x1Px - mark.x0Px, MIN_BAR_WIDTH_PX);
      group.d.push(`M${r(mark.x0Px)},${r(y - BAR_HEIGHT_PX / 2)}h${r(width)}v${BAR_HEIGHT_PX}h${r(-width)}z`);
    }
    if (mark.shape === "deadline") group.deadlines.push(`M${r(mark.x1Px)},${r(y - BAR_HEIGHT_PX)}v${2 * BAR_HEIGHT_PX}`);
    if (status === "ongoing" && mark.shape !== "point") group.arrows.push(`M${r(mark.x1Px)},${r(y - 8)}l9,8l-9,8z`);
  }
  return [...groups.values()].map(({ path, d, deadlines, arrows }) => ({
    ...path,
    d: d.join(""),
    ...(deadlines.length > 0 && { deadlinesD: deadlines.join("") }),
    ...(arrows.length > 0 && { arrowsD: arrows.join("") }),
  }));
}
