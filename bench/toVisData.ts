/**
 * The benchmark's events in vis-timeline's own format, so that the peer reads native items as the
 * app reads its native file: the same events, each tool spared the other's parsing. Written next to
 * each generated dataset as `events-N.vis.json` (and `bundled.vis.json` for the bundled dataset).
 *
 * vis-timeline has no notion of an uncertain date, so each event becomes the plainest item that
 * covers its first possible day:
 * - a day, month or year (approximate or not) starts on the first day it may be: 2018-06 → 2018-06-01;
 * - "one day between" [A..B] is one day too: a point on A;
 * - a span A/B is a range from A's first day to the end of B's last day: vis-timeline's `end` is an
 *   instant, so a range that ends at the start of that day would drop the day;
 * - a deadline [..D] ("on or before D") is a point on D, the one day it names (its start is open).
 */
import { isoOfDay } from "../src/domain/fuzzyDate";
import { parseFuzzyDate } from "../src/domain/parseFuzzyDate";
import type { DatasetInput } from "../src/domain/types";

/** A vis-timeline item: `content` is HTML to vis-timeline, so the title arrives escaped. */
export interface VisItem {
  id: string;
  content: string;
  /** YYYY-MM-DD, the first day the event may be. */
  start: string;
  /** For spans: YYYY-MM-DD of the day after its last day (vis-timeline's end is exclusive). */
  end?: string;
  group: string;
}

export interface VisGroup {
  id: string;
  content: string;
}

export interface VisTimelineData {
  items: VisItem[];
  groups: VisGroup[];
}

/** The group of events without a category (vis-timeline hides grouped items that have none). */
export const NO_CATEGORY_GROUP: VisGroup = { id: "(none)", content: "No category" };

/** Text for a place that vis-timeline reads as HTML: titles come from data and must stay text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type EventInput = Pick<DatasetInput["events"][number], "id" | "title" | "when" | "category">;

/** One event as a vis-timeline item; throws an Error naming the event when its date does not parse. */
export function toVisItem(event: EventInput): VisItem {
  const parsed = parseFuzzyDate(event.when);
  if (!parsed.ok) throw new Error(`event ${event.id}: when "${event.when}" ${parsed.error}`);
  const { kind, start, end } = parsed.date;
  const item: VisItem = {
    id: event.id,
    content: escapeHtml(event.title),
    start: isoOfDay(kind === "deadline" ? end.latestDay : start.earliestDay),
    group: event.category ?? NO_CATEGORY_GROUP.id,
  };
  if (kind === "span") item.end = isoOfDay(end.latestDay + 1);
  return item;
}

/** A dataset in the app's format as vis-timeline items, one group per category lane. */
export function toVisData(dataset: Pick<DatasetInput, "events" | "categories">): VisTimelineData {
  const items = dataset.events.map(toVisItem);
  const groups: VisGroup[] = (dataset.categories ?? []).map((c) => ({ id: c.id, content: escapeHtml(c.label) }));
  const known = new Set(groups.map((g) => g.id));
  for (const item of items) {
    if (known.has(item.group)) continue;
    known.add(item.group);
    groups.push(item.group === NO_CATEGORY_GROUP.id ? NO_CATEGORY_GROUP : { id: item.group, content: escapeHtml(item.group) });
  }
  return { items, groups };
}
