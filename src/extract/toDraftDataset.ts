/**
 * Accepted candidates → a dataset in our format (the current version) with one source entry for the
 * article, checked by `validateDataset` so what comes out always loads as a timeline.
 */
import { DATASET_VERSION } from "../domain/schema";
import type { Dataset, DatasetInput, EventRecord, Issue } from "../domain/types";
import { validateDataset } from "../domain/validateDataset";
import { actorLabelIn } from "./gazetteer";
import type { CandidateEvent, DraftSource } from "./types";

export interface DraftDatasetOptions {
  /** The timeline's title; defaults to the source's title. */
  title?: string;
  description?: string;
}

export interface DraftDatasetResult {
  /** The validated dataset; holds every event that passed (invalid ones are reported in `issues`). */
  dataset: Dataset;
  issues: Issue[];
}

/** One candidate as a dataset event: its sentence is the quote, its phrase the time phrase. */
export function candidateToEvent(candidate: CandidateEvent, sourceId: string): EventRecord {
  const event: EventRecord = {
    id: candidate.id,
    title: clip(candidate.title, 200),
    when: candidate.when,
    timePhrase: clip(candidate.phrase.text, 200),
    status: candidate.status,
    actors: candidate.actors,
    evidence: [{ source: sourceId, quote: clip(candidate.sentence.text, 2000) }],
  };
  if (candidate.place) event.place = clip(candidate.place, 200);
  return event;
}

/**
 * Builds the draft dataset from the candidates a person accepted (possibly edited). Actor ids
 * the gazetteer knows get its label, spelled as the quotes spell it ("NATO", "Nato"); unknown
 * ones (added by hand) are labelled with their id.
 */
export function toDraftDataset(accepted: CandidateEvent[], source: DraftSource, options: DraftDatasetOptions = {}): DraftDatasetResult {
  const events = accepted.map((c) => candidateToEvent(c, source.id));
  const actorIds = [...new Set(events.flatMap((e) => e.actors))];
  const quotes = accepted.map((c) => c.sentence.text).join("\n");
  const input: DatasetInput = {
    version: DATASET_VERSION,
    title: clip(options.title ?? source.title, 300),
    asOf: source.published,
    sources: [{ id: source.id, publisher: source.publisher, title: source.title, published: source.published, ...(source.url ? { url: source.url } : {}) }],
    actors: actorIds.map((id) => ({ id, label: actorLabelIn(id, quotes) ?? id })),
    categories: [],
    events,
  };
  if (options.description) input.description = clip(options.description, 2000);
  const { dataset, issues } = validateDataset(input);
  if (!dataset) throw new Error(`the draft dataset is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  return { dataset, issues };
}

function clip(text: string, max: number): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
