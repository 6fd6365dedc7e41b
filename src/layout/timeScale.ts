import { scaleUtc, type ScaleTime } from "d3";
import { MS_PER_DAY, msOfDay } from "../domain/fuzzyDate";
import type { Viewport } from "./types";

/** The chart's x scale: UTC time from the start of a viewport's first day to the end of its last. */
export type TimeScale = ScaleTime<number, number>;

/** A d3 `scaleUtc` that puts a viewport across `widthPx` pixels. */
export function timeScale(viewport: Viewport, widthPx: number, { clamp = false } = {}): TimeScale {
  return scaleUtc()
    .domain([msOfDay(viewport.startDay), msOfDay(viewport.endDay + 1)])
    .range([0, widthPx])
    .clamp(clamp);
}

/** The viewport a time scale shows: its domain in (fractional) days, the end day included. */
export function viewportOfScale(scale: TimeScale): Viewport {
  const [start, end] = scale.domain();
  return { startDay: start.getTime() / MS_PER_DAY, endDay: end.getTime() / MS_PER_DAY - 1 };
}

/** The (fractional) day under a pixel. */
export const dayAtPx = (scale: TimeScale, px: number) => scale.invert(px).getTime() / MS_PER_DAY;

/** The pixel where a (fractional) day starts. */
export const pxOfDay = (scale: TimeScale, day: number) => scale(msOfDay(day));
