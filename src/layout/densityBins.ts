import type { DayExtent } from "../domain/types";
import type { Viewport } from "./types";

/**
 * How many events touch each of `binCount` equal slices of `extent`: the overview draws
 * this histogram instead of one rect per event, so its cost does not grow with the dataset and
 * 100,000 events still read as a shape. An event counts once in every bin its extent overlaps.
 * O(events + bins), with a difference array.
 */
export function densityBins(extents: readonly DayExtent[], extent: Viewport, binCount: number): number[] {
  const bins = Math.max(0, Math.floor(binCount));
  const counts = new Array<number>(bins).fill(0);
  if (bins === 0) return counts;
  const diff = new Float64Array(bins + 1);
  const spanDays = extent.endDay + 1 - extent.startDay;
  const binOf = (day: number) => Math.floor(((day - extent.startDay) / spanDays) * bins);
  for (const e of extents) {
    if (e.endDay < extent.startDay || e.startDay > extent.endDay) continue;
    const first = Math.max(0, binOf(e.startDay));
    const last = Math.min(bins - 1, binOf(e.endDay));
    diff[first] += 1;
    diff[last + 1] -= 1;
  }
  let running = 0;
  for (let i = 0; i < bins; i++) {
    running += diff[i];
    counts[i] = running;
  }
  return counts;
}
