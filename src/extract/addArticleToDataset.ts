/**
 * A new article added to a timeline, as the reviewer decided candidate by candidate: its source
 * entry, more evidence for events it restates, what it says now about events whose status or date
 * it changes (a claim of its own, the earlier source's claim kept), and the events it adds. Pure:
 * returns a new dataset (the current version), checked by validateDataset; the input is untouched.
 */
import { DATASET_VERSION, EVENT_LIMITS } from "../domain/schema";
import { slugify, unusedId } from "../domain/slugify";
import type { Claim, Dataset, DatasetInput, EventRecord } from "../domain/types";
import { validateDataset } from "../domain/validateDataset";
import { actorLabelIn } from "./gazetteer";
import { isPlan, matchContext, type MatchKind } from "./matchCandidates";
import { candidateToEvent } from "./toDraftDataset";
import type { CandidateEvent } from "./types";

/** The article's source entry, as the reader gives it. */
export interface ArticleSource {
  publisher: string;
  title: string;
  /** YYYY-MM-DD */
  published: string;
  url?: string;
}

/** What to do with one accepted candidate; candidates left out are not added. */
export type Decision = { candidate: CandidateEvent; action: "new-event" } | { candidate: CandidateEvent; action: MatchKind; eventId: string };

/** What one decision did, in words, with the event it touched (or made). */
export interface Change {
  candidateId: string;
  /** The event the candidate went to: an existing one, or the one it made. */
  eventId: string;
  /** "added", or "skipped" when a limit of the format left it out. */
  done: "added" | "skipped";
  words: string;
}

export interface AddArticleResult {
  dataset: Dataset;
  sourceId: string;
  changes: Change[];
}

const clip = (text: string, max: number) => {
  const t = text.trim().replace(/\s+/g, " ");
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
};

/** The claim an event's fields make, from the source that first reported it: kept before a newer source's claim is added. */
function claimOfFields(event: EventRecord, dataset: Dataset): Claim {
  const published = new Map(dataset.sources.map((s) => [s.id, s.published ?? ""]));
  // The earliest source: with it the event is known from the same day as before it had claims.
  const first = [...event.evidence].sort((a, b) => (published.get(a.source) ?? "").localeCompare(published.get(b.source) ?? ""))[0];
  const quote = event.evidence.find((ev) => ev.source === first.source && ev.quote)?.quote;
  return {
    source: first.source,
    when: event.when,
    status: event.status,
    ...(event.timePhrase ? { timePhrase: event.timePhrase } : {}),
    ...(event.place ? { place: event.place } : {}),
    ...(quote ? { quote } : {}),
  };
}

/**
 * The dataset with the article added: see the file's comment. Throws an Error naming the problem
 * when the result would not be a valid timeline (nothing is changed then).
 */
export function addArticleToDataset(dataset: Dataset, source: ArticleSource, decisions: readonly Decision[]): AddArticleResult {
  const context = matchContext(dataset, source.published);
  const sourceId = unusedId(slugify(`${source.publisher} ${source.published}`, 60) || "article", new Set(dataset.sources.map((s) => s.id)));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const order = dataset.events.map((e) => e.id);
  const takenIds = new Set(order);
  const actors = [...dataset.actors];
  const changes: Change[] = [];
  const quotes = decisions.map((d) => d.candidate.sentence.text).join("\n");

  /** The candidate's actors as the dataset's ids; an actor the timeline does not list yet is added. */
  const actorsOf = (candidate: CandidateEvent): string[] => {
    const ids: string[] = [];
    for (const id of candidate.actors) {
      let own = context.actorIdOf(id) ?? actors.find((a) => a.id === id)?.id;
      if (own === undefined) {
        actors.push({ id, label: actorLabelIn(id, quotes) ?? id });
        own = id;
      }
      if (!ids.includes(own)) ids.push(own);
    }
    return ids;
  };
  const quoteOf = (c: CandidateEvent) => clip(c.sentence.text, EVENT_LIMITS.quote);
  const newClaim = (c: CandidateEvent): Claim => ({
    source: sourceId,
    when: c.when,
    status: c.status,
    timePhrase: clip(c.phrase.text, EVENT_LIMITS.timePhrase),
    ...(c.place ? { place: clip(c.place, EVENT_LIMITS.place) } : {}),
    quote: quoteOf(c),
  });
  const addEvent = (record: EventRecord) => {
    events.set(record.id, record);
    order.push(record.id);
    takenIds.add(record.id);
  };
  const newId = (title: string) => unusedId(slugify(title) || "event", takenIds);

  for (const decision of decisions) {
    const { candidate } = decision;
    if (decision.action === "new-event") {
      const record: EventRecord = { ...candidateToEvent(candidate, sourceId), id: newId(candidate.title), actors: actorsOf(candidate) };
      addEvent(record);
      changes.push({ candidateId: candidate.id, eventId: record.id, done: "added", words: `New event “${record.title}”` });
      continue;
    }
    const event = events.get(decision.eventId);
    if (!event) throw new Error(`the timeline has no event “${decision.eventId}” to add the article's sentence to`);
    // Two dates in one sentence may both point here: its words are cited once.
    const quote = quoteOf(candidate);
    const cited = event.evidence.some((ev) => ev.source === sourceId && ev.quote === quote);
    const evidence = cited ? event.evidence : [...event.evidence, { source: sourceId, quote }];
    if (evidence.length > EVENT_LIMITS.evidence) {
      changes.push({ candidateId: candidate.id, eventId: event.id, done: "skipped", words: `Not added to “${event.title}”: it already cites ${EVENT_LIMITS.evidence} pieces of evidence, the most an event may` });
      continue;
    }
    if (decision.action === "evidence") {
      events.set(event.id, { ...event, evidence });
      changes.push({ candidateId: candidate.id, eventId: event.id, done: "added", words: `New evidence for “${event.title}”` });
    } else if (decision.action === "status-change" && isPlan(event.status) && !isPlan(candidate.status)) {
      // What was planned and what happened are two events, the outcome linked to its plan (as the
      // bundled timeline has the Hanoi summit): the plan stays as it was reported, its window drawn.
      // The same cast as the plan's: a host country the sentence names ("in Hanoi") is no new lane.
      const known = candidate.actors.map((id) => context.actorIdOf(id)).filter((id): id is string => id !== undefined);
      const outcome: EventRecord = {
        ...candidateToEvent(candidate, sourceId),
        id: newId(candidate.title),
        actors: [...new Set([...event.actors, ...known])],
        claims: [newClaim(candidate)],
        links: [{ type: "outcome-of", event: event.id }],
      };
      if (event.category) outcome.category = event.category;
      addEvent(outcome);
      changes.push({ candidateId: candidate.id, eventId: outcome.id, done: "added", words: `Status: ${event.status} → ${candidate.status} for “${event.title}”: its outcome “${outcome.title}”, linked to it` });
    } else {
      // The same event, said anew: the newer source's claim, the earlier ones kept (the event's
      // own fields first become a claim of the source that first reported it, if it had none).
      const earlier = event.claims && event.claims.length > 0 ? event.claims : [claimOfFields(event, dataset)];
      if (earlier.length + 1 > EVENT_LIMITS.claims) {
        changes.push({ candidateId: candidate.id, eventId: event.id, done: "skipped", words: `Not added to “${event.title}”: it already has ${EVENT_LIMITS.claims} claims, the most an event may` });
        continue;
      }
      const claim = newClaim(candidate);
      const next: EventRecord = { ...event, evidence, claims: [...earlier, claim], when: claim.when, status: claim.status, timePhrase: claim.timePhrase };
      // The event's own fields are what the latest source says (so readers of version 1 see it).
      if (claim.place) next.place = claim.place;
      events.set(event.id, next);
      const words =
        decision.action === "status-change"
          ? `Status: ${event.status} → ${candidate.status} for “${event.title}”`
          : `More precise date for “${event.title}”: ${event.when} → ${candidate.when}`;
      changes.push({ candidateId: candidate.id, eventId: event.id, done: "added", words });
    }
  }

  const entry = {
    id: sourceId,
    publisher: clip(source.publisher, 200),
    title: clip(source.title, 500),
    published: source.published,
    ...(source.url ? { url: source.url } : {}),
  };
  const input: DatasetInput = {
    ...dataset,
    version: DATASET_VERSION,
    sources: [...dataset.sources, entry],
    actors,
    events: order.map((id) => events.get(id)!),
  };
  const { dataset: checked, issues } = validateDataset(input);
  const errors = issues.filter((i) => i.severity === "error");
  if (!checked || errors.length > 0) {
    // The first problem is the cause; the rest mostly follow from it.
    const listed = errors.slice(0, 2).map((i) => `${i.path}: ${i.message}`).join("; ");
    throw new Error(`the timeline would not be valid with this article: ${listed}${errors.length > 2 ? ` (and ${errors.length - 2} more)` : ""}`);
  }
  return { dataset: checked, sourceId, changes };
}
