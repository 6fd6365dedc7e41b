import { compareFuzzyDates, dayOfIso } from "./fuzzyDate";
import type { Dataset, DayExtent, Timeline, TimelineEvent } from "./types";
import type { FuzzyDate } from "./fuzzyDate";

/**
 * Where an event is drawn. A deadline ("by the end of February") is a window that opens on the
 * day its source spoke (the statement is about the time after it) and closes at the deadline;
 * with no such day known, it is drawn at the deadline alone.
 */
export function extentOf(when: FuzzyDate, spokenDay: number | undefined): DayExtent {
  if (when.kind === "deadline") {
    const endDay = when.end.latestDay;
    return { startDay: Math.min(spokenDay ?? endDay, endDay), endDay };
  }
  return { startDay: when.start.earliestDay, endDay: when.end.latestDay };
}

/**
 * Turn a validated dataset into the timeline the views use: dates parsed, events sorted. `dateOf`
 * reads an event's EDTF date: parseFuzzyDate's `fuzzyDate`, or the dates the build parsed for the
 * bundled dataset (the page then never loads the parser).
 */
export function toTimeline(dataset: Dataset, dateOf: (edtf: string) => FuzzyDate): Timeline {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const asOfDay = (dataset.asOf !== undefined ? dayOfIso(dataset.asOf) : undefined) ?? newestPublished(dataset.sources);
  // Each source's day read once, not once for every event citing it.
  const spokenDays = new Map(dataset.sources.map((s) => [s.id, s.published !== undefined ? dayOfIso(s.published) : undefined]));
  const events: TimelineEvent[] = dataset.events.map((record) => {
    const when = dateOf(record.when);
    const spokenDay = spokenDays.get(record.evidence[0]?.source ?? "") ?? asOfDay;
    const event: TimelineEvent = {
      id: record.id,
      title: record.title,
      summary: record.summary,
      when,
      extent: extentOf(when, spokenDay),
      timePhrase: record.timePhrase,
      status: record.status,
      actors: record.actors,
      category: record.category,
      place: record.place,
      evidence: record.evidence,
      ...(record.fields ? { fields: record.fields } : {}),
    };
    if (record.claims) event.claims = record.claims.map((claim) => ({ ...claim, when: dateOf(claim.when) }));
    if (record.links) event.links = record.links;
    return event;
  });
  events.sort((a, b) => compareFuzzyDates(a.when, b.when) || (a.id < b.id ? -1 : 1));
  return {
    title: dataset.title,
    description: dataset.description,
    asOfDay,
    events,
    sources,
    actors: dataset.actors,
    categories: dataset.categories,
    story: dataset.story,
  };
}

/** The newest publication day among the sources; undefined when none gives one (today is never assumed). */
function newestPublished(sources: readonly { published?: string }[]): number | undefined {
  let newest: number | undefined;
  for (const source of sources) {
    const day = source.published === undefined ? undefined : dayOfIso(source.published);
    if (day !== undefined && (newest === undefined || day > newest)) newest = day;
  }
  return newest;
}
