import type { LinkType } from "../domain/types";
import type { PlacedEvent } from "./types";

/** A drawn link between two events' marks: a plan and its outcome, or one event and what followed it. */
export interface PlacedLink {
  /** The event that names the other in its `links` (the outcome), and the event it names (the plan). */
  fromId: string;
  toId: string;
  type: LinkType;
  /** The connector, an SVG path in the chart's pixels. */
  d: string;
  /** Where it meets each mark, for a dot that shows it ends there. */
  start: [number, number];
  end: [number, number];
}

/** How far the connector stays off a mark's centre line: half a bar, so it meets the mark's edge. */
const MARK_HALF_HEIGHT_PX = 6;

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * Connectors between linked events that are both drawn. From the named event (a plan: its window)
 * to the one naming it (the outcome): where the outcome falls inside the plan's span, straight
 * across the rows at the outcome's middle; otherwise from the plan's end to the outcome's start,
 * as a soft curve. Pure: the chart on screen and the exported picture draw the same paths.
 */
export function placeLinks(events: readonly PlacedEvent[], centreY: (p: PlacedEvent) => number = (p) => p.yPx): PlacedLink[] {
  const linked = events.filter((p) => p.event.links && p.event.links.length > 0);
  if (linked.length === 0) return [];
  const byId = new Map(events.map((p) => [p.event.id, p]));
  const links: PlacedLink[] = [];
  for (const from of linked) {
    for (const link of from.event.links!) {
      const to = byId.get(link.event);
      if (!to || to === from) continue;
      links.push({ fromId: from.event.id, toId: to.event.id, type: link.type, ...connector(ends(to, centreY), ends(from, centreY)) });
    }
  }
  return links;
}

interface Ends {
  x0Px: number;
  x1Px: number;
  /** The centre line of the mark's shape. */
  yPx: number;
}
const ends = (p: PlacedEvent, centreY: (p: PlacedEvent) => number): Ends => ({ x0Px: p.x0Px, x1Px: p.x1Px, yPx: centreY(p) });

/** The path from the earlier mark `a` to the later mark `b`. */
function connector(a: Ends, b: Ends): Pick<PlacedLink, "d" | "start" | "end"> {
  const bMiddle = (b.x0Px + b.x1Px) / 2;
  if (a.yPx !== b.yPx && bMiddle >= a.x0Px && bMiddle <= a.x1Px) {
    const down = b.yPx > a.yPx ? 1 : -1;
    const [y0, y1] = [r(a.yPx + down * MARK_HALF_HEIGHT_PX), r(b.yPx - down * MARK_HALF_HEIGHT_PX)];
    return { d: `M${r(bMiddle)},${y0}V${y1}`, start: [r(bMiddle), y0], end: [r(bMiddle), y1] };
  }
  const x0 = r(a.x1Px);
  const x1 = r(b.x0Px);
  if (a.yPx === b.yPx) {
    // Same row: a low arch above the row, so the line never hides under a label.
    const lift = 14;
    const y = r(a.yPx - MARK_HALF_HEIGHT_PX);
    return { d: `M${x0},${y}C${x0},${r(a.yPx - lift)} ${x1},${r(b.yPx - lift)} ${x1},${y}`, start: [x0, y], end: [x1, y] };
  }
  const midX = r((x0 + x1) / 2);
  const [y0, y1] = [r(a.yPx), r(b.yPx)];
  return { d: `M${x0},${y0}C${midX},${y0} ${midX},${y1} ${x1},${y1}`, start: [x0, y0], end: [x1, y1] };
}
