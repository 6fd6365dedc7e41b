/**
 * A new article's candidate events against the events a timeline already has: which candidate
 * tells of a happening the timeline knows (the same happening: dates that overlap, the same
 * actors, the same words), and what it adds there: more evidence, a changed status (a plan that
 * has now happened) or a more precise date. Pure; "Add an article" and `npm run extract --into`
 * both decide with it.
 */
import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import { dayOfIso } from "../domain/fuzzyDate";
import { extentOf } from "../domain/toTimeline";
import type { Dataset, DayExtent, EventRecord, EventStatus, Source } from "../domain/types";
import { reportingSource } from "../domain/linkedEvents";
import { findMentions } from "./gazetteer";
import type { CandidateEvent } from "./types";

/**
 * Below this score a candidate is a new event. The unit tests (tests/extract/matchCandidates.test.ts)
 * set it between what follow-up sentences about the bundled timeline score: a restated or
 * followed-up happening 0.65 and more, a dated sentence about something else (a minister's trip
 * in the summit's window, a news conference the day after it) 0.5 and less.
 */
export const MATCH_THRESHOLD = 0.55;

/**
 * A candidate this sure of its date is taken without a person's say: it starts accepted in the
 * dialogs, and `npm run extract --into` adds it as a new event when it matches none.
 */
export const NEW_EVENT_CONFIDENCE = 0.5;

/** How a candidate would change the event it matches. */
export type MatchKind = "evidence" | "status-change" | "more-precise";

/** What to do with one candidate. */
export type Proposal =
  | { kind: "new-event"; reasons: string[] }
  | { kind: MatchKind; eventId: string; score: number; reasons: string[] };

/** One candidate with what to do with it, and the events it could be (best first), for a reviewer to choose another. */
export interface CandidateMatch {
  candidate: CandidateEvent;
  proposal: Proposal;
  /** The events with some likeness (dates that overlap or nearly), best first, at most MAX_ALTERNATIVES: a reviewer may pick one of these. */
  alternatives: { eventId: string; score: number }[];
}

/** The most alternatives listed for one candidate: a reviewer's list to choose from, not the whole timeline. */
export const MAX_ALTERNATIVES = 20;

/** Words that say nothing about which happening a sentence is about. */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could
  did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself
  just me more most my no nor not now of off on once only or other our out over own said same say says she should so some such than that
  the their them then there these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april
  may june july august september october november december week weeks month months year years day days last next earlier later ago since
  mr mrs ms president leader leaders new first one two three`
    .split(/\s+/)
    .filter(Boolean),
);

/** The content words of a text, lower-cased, a plural's "s" and a possessive's "'s" taken off. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "").split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw) || /^\d+$/.test(raw)) continue;
    words.add(raw.length > 4 && raw.endsWith("s") && !raw.endsWith("ss") ? raw.slice(0, -1) : raw);
  }
  return words;
}

/** Statuses in the order a happening moves through them: a later report may move it forward, not back. */
const STAGE: Record<EventStatus, number> = { speculated: 0, expected: 1, planned: 1, ongoing: 2, happened: 3 };
/** Statuses that say something has not happened yet. */
export const isPlan = (status: EventStatus) => STAGE[status] <= 1;
/**
 * A status a later report can change: a plan that now has happened (or is under way), or talk
 * that has become a plan. A state that was ongoing and an event that happened are different
 * things told in different words, not one moving on.
 */
const isStatusChange = (from: EventStatus, to: EventStatus) => isPlan(from) && STAGE[to] > STAGE[from];
const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** A candidate against the whole timeline: what the matcher needs, worked out once. */
export interface MatchContext {
  dataset: Dataset;
  /** The new article's publication day (YYYY-MM-DD): a deadline it reports opens then. */
  published: string;
  /** How many events each content word appears in. */
  documentFrequency: Map<string, number>;
  eventWords: Map<string, Set<string>>;
  /** The gazetteer's actor ids as the dataset's ("united-states" → "us"). */
  actorIdOf: (candidateActor: string) => string | undefined;
  /** The dataset's sources by id. */
  sources: ReadonlyMap<string, Source>;
}

/** The words an event is told in: title, summary, place, and every quote its sources give. */
const eventText = (e: EventRecord) =>
  [e.title, e.summary, e.place, ...e.evidence.map((ev) => ev.quote), ...(e.claims ?? []).map((c) => c.quote)].filter(Boolean).join(" ");

export function matchContext(dataset: Dataset, published: string): MatchContext {
  const eventWords = new Map(dataset.events.map((e) => [e.id, contentWords(eventText(e))]));
  const documentFrequency = new Map<string, number>();
  for (const words of eventWords.values()) for (const w of words) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const byGazetteer = new Map<string, string>();
  for (const actor of dataset.actors) {
    byGazetteer.set(actor.id, actor.id);
    // "United States" is the gazetteer's "united-states": the dataset's own id ("us") stands for it.
    for (const m of findMentions(actor.label)) if (m.actor && !byGazetteer.has(m.actor)) byGazetteer.set(m.actor, actor.id);
  }
  return { dataset, published, documentFrequency, eventWords, actorIdOf: (id) => byGazetteer.get(id), sources: new Map(dataset.sources.map((s) => [s.id, s])) };
}

/** The days a date covers, a deadline's window opening on `spokenDay`; undefined for a date that does not parse. */
function extentOfEdtf(edtf: string, spokenDay: number | undefined): DayExtent | undefined {
  const parsed = parseFuzzyDate(edtf);
  return parsed.ok ? extentOf(parsed.date, spokenDay) : undefined;
}

const lengthOf = (x: DayExtent) => x.endDay - x.startDay + 1;

/**
 * 1 when the two extents overlap at a like scale (a two-day summit inside a six-week window), less
 * when one is far wider (a year against a day), a little for a day or so apart, else 0.
 */
function dateLikeness(a: DayExtent, b: DayExtent): number {
  const overlap = Math.min(a.endDay, b.endDay) - Math.max(a.startDay, b.startDay) + 1;
  if (overlap > 0) {
    const ratio = Math.max(lengthOf(a), lengthOf(b)) / Math.min(lengthOf(a), lengthOf(b));
    return ratio <= 62 ? 1 : ratio <= 400 ? 0.6 : 0.3;
  }
  const gap = -overlap;
  return gap <= 1 ? 0.4 : gap <= 7 ? 0.2 : 0;
}

/** The day an event's source spoke (a deadline's window opens then). */
function spokenDayOf(source: Source | undefined): number | undefined {
  return source?.published === undefined ? undefined : dayOfIso(source.published);
}

/** A candidate against one event: how alike they are, and what the candidate would add to it. */
export function compareWithEvent(candidate: CandidateEvent, event: EventRecord, context: MatchContext): { kind: MatchKind; score: number; reasons: string[] } {
  const reasons: string[] = [];
  const candidateDate = parseFuzzyDate(candidate.when);
  const candidateExtent = candidateDate.ok ? extentOf(candidateDate.date, dayOfIso(context.published)) : undefined;
  // The event as its latest source has it, and as every earlier claim had it: a follow-up may match either.
  const { sources } = context;
  const eventDate = parseFuzzyDate(event.when);
  const eventExtent = eventDate.ok ? extentOf(eventDate.date, spokenDayOf(reportingSource(event, sources))) : undefined;
  const extents = [eventExtent, ...(event.claims ?? []).map((c) => extentOfEdtf(c.when, spokenDayOf(sources.get(c.source))))].filter((x): x is DayExtent => x !== undefined);
  const date = candidateExtent ? Math.max(0, ...extents.map((x) => dateLikeness(candidateExtent, x))) : 0;
  if (date >= 1) reasons.push("the dates overlap");
  else if (date > 0.3) reasons.push("the dates are close");

  // The candidate's actors as the dataset's ids where it lists them ("united-states" is "us").
  const actors = [...new Set(candidate.actors.map((id) => context.actorIdOf(id) ?? id))];
  const shared = actors.filter((a) => event.actors.includes(a));
  // Who is named is evidence only when both name someone: a sentence naming no one is no less alike.
  const actorScore = actors.length === 0 || event.actors.length === 0 ? 0.5 : shared.length / Math.min(actors.length, event.actors.length);
  if (shared.length > 0) reasons.push(`both name ${shared.map((id) => context.dataset.actors.find((a) => a.id === id)?.label ?? id).join(" and ")}`);

  const words = contentWords(`${candidate.sentence.text} ${candidate.place ?? ""}`);
  const known = context.eventWords.get(event.id) ?? new Set<string>();
  // Rare words weigh more: "Hanoi" says more about which event than "Trump" does in a timeline of Trump.
  const n = context.dataset.events.length;
  const weight = (w: string) => Math.log((n + 1) / Math.max(1, context.documentFrequency.get(w) ?? 1)) + 0.1;
  let total = 0;
  let common = 0;
  const commonWords: string[] = [];
  for (const w of words) {
    total += weight(w);
    if (known.has(w)) {
      common += weight(w);
      commonWords.push(w);
    }
  }
  // A follow-up shares some of its words with the first report, never all: half of them is a full match.
  const wordScore = total === 0 ? 0 : Math.min(1, (2 * common) / total);
  if (commonWords.length > 0) reasons.push(`shared words: ${commonWords.slice(0, 6).join(", ")}`);

  // Without overlapping (or nearly touching) dates it is not the same happening, whatever the words.
  // Words weigh most: a six-week window overlaps many dates, and the same actors meet often.
  const score = date === 0 ? 0 : round(0.3 * date + 0.2 * actorScore + 0.5 * wordScore);

  let kind: MatchKind = "evidence";
  if (datesTheReport(candidate)) {
    // "The White House said on Tuesday that the summit will be held…": Tuesday is when it was said.
    reasons.push("its date is the day it was said, not of the event");
  } else if (isStatusChange(event.status, candidate.status)) {
    kind = "status-change";
    reasons.push(`status ${event.status} → ${candidate.status}`);
  } else if (
    candidateDate.ok &&
    eventDate.ok &&
    candidateExtent &&
    eventExtent &&
    // A day of a two-day visit is part of it, not a finer date for it: only a window or a coarser date is made more precise.
    (eventDate.date.kind === "deadline" || PRECISION_RANK[candidateDate.date.precision] > PRECISION_RANK[eventDate.date.precision]) &&
    isMorePrecise(candidateExtent, eventExtent)
  ) {
    kind = "more-precise";
    reasons.push(`a more precise date: ${candidate.when} inside ${event.when}`);
  }
  return { kind, score, reasons };
}

/** A reporting verb just before the time phrase: "said on Tuesday", "announced on Friday". */
const REPORTED_ON = /\b(?:said|says|announced|confirmed|told|reported|added|stated|declared)(?:\s+\w+)?\s*,?\s*$/i;

/** Whether the candidate's date is the day something was said rather than the day of what was said. */
export function datesTheReport(candidate: CandidateEvent): boolean {
  const before = candidate.sentence.text.slice(0, Math.max(0, candidate.phrase.start - candidate.sentence.start));
  return REPORTED_ON.test(before);
}

/** Strictly inside the event's extent, and narrower: the new source dates it more finely. */
function isMorePrecise(candidate: DayExtent, event: DayExtent): boolean {
  return candidate.startDay >= event.startDay && candidate.endDay <= event.endDay && lengthOf(candidate) < lengthOf(event);
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * For each candidate, the event it tells of (the best-scoring one at or above `threshold`) and
 * what it adds there, or a new event. A plan that already has an outcome in the timeline (an event
 * linked to it as `outcome-of`) hands a candidate on to that outcome, so no second outcome is made.
 */
export function matchCandidates(candidates: readonly CandidateEvent[], dataset: Dataset, published: string, threshold = MATCH_THRESHOLD): CandidateMatch[] {
  const context = matchContext(dataset, published);
  const outcomeOf = new Map<string, string>();
  for (const e of dataset.events) for (const link of e.links ?? []) if (link.type === "outcome-of") outcomeOf.set(link.event, e.id);
  return candidates.map((candidate) => {
    const scored = dataset.events
      .map((event) => ({ event, ...compareWithEvent(candidate, event, context) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || STAGE[b.event.status] - STAGE[a.event.status]);
    const alternatives = scored.slice(0, MAX_ALTERNATIVES).map((s) => ({ eventId: s.event.id, score: s.score }));
    let best = scored[0];
    if (best && best.kind === "status-change" && outcomeOf.has(best.event.id)) {
      const outcome = scored.find((s) => s.event.id === outcomeOf.get(best!.event.id));
      if (outcome && outcome.score >= threshold) best = outcome;
    }
    if (!best || best.score < threshold) {
      const reasons = best ? [`the closest event, “${best.event.title}”, scores ${best.score} (below ${threshold})`] : ["no event of the timeline has an overlapping date"];
      return { candidate, proposal: { kind: "new-event", reasons }, alternatives };
    }
    return { candidate, proposal: { kind: best.kind, eventId: best.event.id, score: best.score, reasons: best.reasons }, alternatives };
  });
}
