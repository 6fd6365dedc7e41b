import { DEFAULT_LANE_GAP_PX, DEFAULT_ROW_HEIGHT_PX, layoutTimeline, type LayoutOptions } from "./layoutTimeline";
import type { TimelineEvent } from "../domain/types";
import type { TimelineLayout } from "./types";

/**
 * A layout with some events in a band of their own above the others, labelled, so that they are
 * never lost in a crowd or a "+3 more" group: the step a presentation is on, and the events it is
 * linked to (a plan and its outcome), so that the line joining them can be seen. Everything else
 * is laid out as usual below the band. With none of them in view this is plain layoutTimeline.
 */
export function layoutWithPinned(events: readonly TimelineEvent[], pinnedIds: readonly string[], options: LayoutOptions): TimelineLayout {
  // Nothing pinned (every view but a presentation): no pass over the events, since a zoom step
  // lays out only the ones in view (layoutTimeline's lane index).
  if (pinnedIds.length === 0) return layoutTimeline(events as TimelineEvent[], options);
  const wanted = new Set(pinnedIds);
  const pinned = events.filter((e) => wanted.has(e.id));
  if (pinned.length === 0) return layoutTimeline(events as TimelineEvent[], options);
  // A lane index made for all the events would put the pinned ones back among them: build afresh.
  const rest = layoutTimeline(
    events.filter((e) => !wanted.has(e.id)),
    { ...options, laneIndex: undefined },
  );
  const band = layoutTimeline(pinned, { ...options, laneIndex: undefined, grouping: "none", maxRowsPerLane: undefined });
  if (band.events.length === 0) return rest;
  // The band's rows, and the room above named lanes for their names.
  const rows = new Set(band.events.map((p) => p.yPx)).size;
  const shiftPx = rows * (options.rowHeightPx ?? DEFAULT_ROW_HEIGHT_PX) + (options.grouping === "none" ? 0 : DEFAULT_LANE_GAP_PX);
  return {
    ...rest,
    heightPx: rest.heightPx + shiftPx,
    lanes: rest.lanes.map((lane) => ({ ...lane, yPx: lane.yPx + shiftPx })),
    events: [...band.events, ...rest.events.map((p) => ({ ...p, yPx: p.yPx + shiftPx }))],
    clusters: rest.clusters.map((c) => ({ ...c, yPx: c.yPx + shiftPx })),
  };
}
