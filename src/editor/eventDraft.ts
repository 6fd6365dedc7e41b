/** An event as the editor's form holds it, and back: empty optional fields are left out, as a file would. */
import type { Dataset, EventRecord, EventStatus } from "../domain/types";
import { ID_PATTERN, MAX_ID_LENGTH } from "../domain/schema";
import { slugify, unusedId } from "../domain/slugify";

export interface EvidenceDraft {
  source: string;
  quote: string;
  note: string;
}

export interface EventDraft {
  id: string;
  title: string;
  summary: string;
  /** The date as typed (words or EDTF); read by readDatePhrase. */
  whenText: string;
  timePhrase: string;
  status: EventStatus;
  actors: string[];
  category: string;
  place: string;
  evidence: EvidenceDraft[];
}

export function draftOf(event: EventRecord, whenText: string): EventDraft {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary ?? "",
    whenText,
    timePhrase: event.timePhrase ?? "",
    status: event.status,
    actors: [...event.actors],
    category: event.category ?? "",
    place: event.place ?? "",
    evidence: event.evidence.map((e) => ({ source: e.source, quote: e.quote ?? "", note: e.note ?? "" })),
  };
}

/** A new event's form: the first source cited, nothing else guessed. */
export function emptyDraft(dataset: Dataset, whenText = ""): EventDraft {
  return { id: "", title: "", summary: "", whenText, timePhrase: "", status: "happened", actors: [], category: "", place: "", evidence: [{ source: dataset.sources[0]?.id ?? "", quote: "", note: "" }] };
}

const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());

/** The record a draft stands for, with `when` the EDTF read from the typed date. */
export function recordOf(draft: EventDraft, when: string): EventRecord {
  const record: Record<string, unknown> = {
    id: draft.id,
    title: draft.title.trim(),
    summary: optional(draft.summary),
    when,
    timePhrase: optional(draft.timePhrase),
    status: draft.status,
    actors: draft.actors,
    category: optional(draft.category),
    place: optional(draft.place),
    evidence: draft.evidence.map((e) => {
      const item: Record<string, string | undefined> = { source: e.source, quote: optional(e.quote), note: optional(e.note) };
      for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
      return item;
    }),
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as EventRecord;
}

/** An id for a new entry from its title ("Singapore summit" → "singapore-summit"), not one of `taken`. */
export function idFor(title: string, taken: Iterable<string>, fallback = "event"): string {
  const base = slugify(title, MAX_ID_LENGTH - 4) || fallback;
  return unusedId(ID_PATTERN.test(base) ? base : fallback, new Set(taken));
}
