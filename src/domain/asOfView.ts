/**
 * "What was known when": a dataset, or a timeline, as it stood on a given day. Only events some
 * source had reported by then are kept, each with what the latest such source said (its claim:
 * date, status, place), and only the evidence published by then. Pure: the as-of control, the
 * address's `asof=` and a presentation step's `asOf` all go through here.
 */
import { dayOfIso, isoOfDay } from "./fuzzyDate";
import { extentOf } from "./toTimeline";
import type { Dataset, EventRecord, Evidence, Timeline, TimelineClaim, TimelineEvent } from "./types";
import { compareFuzzyDates } from "./fuzzyDate";

/** What one event looks like on `date`: its claim then (if it has claims), and the evidence by then. */
export interface ReportedAsOf<C> {
  /** The claim of the latest source published by `date`; undefined for an event without claims. */
  claim?: C;
  /** The claims published by `date`, in the event's order. */
  claims?: C[];
  evidence: Evidence[];
}

/**
 * Whether and how an event was known on `date` (YYYY-MM-DD). An event with claims is known once
 * one of its claims' sources is published; one without, once one of its evidence's sources is.
 * `publishedOf` gives a source's publication day (YYYY-MM-DD), undefined for an unknown source.
 */
export function reportedAsOf<C extends { source: string; quote?: string }>(
  event: { evidence: readonly Evidence[]; claims?: readonly C[] },
  publishedOf: (sourceId: string) => string | undefined,
  date: string,
): ReportedAsOf<C> | undefined {
  const byThen = (sourceId: string) => {
    const published = publishedOf(sourceId);
    return published !== undefined && published <= date;
  };
  const evidence = event.evidence.filter((ev) => byThen(ev.source));
  if (!event.claims || event.claims.length === 0) return evidence.length > 0 ? { evidence } : undefined;
  const claims = event.claims.filter((c) => byThen(c.source));
  if (claims.length === 0) return undefined;
  // The latest publication wins; of two published the same day, the one listed later.
  let claim = claims[0];
  for (const c of claims) if ((publishedOf(c.source) ?? "") >= (publishedOf(claim.source) ?? "")) claim = c;
  // Every event keeps at least one piece of evidence: the claim's own source, when none other is out yet.
  const shown = evidence.length > 0 ? evidence : [claim.quote === undefined ? { source: claim.source } : { source: claim.source, quote: claim.quote }];
  return { claim, claims, evidence: shown };
}

/** The links that still point at an event in view. */
const linksWithin = <T extends { links?: EventRecord["links"] }>(event: T, ids: ReadonlySet<string>): T => {
  if (!event.links) return event;
  const links = event.links.filter((l) => ids.has(l.event));
  return links.length === event.links.length ? event : { ...event, links };
};

/** The dataset as known on `date` (YYYY-MM-DD): see the file's comment. */
export function asOfView(dataset: Dataset, date: string): Dataset {
  const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
  const publishedOf = (id: string) => published.get(id);
  const events: EventRecord[] = [];
  for (const record of dataset.events) {
    const known = reportedAsOf(record, publishedOf, date);
    if (!known) continue;
    const { claim } = known;
    const event: EventRecord = { ...record, evidence: known.evidence };
    if (claim) {
      event.when = claim.when;
      event.status = claim.status;
      event.claims = known.claims;
      // What a later source added (a place, the words that dated it) was not known yet.
      if (claim.place === undefined) delete event.place;
      else event.place = claim.place;
      if (claim.timePhrase === undefined) delete event.timePhrase;
      else event.timePhrase = claim.timePhrase;
    }
    events.push(event);
  }
  const ids = new Set(events.map((e) => e.id));
  const view: Dataset = {
    ...dataset,
    asOf: date,
    // A source with no publication day (an imported file) is always known.
    sources: dataset.sources.filter((s) => s.published === undefined || s.published <= date),
    events: events.map((e) => linksWithin(e, ids)),
  };
  const steps = dataset.story?.steps.filter((step) => ids.has(step.event));
  if (dataset.story && steps && steps.length > 0) view.story = { ...dataset.story, steps };
  else delete view.story;
  return view;
}

/**
 * The timeline as known on `day` (whole UTC days): the same choice as asOfView, on events already
 * parsed, so a view can move through the days without parsing dates again.
 */
export function timelineAsOf(timeline: Timeline, day: number): Timeline {
  const date = isoOfDay(day);
  const publishedOf = (id: string) => timeline.sources.get(id)?.published;
  const events: TimelineEvent[] = [];
  // Most days change nothing (no source after them): the timeline then stays the same object, so
  // the views built from it need not be built again.
  let changed = false;
  let redated = false;
  const outByThen = new Set<string>();
  for (const [id, source] of timeline.sources) if (source.published !== undefined && source.published <= date) outByThen.add(id);
  for (const event of timeline.events) {
    // The common case, decided without building anything: no claims, and every source out by
    // then, so the event is known as it is (at 10,000 events this halved the 19 ms this loop took).
    if (!event.claims?.length && event.evidence.length > 0 && event.evidence.every((ev) => outByThen.has(ev.source))) {
      events.push(event);
      continue;
    }
    const known = reportedAsOf<TimelineClaim>(event, publishedOf, date);
    if (!known) {
      changed = true;
      continue;
    }
    const { claim } = known;
    if (!claim) {
      if (known.evidence.length === event.evidence.length) events.push(event);
      else {
        changed = true;
        events.push({ ...event, evidence: known.evidence });
      }
      continue;
    }
    changed = true;
    redated = true;
    const spokenDay = dayOfIso(publishedOf(claim.source) ?? "") ?? day;
    events.push({
      ...event,
      when: claim.when,
      extent: extentOf(claim.when, spokenDay),
      status: claim.status,
      place: claim.place,
      timePhrase: claim.timePhrase,
      claims: known.claims,
      evidence: known.evidence,
    });
  }
  // Sources not yet published are not yet there (the credit line counts the sources).
  let sources = timeline.sources;
  if ([...sources.values()].some((source) => source.published !== undefined && source.published > date)) {
    sources = new Map([...sources].filter(([, source]) => source.published === undefined || source.published <= date));
    changed = true;
  }
  if (!changed) return timeline.asOfDay === day ? timeline : { ...timeline, asOfDay: day };
  const ids = new Set(events.map((e) => e.id));
  if (redated) events.sort((a, b) => compareFuzzyDates(a.when, b.when) || (a.id < b.id ? -1 : 1));
  const steps = timeline.story?.steps.filter((step) => ids.has(step.event));
  return {
    ...timeline,
    asOfDay: day,
    sources,
    events: events.map((e) => linksWithin(e, ids)),
    story: timeline.story && steps && steps.length > 0 ? { ...timeline.story, steps } : undefined,
  };
}

/** The days a reader can choose to see the timeline as of: each source's publication, oldest first. */
export function publicationDays(timeline: Pick<Timeline, "sources">): number[] {
  const days = new Set<number>();
  for (const source of timeline.sources.values()) {
    const day = source.published === undefined ? undefined : dayOfIso(source.published);
    if (day !== undefined) days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}
