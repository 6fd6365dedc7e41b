import { toTimeline } from "../domain/toTimeline";
import { fuzzyDate } from "../domain/parseFuzzyDate";
import type { Dataset } from "../domain/types";

/**
 * The data on screen after an edit: the edited dataset as the reader's own copy ("opened"), under
 * the same name and load (so the view carries on, and the library's autosave keeps it as an edit of
 * the same timeline). Loaded with the first edit: pages that only show a timeline never carry it.
 */
export function editedData(next: Dataset) {
  return { timeline: toTimeline(next, fuzzyDate), dataset: next, eventCount: next.events.length, issues: [], origin: "opened" as const };
}
