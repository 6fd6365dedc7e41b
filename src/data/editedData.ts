import { toTimeline } from "../domain/toTimeline";
import { fuzzyDate } from "../domain/parseFuzzyDate";
import { toOurJson } from "../export";
import type { Dataset } from "../domain/types";
import { storeDataset } from "./datasetStore";

/**
 * The data on screen after an edit: the edited dataset as the reader's own copy ("opened"), kept
 * for a reload like an opened file, under the same name (the caller keeps the load, so the view carries on). Loaded
 * with the first edit: pages that only show a timeline never carry it.
 */
export function editedData(name: string, next: Dataset) {
  const saved = storeDataset(name, toOurJson(next));
  const notice = saved.ok ? undefined : `Your changes will not survive a reload: ${saved.reason}. Download the timeline to keep them.`;
  return { timeline: toTimeline(next, fuzzyDate), dataset: next, eventCount: next.events.length, issues: [], origin: "opened" as const, notice };
}
