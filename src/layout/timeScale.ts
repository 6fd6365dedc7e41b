import { scaleLinear, type ScaleLinear } from "d3";
import type { Viewport } from "./types";

/**
 * The chart's x scale: a d3 linear scale over day numbers, from the start of a viewport's first
 * day to the end of its last. Days, not a `scaleUtc`'s dates, so that the same scale (and
 * d3-zoom's rescaling of it) places events 13.8 billion years ago, where JavaScript dates end;
 * the axis asks d3's calendar for its ticks only where dates exist (ticks.ts).
 */
export type TimeScale = ScaleLinear<number, number>;

/** A d3 linear scale that puts a viewport's days across `widthPx` pixels. */
export function timeScale(viewport: Viewport, widthPx: number, { clamp = false } = {}): TimeScale {
  return scaleLinear()
    .domain([viewport.startDay, viewport.endDay + 1])
    .range([0, widthPx])
    .clamp(clamp);
}

/** The viewport a time scale shows: its domain in (fractional) days, the end day included. */
export function viewportOfScale(scale: TimeScale): Viewport {
  const [start, end] = scale.domain();
  return { startDay: start, endDay: end - 1 };
}

/** The (fractional) day under a pixel. */
export const dayAtPx = (scale: TimeScale, px: number) => scale.invert(px);

/** The pixel where a (fractional) day starts. */
export const pxOfDay = (scale: TimeScale, day: number) => scale(day);
