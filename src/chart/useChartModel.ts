import { useMemo } from "react";
import type { Locale } from "date-fns";
import type { Timeline, TimelineEvent } from "../domain/types";
import { DEFAULT_AXIS_HEIGHT_PX, DEFAULT_LANE_GAP_PX, DEFAULT_ROW_HEIGHT_PX, indexLanes, labelOf, lanesFor } from "../layout/layoutTimeline";
import { layoutWithPinned } from "../layout/pinEvent";
import { createKeyboardDelegate, type TimelineKeyboardDelegate } from "../layout/keyboardDelegate";
import type { LaneGrouping, TimelineLayout, Viewport } from "../layout/types";
import { asOfDays, clampViewport, fitViewport, timelineExtent, type ViewportLimits } from "../layout/viewport";
import { createCanvasTextMeasurer } from "./measureText";
import { LABEL_FONT, LABEL_FONT_PX } from "./labelFont";
import { categoryColourIndex } from "./palette";
import { measureFirstView } from "../domain/loadTiming";
import { shapeCentreY } from "./markGeometry";
import { placeLinks, type PlacedLink } from "../layout/placeLinks";
import { paintsInUse, type PaintsInUse } from "./paintsInUse";

/** What a view asks the chart to show. */
export interface ChartModelInput {
  timeline: Timeline;
  /** The events to draw (the filter's), in date order. */
  events: TimelineEvent[];
  grouping: LaneGrouping;
  locale: Locale;
  /** The width the chart is laid out at; undefined until it has been measured (then there is no model yet). */
  widthPx: number | undefined;
  /** The visible range; undefined fits the events. */
  viewport: Viewport | undefined;
  /**
   * The height the chart must fit in: lanes get the rows that fit (the rest of their events become
   * "+N more" groups). Without it, lanes take up to 6 rows (16 with no lanes).
   */
  fitHeightPx?: number;
  /** Rows a lane may take, whatever the height (a printed page has its own). */
  maxRowsPerLane?: number;
  /** Events in a band of their own, above the others (a presentation's step and the events linked to it). */
  pinnedIds?: readonly string[];
  /** Events drawn faintly and without labels (a presentation's steps still to come). */
  mutedIds?: ReadonlySet<string>;
}

/** Where the view is and may go: known before the chart has a width. */
export interface ChartFrame {
  /** The range shown: the one asked for, kept inside the limits. */
  viewport: Viewport;
  /** The range that shows all of the events drawn. */
  fitted: Viewport;
  /** The range that shows the whole timeline, and how far the view may go around it. */
  fullExtent: Viewport;
  limits: ViewportLimits;
  /** Category → palette slot, for the marks and whatever explains them (legend, exports). */
  colourIndexOf: (categoryId: string | undefined) => number;
}

/** Everything the chart draws, and what the views need to move it. */
export interface ChartModel extends ChartFrame {
  timeline: Timeline;
  events: TimelineEvent[];
  locale: Locale;
  grouping: LaneGrouping;
  layout: TimelineLayout;
  /** Connectors between linked events that are both drawn (a plan and its outcome). */
  links: PlacedLink[];
  /** The soft bands and hatches the timeline's marks fill with (ChartDefs). */
  paints: PaintsInUse;
  delegate: TimelineKeyboardDelegate;
  mutedIds?: ReadonlySet<string>;
  /** The same chart laid out at another range (revealing an event tries several). */
  layoutAt: (viewport: Viewport) => TimelineLayout;
}

/** Room the layout keeps under the last row for the "as of" label. */
const CHART_FOOT_PX = 30;
/** With no lanes, one lane gets the rows that several would share. */
const ONE_LANE_MAX_ROWS = 16;
/** No pinned events (one array, so that memos see no change). */
const NONE: readonly string[] = [];

/**
 * The one place a view's chart is assembled: the explore view, the embed, the presentation and the
 * printed handout all describe what they want (events, grouping, range, size) and draw the model
 * this returns (none until the chart has a width; the frame is there at once). Each part is kept from render to render until what it depends on changes: a zoom step
 * lays out again, and nothing else.
 */
export function useChartModel(input: ChartModelInput): ChartFrame & { model: ChartModel | undefined } {
  const { timeline, events, grouping, locale, widthPx, fitHeightPx, mutedIds } = input;
  const pinnedIds = input.pinnedIds ?? NONE;
  const pinned = pinnedIds.length > 0;
  const { fullExtent, limits } = timelineExtent(timeline);
  const fitted = useMemo(() => (events.length > 0 ? fitViewport(events, asOfDays(timeline)) : fullExtent), [events, fullExtent, timeline]);
  const viewport = useMemo(() => clampViewport(input.viewport ?? fitted, limits), [input.viewport, fitted, limits]);
  const measureText = useMemo(() => createCanvasTextMeasurer(LABEL_FONT, LABEL_FONT_PX), []);
  const colourIndexOf = useMemo(() => categoryColourIndex(timeline.categories), [timeline.categories]);
  const labelFor = useMemo(() => labelsFor(grouping, timeline, mutedIds), [grouping, timeline, mutedIds]);
  // Lanes sorted once per data or grouping change, not per zoom step. A pinned event is laid out
  // apart from the others, so its lanes are made afresh (layoutWithPinned).
  const laneIndex = useMemo(() => (pinned ? undefined : indexLanes(events, grouping, timeline.actors, timeline.categories)), [events, grouping, timeline, pinned]);
  const fittingRows = useMemo(() => rowsThatFit(events, grouping, timeline, fitHeightPx, pinnedIds.length), [events, grouping, timeline, fitHeightPx, pinnedIds.length]);
  const maxRowsPerLane = input.maxRowsPerLane ?? fittingRows;
  const layoutAt = useMemo(
    () =>
      widthPx === undefined
        ? undefined
        : (at: Viewport) =>
            layoutWithPinned(events, pinnedIds, { laneIndex, viewport: at, widthPx, grouping, actors: timeline.actors, categories: timeline.categories, measureText, locale, labelFor, maxRowsPerLane }),
    [events, pinnedIds, laneIndex, widthPx, grouping, timeline, measureText, locale, labelFor, maxRowsPerLane],
  );
  const layout = useMemo(() => layoutAt && measureFirstView("layout", () => layoutAt(viewport)), [layoutAt, viewport]);
  const links = useMemo(() => (layout ? placeLinks(layout.events, shapeCentreY) : []), [layout]);
  const delegate = useMemo(() => createKeyboardDelegate(events, grouping, timeline.actors, timeline.categories), [events, grouping, timeline]);
  const paints = useMemo(() => paintsInUse(timeline.events, colourIndexOf), [timeline.events, colourIndexOf]);
  const model = useMemo(
    () => (layout && layoutAt ? { timeline, events, locale, grouping, layout, links, paints, viewport, fitted, fullExtent, limits, delegate, colourIndexOf, mutedIds, layoutAt } : undefined),
    [timeline, events, locale, grouping, layout, links, paints, viewport, fitted, fullExtent, limits, delegate, colourIndexOf, mutedIds, layoutAt],
  );
  return { viewport, fitted, fullExtent, limits, colourIndexOf, model };
}

/**
 * Labels as drawn: by actor, an event (drawn once, in its first actor's lane) names the others;
 * a muted event has none, and so takes no room for one.
 */
function labelsFor(grouping: LaneGrouping, timeline: Timeline, mutedIds: ReadonlySet<string> | undefined): ((event: TimelineEvent) => string) | undefined {
  const actorLabel = new Map(timeline.actors.map((a) => [a.id, a.label]));
  const withActors =
    grouping === "actor" ? (e: TimelineEvent) => (e.actors.length > 1 ? `${labelOf(e)} · with ${e.actors.slice(1).map((a) => actorLabel.get(a) ?? a).join(", ")}` : labelOf(e)) : undefined;
  if (!mutedIds) return withActors;
  const label = withActors ?? labelOf;
  return (e) => (mutedIds.has(e.id) ? "" : label(e));
}

/** Rows per lane that fit a height (undefined: layout's own limit); pinned events take up to a row each, and each lane keeps one for its "+N more" groups. */
function rowsThatFit(events: TimelineEvent[], grouping: LaneGrouping, timeline: Timeline, heightPx: number | undefined, pinnedRows: number): number | undefined {
  if (heightPx === undefined) return grouping === "none" ? ONE_LANE_MAX_ROWS : undefined;
  const laneCount = lanesFor(events, grouping, timeline.actors, timeline.categories).length || 1;
  const rowBudget = Math.floor((heightPx - DEFAULT_AXIS_HEIGHT_PX - CHART_FOOT_PX - laneCount * DEFAULT_LANE_GAP_PX) / DEFAULT_ROW_HEIGHT_PX);
  return Math.max(1, Math.floor((rowBudget - pinnedRows) / laneCount) - 1);
}
