import type { PlacedEvent } from "../layout/types";

/**
 * Above this many marks in view, the marks without a label are drawn as a few batched paths
 * (DenseMarks) instead of an element group each (issue 8): zoomed out over 10,000 events some 2,500
 * bare dots are in view, and each was a focusable group of four elements that React and the
 * browser redid on every zoom step.
 * Below it every mark stays an element, so small timelines keep one element per event.
 */
export const DENSE_MARK_THRESHOLD = 300;

/**
 * Which marks are elements of their own (`vector`) and which are batched (`dense`). Labelled marks and the
 * ones named in `keep` (selected, compared, focused, hovered: the ones a reader is working with)
 * are always elements, so focus, selection and the accessible names work as on a small timeline.
 */
export function splitDenseMarks<M extends Pick<PlacedEvent, "labelHidden"> & { event: { id: string } }>(
  marks: readonly M[],
  keep: ReadonlySet<string | undefined>,
  threshold = DENSE_MARK_THRESHOLD,
): { vector: M[]; dense: M[] } {
  if (marks.length <= threshold) return { vector: [...marks], dense: [] };
  const vector: M[] = [];
  const dense: M[] = [];
  for (const mark of marks) (mark.labelHidden && !keep.has(mark.event.id) ? dense : vector).push(mark);
  return { vector, dense };
}
