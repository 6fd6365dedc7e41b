/**
 * Which rows of a long list are rendered (issue 8): the first `shown`, plus the selected row when it
 * lies beyond them, so that selecting an event elsewhere always has a row to highlight and scroll to.
 * Pure, so the list's paging is tested without a DOM.
 */
export interface ListWindow {
  /** Indices into the full list, ascending. */
  indices: number[];
  /** Rows not rendered between the page and a selected row past it (0 when none). */
  gapBefore: number;
  /** Rows not rendered at the end. */
  hiddenAfter: number;
}

/** Rows added by each "Show more": enough to read on, few enough to render in one frame. */
export const LIST_PAGE_SIZE = 200;

export function listWindow(total: number, shown: number, selectedIndex = -1): ListWindow {
  const count = Math.max(0, Math.min(total, shown));
  const indices = Array.from({ length: count }, (_, i) => i);
  if (selectedIndex >= count && selectedIndex < total) {
    indices.push(selectedIndex);
    return { indices, gapBefore: selectedIndex - count, hiddenAfter: total - selectedIndex - 1 };
  }
  return { indices, gapBefore: 0, hiddenAfter: total - count };
}
