import type { Locale } from "date-fns";
import type { Labelled, TimelineEvent } from "../domain/types";
import { formatCount } from "../domain/formatCount";
import { computeTicks } from "./ticks";
import { pxOfDay, timeScale } from "./timeScale";
import type { LaneGrouping, MarkShape, PlacedCluster, PlacedEvent, PlacedLane, TextMeasurer, TimelineLayout, Viewport } from "./types";

export const DEFAULT_ROW_HEIGHT_PX = 34;
export const DEFAULT_AXIS_HEIGHT_PX = 36;
/** Room above each lane for its name. */
export const DEFAULT_LANE_GAP_PX = 20;
/** Space between a mark and its label, and between neighbours in a row. */
export const LABEL_GAP_PX = 6;
export const POINT_RADIUS_PX = 7;
/** A bar is never drawn narrower than this, so a one-day span stays visible and clickable. */
export const MIN_BAR_WIDTH_PX = 3;

/**
 * Where a mark's shape begins and ends on the x axis: a point's circle around its centre, a bar at
 * least MIN_BAR_WIDTH_PX wide. One definition for packing rows, drawing and hit-testing.
 */
export const markLeftPx = (shape: MarkShape, x0Px: number) => (shape === "point" ? x0Px - POINT_RADIUS_PX : x0Px);
export const markRightPx = (shape: MarkShape, x0Px: number, x1Px: number) => (shape === "point" ? x1Px + POINT_RADIUS_PX : Math.max(x1Px, x0Px + MIN_BAR_WIDTH_PX));
/** Labels longer than this are shortened; the full title is in the tooltip and details. */
export const MAX_LABEL_PX = 400;
/**
 * Two items in a row need at least this much air between them. Without it, two marks whose
 * pixel extents merely touch (a float rounding apart) would be packed into one row and overlap.
 */
const EPSILON_PX = 0.5;

export interface LayoutOptions {
  viewport: Viewport;
  widthPx: number;
  grouping: LaneGrouping;
  actors: Labelled[];
  categories: Labelled[];
  measureText: TextMeasurer;
  locale?: Locale;
  rowHeightPx?: number;
  /** Rows per lane before marks lose their labels, then group into counts. */
  maxRowsPerLane?: number;
  /** Extra words for a label, e.g. the other actors when lanes are by actor. */
  labelFor?: (event: TimelineEvent) => string;
  /**
   * The events sorted into lanes, from `indexLanes` with the same events and grouping: computed once
   * per data or grouping change rather than on every zoom step. Built here when absent.
   */
  laneIndex?: LaneIndex;
}

/** One lane's events sorted by where they start, to find the visible ones by binary search. */
export interface LaneEvents {
  events: TimelineEvent[];
  /** `events[i].extent.startDay`, ascending. */
  startDays: Float64Array;
  /** The longest extent in the lane, so a search by start day cannot miss a long span. */
  maxLengthDays: number;
  /** `events[i].extent.endDay`: a zoom step reads days from two arrays, not 10,000 scattered objects. */
  endDays: Float64Array;
  /** `shapeOf(events[i])`, decided once rather than on every zoom step. */
  shapes: MarkShape[];
  /** 1 where `shapes[i]` is a point (centred on its day), else 0: the grouping loop reads only typed arrays. */
  isPoint: Uint8Array;
}

/** Events grouped into lanes and sorted, once per data or grouping change. */
export interface LaneIndex {
  lanes: Labelled[];
  byLane: Map<string, LaneEvents>;
}

/** Sort events into lanes, each ordered by start day (a stable sort: ties keep the date order). */
export function indexLanes(events: TimelineEvent[], grouping: LaneGrouping, actors: Labelled[], categories: Labelled[]): LaneIndex {
  const lanes = lanesFor(events, grouping, actors, categories);
  const grouped = new Map<string, TimelineEvent[]>(lanes.map((l) => [l.id, []]));
  for (const event of events) grouped.get(laneIdOf(event, grouping))?.push(event);
  const byLane = new Map<string, LaneEvents>();
  for (const [id, laneEvents] of grouped) {
    laneEvents.sort((a, b) => a.extent.startDay - b.extent.startDay);
    // One plain loop fills the columns: TypedArray.from with a mapping function goes through the
    // iterator protocol (at 10,000 events this function's own time went from 16 to 9 ms).
    const n = laneEvents.length;
    const startDays = new Float64Array(n);
    const endDays = new Float64Array(n);
    const isPoint = new Uint8Array(n);
    const shapes = new Array<MarkShape>(n);
    let maxLengthDays = 0;
    for (let i = 0; i < n; i++) {
      const event = laneEvents[i];
      const { startDay, endDay } = event.extent;
      startDays[i] = startDay;
      endDays[i] = endDay;
      maxLengthDays = Math.max(maxLengthDays, endDay - startDay);
      shapes[i] = shapeOf(event);
      isPoint[i] = shapes[i] === "point" ? 1 : 0;
    }
    byLane.set(id, { events: laneEvents, startDays, endDays, maxLengthDays, shapes, isPoint });
  }
  return { lanes, byLane };
}

/** The first index whose value is > `value` (or >= it, when `inclusive`) in an ascending array. */
function searchSorted(sorted: Float64Array, value: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value || (!inclusive && sorted[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lane's events whose extent meets [firstDay, lastDay] (day ends as in layout: an extent covers
 * startDay to endDay + 1), in start order. Binary search bounds the candidates, so a zoom step costs
 * the visible events (plus long spans), not the whole lane.
 */
export function visibleInLane(lane: LaneEvents, firstDay: number, lastDay: number): TimelineEvent[] {
  const { from, to } = candidateRange(lane, firstDay, lastDay);
  const visible: TimelineEvent[] = [];
  for (let i = from; i < to; i++) {
    const e = lane.events[i];
    if (e.extent.endDay + 1 >= firstDay) visible.push(e);
  }
  return visible;
}

/** The index range of a lane's events that may meet [firstDay, lastDay]: those starting in it, and long spans before it. */
function candidateRange(lane: LaneEvents, firstDay: number, lastDay: number): { from: number; to: number } {
  return { from: searchSorted(lane.startDays, firstDay - 1 - lane.maxLengthDays, true), to: searchSorted(lane.startDays, lastDay, false) };
}

/**
 * Each event's label and its width, per measurer and label function: a zoom step re-places marks
 * but never re-measures a title (building "Title (planned)" and hashing it for the measurer's cache
 * on every step was a tenth of a step at 10,000 events). Weak keys: nothing outlives its data.
 */
const labelCaches = new WeakMap<TextMeasurer, WeakMap<(event: TimelineEvent) => string, WeakMap<TimelineEvent, { text: string; widthPx: number }>>>();
function labelCacheFor(measureText: TextMeasurer, labelFor: (event: TimelineEvent) => string): WeakMap<TimelineEvent, { text: string; widthPx: number }> {
  let byLabelFor = labelCaches.get(measureText);
  if (!byLabelFor) labelCaches.set(measureText, (byLabelFor = new WeakMap()));
  let cache = byLabelFor.get(labelFor);
  if (!cache) byLabelFor.set(labelFor, (cache = new WeakMap()));
  return cache;
}

export const DEFAULT_MAX_ROWS_PER_LANE = 6;
/** Marks that would be drawn closer than this to a group join it. */
const CLUSTER_JOIN_PX = 28;
/** The narrowest a group's pill is, so that a group of a few is still something to click. */
export const CLUSTER_MIN_WIDTH_PX = 62;
/** Room between a group's words and the ends of its pill. */
export const CLUSTER_PADDING_PX = 8;

const isPowerOfTen = (n: number) => n >= 10 && /^10*$/.test(String(n));

/**
 * What a group's pill says: "+12 more", "+1,197 more". Measured in the labels' font (13 px); drawn
 * bold at 12 px, 13 px in a presentation, up to a tenth wider, which the padding has room for.
 */
export const clusterText = (count: number) => `+${formatCount(count)} more`;

/**
 * The longest prefix of `text` that fits in `maxPx` with an ellipsis. The search starts at the
 * length the text's average glyph width predicts and steps from there: two or three measurements
 * of new strings rather than a binary search's six or seven (each is a canvas call).
 */
export function fitLabel(text: string, maxPx: number, measureText: TextMeasurer, fullWidthPx = measureText(text)): string {
  if (fullWidthPx <= maxPx) return text;
  const cut = (length: number) => `${text.slice(0, length).trimEnd()}…`;
  const fits = (length: number) => measureText(cut(length)) <= maxPx;
  let length = Math.max(0, Math.min(text.length - 1, Math.floor((text.length * maxPx) / Math.max(fullWidthPx, 1))));
  if (fits(length)) {
    while (length + 1 < text.length && fits(length + 1)) length++;
  } else {
    while (length > 0 && !fits(length - 1)) length--;
    length = Math.max(0, length - 1);
  }
  return cut(length);
}

/** Where a label goes: from `startsAt` rightwards, or ending at `endsAt`; `roomPx` is the most it may take there. */
export interface LabelPlace {
  startsAt?: number;
  endsAt?: number;
  roomPx: number;
}

/**
 * Where a mark's label goes: the first of its places where a label `wantedPx` wide fits whole, else
 * the place with the most room. A point's label sits beside it, right then left; a bar's, band's or
 * window's sits above it, from its start, or ending at its end (near the right edge), or, failing
 * both, left of it. Nothing runs off the chart.
 */
export function labelPlacement(shape: MarkShape, markLeft: number, markRight: number, wantedPx: number, chartWidthPx: number): LabelPlace {
  const within = (place: LabelPlace): LabelPlace => ({ ...place, roomPx: Math.max(0, place.roomPx) });
  const places: LabelPlace[] =
    shape === "point"
      ? [
          { startsAt: markRight + LABEL_GAP_PX, roomPx: chartWidthPx - markRight - LABEL_GAP_PX - 2 },
          { endsAt: markLeft - LABEL_GAP_PX, roomPx: markLeft - LABEL_GAP_PX - 2 },
        ]
      : [
          { startsAt: Math.max(markLeft, 0) + 2, roomPx: chartWidthPx - Math.max(markLeft, 0) - 4 },
          { endsAt: Math.min(markRight, chartWidthPx) - 2, roomPx: Math.min(markRight, chartWidthPx) - 4 },
        ];
  const fits = places.find((place) => place.roomPx >= wantedPx);
  return within(fits ?? places.reduce((best, place) => (place.roomPx > best.roomPx ? place : best)));
}

/** Words that carry little in a headline, dropped first when a label must be shorter. */
const FILLER_WORDS = new Set(["a", "an", "the", "of", "at", "to", "for", "on", "in", "with", "by", "and", "its", "his", "her", "their"]);

/**
 * A label shortened to `maxPx` keeping its distinctive words: first without its filler words
 * ("Trump meets Kim Yong-chol at the White House" → "Trump meets Kim Yong-chol White House"), then
 * cut at a word with an ellipsis, and only a single long word is cut inside. A status in brackets at
 * the end ("(planned)") is kept.
 */
export function shortenLabel(text: string, maxPx: number, measureText: TextMeasurer, fullWidthPx = measureText(text)): string {
  if (fullWidthPx <= maxPx) return text;
  const status = /\s\([a-z]+\)$/.exec(text)?.[0] ?? "";
  const words = text.slice(0, text.length - status.length).split(/\s+/).filter(Boolean);
  const content = words.filter((word, i) => i === 0 || !FILLER_WORDS.has(word.toLowerCase()));
  const lean = `${content.join(" ")}${status}`;
  if (content.length < words.length && measureText(lean) <= maxPx) return lean;
  // Whole words, as many as fit, then an ellipsis (and the status).
  for (let n = content.length - 1; n >= 1; n--) {
    const cut = `${content.slice(0, n).join(" ")}…${status}`;
    if (measureText(cut) <= maxPx) return n >= 2 || content.length === 1 ? cut : fitLabel(lean, maxPx, measureText);
  }
  return fitLabel(lean, maxPx, measureText);
}

/** The lane an event goes in. An event with several actors sits in its first actor's lane (see README, "Lanes"). */
export function laneIdOf(event: TimelineEvent, grouping: LaneGrouping): string {
  if (grouping === "category") return event.category ?? "";
  if (grouping === "actor") return event.actors[0] ?? "";
  return "all";
}

/** What a mark says next to it: the title, and the status when it did not simply happen. */
export function labelOf(event: TimelineEvent): string {
  return event.status === "happened" ? event.title : `${event.title} (${event.status})`;
}

export function shapeOf(event: TimelineEvent): MarkShape {
  const { when } = event;
  if (when.kind === "deadline") return "deadline";
  if (when.kind === "span") return "span";
  return when.start.latestDay > when.start.earliestDay ? "fuzzy" : "point";
}

/** Lanes in the order the dataset declares them; events without one go last, under "Other". */
export function lanesFor(events: TimelineEvent[], grouping: LaneGrouping, actors: Labelled[], categories: Labelled[]): Labelled[] {
  if (grouping === "none") return [{ id: "all", label: "All events" }];
  const declared = grouping === "actor" ? actors : categories;
  const used = new Set(events.map((e) => laneIdOf(e, grouping)));
  const lanes = declared.filter((l) => used.has(l.id));
  if (used.has("")) lanes.push({ id: "", label: grouping === "actor" ? "No actor" : "Uncategorised" });
  return lanes;
}

/**
 * Place events on the chart: x from the visible range, lanes from the grouping, and rows within a
 * lane by greedy packing (as TimelineJS's _computeRowInfo and vis-timeline's Stack do), counting
 * each label's width so that no two marks or labels overlap.
 */
export function layoutTimeline(events: TimelineEvent[], options: LayoutOptions): TimelineLayout {
  const { viewport, widthPx, grouping, measureText } = options;
  const rowHeightPx = options.rowHeightPx ?? DEFAULT_ROW_HEIGHT_PX;
  const scale = timeScale(viewport, widthPx);
  // Mark edges use the scale's linear map as plain arithmetic: a d3 scale call per edge costs 0.8 ms
  // per 40,000 calls against 0.04 ms (Node), a third of a zoom step's layout at 10,000 events.
  const pxPerDay = widthPx / (viewport.endDay + 1 - viewport.startDay);
  const x = (day: number) => (day - viewport.startDay) * pxPerDay;
  const xOfDay = (day: number) => pxOfDay(scale, day);

  const { lanes, byLane } = options.laneIndex ?? indexLanes(events, grouping, options.actors, options.categories);

  const maxRows = options.maxRowsPerLane ?? DEFAULT_MAX_ROWS_PER_LANE;
  const labelFor = options.labelFor ?? labelOf;
  const labels = labelCacheFor(measureText, labelFor);
  const fullLabelOf = (event: TimelineEvent) => {
    let entry = labels.get(event);
    if (!entry) {
      const text = labelFor(event);
      entry = { text, widthPx: measureText(text) };
      labels.set(event, entry);
    }
    return entry;
  };
  // Only what can be seen is placed: events whose extent (plus room for a label) meets the view.
  const marginDays = ((MAX_LABEL_PX + 2 * POINT_RADIUS_PX) / Math.max(widthPx, 1)) * (viewport.endDay + 1 - viewport.startDay);
  const firstVisibleDay = viewport.startDay - marginDays;
  const lastVisibleDay = viewport.endDay + 1 + marginDays;

  const placed: PlacedEvent[] = [];
  const clusters: PlacedCluster[] = [];
  const placedLanes: PlacedLane[] = [];
  let yPx = DEFAULT_AXIS_HEIGHT_PX;
  for (const lane of lanes) {
    // Greedy packing needs items in order of their left edge (a deadline's window starts at
    // its source's date, not where the date order puts it).
    const laneEntry = byLane.get(lane.id);
    const { from, to } = laneEntry ? candidateRange(laneEntry, firstVisibleDay, lastVisibleDay) : { from: 0, to: 0 };
    // Rows remember where their last mark and label end; an item goes in the first row it fits in.
    const rowEnds: { markEnd: number; end: number; last: PlacedEvent }[] = [];
    // The smallest markEnd over the rows, once every row is taken: a mark starting before it fits
    // nowhere, a test that at 10,000 events zoomed out settles most events.
    let minMarkEnd = Number.NEGATIVE_INFINITY;
    const laneTop = yPx + DEFAULT_LANE_GAP_PX;
    const laneClusters: PlacedCluster[] = [];
    const rowY = (row: number) => laneTop + row * rowHeightPx + rowHeightPx / 2;
    // The open group's last event, by index: its id is read once the group closes, not per event it takes.
    let openLast = -1;
    /** A group's pill as wide as its words, at least. */
    const fitWords = (cluster: PlacedCluster) => {
      cluster.x1Px = Math.max(cluster.x1Px, cluster.x0Px + measureText(clusterText(cluster.count)) + 2 * CLUSTER_PADDING_PX);
    };
    const closeOpenCluster = () => {
      if (openLast < 0) return;
      const open = laneClusters[laneClusters.length - 1];
      open.lastEventId = laneEntry!.events[openLast].id;
      fitWords(open);
    };
    /** No room at all: join (or start) a group that shows a count and expands on zoom. NOTE: mutates laneClusters. */
    const addToCluster = (i: number, startDay: number, endDay: number, markLeft: number) => {
      // A group covers where its events start (a long window would make a long, empty pill), and
      // its words: measured as the count gains a digit (10, 100, 1,000), so that the next mark is
      // tested against about the group's end, and exactly once it closes (a digit's width is far
      // less than the room that keeps groups apart).
      const last = laneClusters[laneClusters.length - 1];
      const anchorPx = Math.max(markLeft, 0);
      if (last && anchorPx <= last.x1Px + CLUSTER_JOIN_PX) {
        last.count++;
        last.endDay = Math.max(last.endDay, endDay);
        last.x1Px = Math.max(last.x1Px, anchorPx + CLUSTER_MIN_WIDTH_PX);
        if (isPowerOfTen(last.count)) fitWords(last);
      } else {
        closeOpenCluster();
        const id = laneEntry!.events[i].id;
        laneClusters.push({ laneId: lane.id, count: 1, firstEventId: id, lastEventId: id, startDay, endDay, x0Px: anchorPx, x1Px: anchorPx + CLUSTER_MIN_WIDTH_PX, yPx: 0 });
      }
      openLast = i;
    };
    for (let i = from; i < to; i++) {
      const startDay = laneEntry!.startDays[i];
      const endDay = laneEntry!.endDays[i];
      if (endDay + 1 < firstVisibleDay) continue;
      // Every row full: an event whose mark starts before the rows' earliest free point can only
      // join a group (the searches below would all fail). Zoomed out over 100,000 events nearly all
      // events are such, so they are settled here from the typed arrays alone, without touching
      // the event, its shape or its label.
      if (rowEnds.length >= maxRows) {
        // A run of such events at once, in a loop that reads nothing but typed arrays.
        const { startDays, endDays, isPoint } = laneEntry!;
        let j = i;
        for (; j < to; j++) {
          const s = startDays[j];
          const e = endDays[j];
          if (e + 1 < firstVisibleDay) continue;
          const markLeft = isPoint[j] === 1 ? (x(s) + x(e + 1)) / 2 - POINT_RADIUS_PX : x(s);
          if (!(minMarkEnd + EPSILON_PX > markLeft - LABEL_GAP_PX)) break;
          addToCluster(j, s, e, markLeft);
        }
        if (j > i) {
          i = j - 1;
          continue;
        }
      }
      const event = laneEntry!.events[i];
      const shape = laneEntry!.shapes[i];
      let x0Px = x(startDay);
      let x1Px = x(endDay + 1);
      if (shape === "point") {
        const centre = (x0Px + x1Px) / 2;
        x0Px = centre;
        x1Px = centre;
      }
      const markLeft = markLeftPx(shape, x0Px);
      const markRight = markRightPx(shape, x0Px, x1Px);
      // The label goes where it fits whole (see labelPlacement); shortened only where nothing fits.
      const { text: fullLabel, widthPx: fullWidthPx } = fullLabelOf(event);
      const place = labelPlacement(shape, markLeft, markRight, Math.min(fullWidthPx, MAX_LABEL_PX), widthPx);
      const label = fullWidthPx <= place.roomPx ? fullLabel : shortenLabel(fullLabel, Math.min(place.roomPx, MAX_LABEL_PX), measureText, fullWidthPx);
      // A label cut to a few letters says nothing: hide it (it shows on hover and focus).
      const labelWidthPx = label === fullLabel ? fullWidthPx : label.length < 8 ? 0 : measureText(label);
      const labelXPx = place.endsAt === undefined ? place.startsAt! : place.endsAt - labelWidthPx;
      const left = Math.min(markLeft, labelXPx) - LABEL_GAP_PX;
      const right = Math.max(markRight, labelXPx + labelWidthPx) + LABEL_GAP_PX;
      let row = rowEnds.findIndex((r) => r.end + EPSILON_PX <= left);
      if (row === -1 && rowEnds.length < maxRows) row = rowEnds.length;
      if (row === -1) {
        // No row has room for mark and label: put the mark after the last mark of a row, hiding
        // that mark's label (it shows on hover and focus). Hide what does not fit, never overlap.
        row = rowEnds.findIndex((r) => r.markEnd + EPSILON_PX <= Math.min(left, markLeft - LABEL_GAP_PX));
        if (row !== -1) rowEnds[row].last.labelHidden = true;
      }
      if (row === -1) {
        addToCluster(i, startDay, endDay, markLeft);
        continue;
      }
      const item: PlacedEvent = { event, laneId: lane.id, shape, label, labelHidden: labelWidthPx === 0, x0Px, x1Px, labelXPx, labelWidthPx, row, yPx: rowY(row) };
      rowEnds[row] = { markEnd: markRight + LABEL_GAP_PX, end: right, last: item };
      if (rowEnds.length >= maxRows) {
        minMarkEnd = rowEnds[0].markEnd;
        for (let r = 1; r < rowEnds.length; r++) minMarkEnd = Math.min(minMarkEnd, rowEnds[r].markEnd);
      }
      placed.push(item);
    }
    const rows = Math.max(rowEnds.length, 1) + (laneClusters.length > 0 ? 1 : 0);
    closeOpenCluster();
    for (const cluster of laneClusters) {
      cluster.yPx = rowY(rows - 1);
      clusters.push(cluster);
    }
    placedLanes.push({ id: lane.id, label: lane.label, yPx: laneTop, heightPx: rows * rowHeightPx, rows });
    yPx = laneTop + rows * rowHeightPx;
  }

  return {
    widthPx,
    // Room at the bottom for the "as of" label.
    heightPx: yPx + 30,
    plotTopPx: DEFAULT_AXIS_HEIGHT_PX,
    lanes: placedLanes,
    events: placed,
    clusters,
    ticks: computeTicks(viewport, widthPx, options.locale),
    xOfDay,
  };
}
