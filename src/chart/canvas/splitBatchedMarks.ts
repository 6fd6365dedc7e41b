import type { PlacedEvent } from "../../layout/types";

/**
 * Above this many marks in view, the marks the reader is not working with are painted together on
 * a canvas (BatchedMarks) instead of being an element group each. Zooming moves marks into
 * and out of view and in and out of their labels, and each one that came or went was a group of
 * five elements for React and the browser to build: at 1,000 events a zoom step made or removed
 * some forty, and half the steps missed their frame. Painted, 2 to 4 of 150 do.
 * At or below it every mark is an element, so small timelines keep one element per event.
 */
export const BATCHED_MARK_THRESHOLD = 100;

/**
 * Which marks are elements of their own (`vector`) and which are painted together (`batched`). The
 * ones named in `keep` (selected, compared, focused, hovered: the ones a reader is working with)
 * are always elements, so focus, selection and their accessible names work as on a small timeline.
 */
export function splitBatchedMarks<M extends Pick<PlacedEvent, "labelHidden"> & { event: { id: string } }>(
  marks: readonly M[],
  keep: ReadonlySet<string | undefined>,
  threshold = BATCHED_MARK_THRESHOLD,
): { vector: M[]; batched: M[] } {
  if (marks.length <= threshold) return { vector: [...marks], batched: [] };
  const vector: M[] = [];
  const batched: M[] = [];
  for (const mark of marks) (keep.has(mark.event.id) ? vector : batched).push(mark);
  return { vector, batched };
}
