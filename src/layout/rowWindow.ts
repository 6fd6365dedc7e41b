/**
 * Which rows of a long, scrolling list are rendered: pure, so the list's windowing is
 * tested without a DOM. Rows have their measured heights where they have been drawn, an estimate
 * elsewhere; `offsets[i]` is where row i starts, `offsets[count]` the height of them all.
 */

/** Where each row starts (and, last, where they all end), from each row's height. */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + heightOf(i);
  return offsets;
}

/** The first index whose row ends after `px` (rows are [offsets[i], offsets[i + 1])). */
function rowAt(offsets: Float64Array, px: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid + 1] <= px) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows to render, [first, last) , for a view of the list from `topPx` that is `heightPx` tall, plus `overscan` rows either side. */
export function rowWindow(offsets: Float64Array, topPx: number, heightPx: number, overscan: number): { first: number; last: number } {
  const count = offsets.length - 1;
  if (count === 0) return { first: 0, last: 0 };
  const first = Math.max(0, rowAt(offsets, Math.max(0, topPx)) - overscan);
  const last = Math.min(count, rowAt(offsets, topPx + Math.max(heightPx, 0)) + 1 + overscan);
  return { first, last };
}

/**
 * The scroll position that shows row `index` whole, moving as little as possible (none if it is
 * already in view); `headerPx` is covered by a sticky header at the top.
 */
export function scrollToShow(offsets: Float64Array, index: number, topPx: number, heightPx: number, headerPx: number): number {
  const start = offsets[index];
  const end = offsets[index + 1];
  if (start < topPx) return start;
  if (end > topPx + heightPx - headerPx) return Math.max(0, end - (heightPx - headerPx));
  return topPx;
}
