import type { TimelineEvent } from "../domain/types";
import type { Viewport } from "./types";

/** No closer than this many days across: our dates are whole days, so hours would show nothing. */
export const MIN_SPAN_DAYS = 3;
/** Zoomed out, the view may be at most this many times the data's own extent… */
export const MAX_SPAN_FACTOR = 3;
/** …and never less than this, so that a one-day dataset can still be seen in context. */
export const MIN_MAX_SPAN_DAYS = 60;

/** Where the view may go: bounds around the data and how wide or narrow it may be. */
export interface ViewportLimits {
  minDay: number;
  maxDay: number;
  minSpanDays: number;
  maxSpanDays: number;
}

/** Visible span in days (a viewport's end day is included). */
export const spanOf = (v: Viewport) => v.endDay + 1 - v.startDay;

/** Limits from the data's extent: no zooming out into empty centuries or in past whole days. */
export function viewportLimits(fit: Viewport): ViewportLimits {
  const span = spanOf(fit);
  const maxSpanDays = Math.max(span * MAX_SPAN_FACTOR, MIN_MAX_SPAN_DAYS);
  const slack = (maxSpanDays - span) / 2;
  return { minDay: fit.startDay - slack, maxDay: fit.endDay + 1 + slack, minSpanDays: MIN_SPAN_DAYS, maxSpanDays };
}

/** Keep a viewport inside the limits, preserving its span where possible. */
export function clampViewport(v: Viewport, limits: ViewportLimits): Viewport {
  const span = Math.min(Math.max(spanOf(v), limits.minSpanDays), limits.maxSpanDays, limits.maxDay - limits.minDay);
  let start = v.startDay + (spanOf(v) - span) / 2;
  start = Math.min(Math.max(start, limits.minDay), limits.maxDay - span);
  return { startDay: start, endDay: start + span - 1 };
}

/**
 * Zoom by `factor` (0.5 = twice as close) around an anchor day (default: the centre), so the
 * anchor stays where it is on screen, as a wheel zoom under the pointer does.
 */
export function zoomViewport(v: Viewport, factor: number, limits: ViewportLimits, anchorDay?: number): Viewport {
  const span = spanOf(v);
  const anchor = anchorDay ?? v.startDay + span / 2;
  const ratio = (anchor - v.startDay) / span;
  const newSpan = Math.min(Math.max(span * factor, limits.minSpanDays), limits.maxSpanDays);
  const start = anchor - ratio * newSpan;
  return clampViewport({ startDay: start, endDay: start + newSpan - 1 }, limits);
}

/** Pan by a share of the visible span (0.25 = a quarter to the right; negative to the left). */
export function panViewport(v: Viewport, share: number, limits: ViewportLimits): Viewport {
  const delta = spanOf(v) * share;
  return clampViewport({ startDay: v.startDay + delta, endDay: v.endDay + delta }, limits);
}

/** The smallest move that brings a day range into view, with a margin; unchanged if already visible. */
export function revealRange(v: Viewport, startDay: number, endDay: number, limits: ViewportLimits): Viewport {
  const span = spanOf(v);
  const margin = span * 0.08;
  if (startDay >= v.startDay + margin && endDay + 1 <= v.endDay + 1 - margin) return v;
  const needed = endDay + 1 - startDay + 2 * margin;
  if (needed > span) {
    return clampViewport({ startDay: startDay - margin, endDay: endDay + margin }, limits);
  }
  const shift = startDay < v.startDay + margin ? startDay - margin - v.startDay : endDay + 1 + margin - (v.endDay + 1);
  return clampViewport({ startDay: v.startDay + shift, endDay: v.endDay + shift }, limits);
}

/** Zoom steps revealDrawn takes at most: halving each time, 12 steps go from a century to ten days. */
const MAX_REVEAL_STEPS = 12;

/**
 * Bring an event into view and make sure it is drawn: the smallest move that shows its days, then,
 * while layout would still put it in a "+N more" group (`isDrawn` says), zooming in on it by
 * halves, down to the closest zoom. The keyboard can then always land on the event it moves to
 * (at 10,000 events, End led to an event in a group and focus stayed where it was).
 */
export function revealDrawn(v: Viewport, startDay: number, endDay: number, limits: ViewportLimits, isDrawn: (v: Viewport) => boolean): Viewport {
  let next = revealRange(v, startDay, endDay, limits);
  const centre = (startDay + endDay + 1) / 2;
  for (let step = 0; step < MAX_REVEAL_STEPS && !isDrawn(next); step++) {
    if (spanOf(next) <= limits.minSpanDays) break;
    // Closer, anchored on the event's middle: it stays where it is on screen, so still in view.
    next = zoomViewport(next, 0.5, limits, Math.min(Math.max(centre, next.startDay), next.endDay + 1));
  }
  return next;
}

/** A timeline's whole extent (its events and its as-of day) and the limits of the view over it. */
export interface TimelineExtent {
  fullExtent: Viewport;
  limits: ViewportLimits;
}

const extents = new WeakMap<object, TimelineExtent>();

/**
 * The extent every view of a timeline shares, once per timeline (weakly kept: a new timeline is a
 * new object, and nothing stale is reused).
 */
export function timelineExtent(timeline: { events: readonly TimelineEvent[]; asOfDay?: number }): TimelineExtent {
  let extent = extents.get(timeline);
  if (!extent) {
    const fullExtent = fitViewport(timeline.events, asOfDays(timeline));
    extent = { fullExtent, limits: viewportLimits(fullExtent) };
    extents.set(timeline, extent);
  }
  return extent;
}

/** The as-of day as extra days for `fitViewport`: none when the data gives none. */
export const asOfDays = (timeline: { asOfDay?: number }): number[] => (timeline.asOfDay === undefined ? [] : [timeline.asOfDay]);

/** A viewport that shows every event with a margin on both sides. */
export function fitViewport(events: readonly TimelineEvent[], extraDays: number[] = [], marginRatio = 0.06): Viewport {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    min = Math.min(min, e.extent.startDay);
    max = Math.max(max, e.extent.endDay);
  }
  for (const day of extraDays) {
    min = Math.min(min, day);
    max = Math.max(max, day);
  }
  if (!Number.isFinite(min)) return { startDay: 0, endDay: 365 };
  const margin = Math.max(2, Math.round((max - min) * marginRatio));
  return { startDay: min - margin, endDay: max + margin };
}
