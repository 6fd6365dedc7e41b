import type { EventStatus, TimelineEvent } from "./types";

/** What the reader asked to see. Empty lists mean "all". */
export interface EventFilter {
  actors: string[];
  categories: string[];
  statuses: EventStatus[];
  /** Free text, matched against titles, summaries, quotes, places and time phrases. */
  query: string;
}

export const EMPTY_FILTER: EventFilter = { actors: [], categories: [], statuses: [], query: "" };

export function isFilterActive(filter: EventFilter): boolean {
  return filter.actors.length > 0 || filter.categories.length > 0 || filter.statuses.length > 0 || filter.query.trim() !== "";
}

/** Lower case without accents, so "Pyongyang" matches "pyongyang" and "Séoul" matches "seoul". */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/** The words of a query; an event matches when every word occurs in its text. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

/** All the text of an event that search looks at. */
export function searchableText(event: TimelineEvent): string {
  return [event.title, event.summary, event.place, event.timePhrase, ...event.evidence.map((e) => e.quote)].filter(Boolean).join("\n");
}

/**
 * The events that pass the filter, in their original (date) order. Actors match when an event
 * has any of the chosen actors; categories and statuses likewise; search needs every word.
 */
export function filterEvents(events: TimelineEvent[], filter: EventFilter): TimelineEvent[] {
  if (!isFilterActive(filter)) return events;
  const actors = new Set(filter.actors);
  const categories = new Set(filter.categories);
  const statuses = new Set<string>(filter.statuses);
  const terms = queryTerms(filter.query);
  return events.filter((event) => {
    if (actors.size > 0 && !event.actors.some((a) => actors.has(a))) return false;
    if (categories.size > 0 && !categories.has(event.category ?? "")) return false;
    if (statuses.size > 0 && !statuses.has(event.status)) return false;
    if (terms.length > 0) {
      const text = foldForSearch(searchableText(event));
      if (!terms.every((t) => text.includes(t))) return false;
    }
    return true;
  });
}

/** Where the query's words occur in `text`, as [start, end) ranges, merged and sorted; for highlighting. */
export function matchRanges(text: string, query: string): [number, number][] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  // Folding can change lengths (é → e + accent removed), so fold character by character and keep a map.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldForSearch(text[i]);
    for (let j = 0; j < f.length; j++) origin.push(i);
    folded += f;
  }
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at === -1) break;
      ranges.push([origin[at], origin[at + term.length - 1] + 1]);
      from = at + term.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
