import type { Viewport } from "./types";

/**
 * The chart's x scale: linear over day numbers, from the start of a viewport's first day to the
 * end of its last. Days, not a `scaleUtc`'s dates, so that the same scale (and d3-zoom's
 * rescaling of it) places events 13.8 billion years ago, where JavaScript dates end; the axis
 * asks d3's calendar for its ticks only where dates exist (ticks.ts).
 *
 * Written here rather than d3's `scaleLinear`, whose tick formatting brings d3-format (5 KB
 * gzipped) into every page; it has what d3-zoom's `rescaleX` uses: call, invert, domain, range, copy.
 */
export interface TimeScale {
  (day: number): number;
  invert(px: number): number;
  domain(): [number, number];
  domain(domain: readonly number[]): TimeScale;
  range(): [number, number];
  copy(): TimeScale;
}

function linearScale(d0: number, d1: number, r0: number, r1: number, clamp: boolean): TimeScale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const [lo, hi] = r0 <= r1 ? [r0, r1] : [r1, r0];
  const scale = ((day: number) => {
    const px = r0 + (day - d0) * k;
    return clamp ? Math.min(Math.max(px, lo), hi) : px;
  }) as TimeScale;
  scale.invert = (px: number) => (k === 0 ? d0 : d0 + ((clamp ? Math.min(Math.max(px, lo), hi) : px) - r0) / k);
  scale.domain = ((domain?: readonly number[]) => (domain === undefined ? [d0, d1] : linearScale(+domain[0], +domain[1], r0, r1, clamp))) as TimeScale["domain"];
  scale.range = () => [r0, r1];
  scale.copy = () => linearScale(d0, d1, r0, r1, clamp);
  return scale;
}

/** A linear scale that puts a viewport's days across `widthPx` pixels. */
export function timeScale(viewport: Viewport, widthPx: number, { clamp = false } = {}): TimeScale {
  return linearScale(viewport.startDay, viewport.endDay + 1, 0, widthPx, clamp);
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
