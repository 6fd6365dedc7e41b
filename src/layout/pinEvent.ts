import { DEFAULT_LANE_GAP_PX, DEFAULT_ROW_HEIGHT_PX, layoutTimeline, type LayoutOptions } from "./layoutTimeline";
import type { TimelineEvent } from "../domain/types";
import type { TimelineLayout } from "./types";

/**
 * A layout with one event on a row of its own above the others, labelled, so that it is never lost
 * in a crowd or a "+3 more" group: the step a presentation is on. Everything else is laid out as
 * usual below it. Without that event (or when it is out of view) this is plain layoutTimeline.
 */
export function layoutWithPinned(events: readonly TimelineEvent[], pinnedId: string | undefined, options: LayoutOptions): TimelineLayout {
  const pinned = pinnedId ? events.find((e) => e.id === pinnedId) : undefined;
  if (!pinned) return layoutTimeline(events as TimelineEvent[], options);
  // A lane index made for all the events would put the pinned one back among them: build afresh.
  const rest = layoutTimeline(
    events.filter((e) => e !== pinned),
    { ...options, laneIndex: undefined },
  );
  const [placed] = layoutTimeline([pinned], { ...options, laneIndex: undefined, grouping: "none" }).events;
  if (!placed) return rest;
  // Lanes with names need the room above them for the name.
  const shiftPx = (options.rowHeightPx ?? DEFAULT_ROW_HEIGHT_PX) + (options.grouping === "none" ? 0 : DEFAULT_LANE_GAP_PX);
  return {
    ...rest,
    heightPx: rest.heightPx + shiftPx,
    lanes: rest.lanes.map((lane) => ({ ...lane, yPx: lane.yPx + shiftPx })),
    events: [placed, ...rest.events.map((p) => ({ ...p, yPx: p.yPx + shiftPx }))],
    clusters: rest.clusters.map((c) => ({ ...c, yPx: c.yPx + shiftPx })),
  };
}
