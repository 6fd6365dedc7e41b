/**
 * The timeline of a dataset the reader opened (a file, a paste, an article, the library): its
 * dates read as the import read them, which loaded edtf.js if one of them needed it. A chunk of its
 * own, which the page loads as it opens one.
 */
import { fuzzyDate } from "../domain/readFuzzyDate";
import { toTimeline } from "../domain/toTimeline";
import type { Dataset, Timeline } from "../domain/types";

export function openedTimeline(dataset: Dataset): Timeline {
  return toTimeline(dataset, fuzzyDate);
}
