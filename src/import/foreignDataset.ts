/**
 * Building a dataset from a format that has no sources, quotes or statuses (TimelineJS, its
 * spreadsheet, vis-timeline). What such a format lacks is filled in the same way for all of them,
 * and each filling-in is reported as a warning: nothing is fixed silently.
 */
import { EVENT_STATUSES, isHttpUrl } from "../domain/vocabulary";
import { dayOfIso, dayOfMs, isoOfDay } from "../domain/fuzzyDate";
import { parseFuzzyDate } from "../domain/readFuzzyDate";
import type { EventStatus } from "../domain/types";
import { finishImportSteps, IssueList } from "./finishImport";
import type { Steps } from "../domain/steps";
import { baseName, clip, IdAllocator, quoteValue } from "./text";
import { formatLabel, type FormatId, type ImportOptions, type ImportResult } from "./types";
import type { FieldOptions } from "./fieldChoice";
import { formatCount, plural } from "../domain/formatCount";

/** Dataset fields an event draft can come from; each may have a place in the input. */
export type DraftField = "id" | "title" | "summary" | "when" | "timePhrase" | "status" | "actors" | "category" | "place" | "evidence";

/** One event as read from the input, before ids, sources and statuses are settled. */
export interface EventDraft {
  /** Index in the input, for ordering the report. */
  sourceIndex: number;
  /** Where the event is: "events[3]", "line 5", "items[2]". */
  place: string;
  /** Where each field came from, e.g. { when: "events[3].start_date" }; missing ones fall back to `place`. */
  fields: Partial<Record<DraftField, string>>;
  /** The input's own id for it (TimelineJS unique_id, vis id). */
  idHint?: string;
  title?: string;
  summary?: string;
  /** An EDTF string; the importer has skipped the event when it had no usable date. */
  when: string;
  timePhrase?: string;
  /** A status the input gave explicitly (our own extension field); otherwise one is derived from the date. */
  status?: string;
  category?: string;
  actors?: string[];
  /** Text to record as the evidence's quote; defaults to the summary, then the title. */
  quote?: string;
  /** A note on the evidence (e.g. a media credit). */
  note?: string;
  /** The input's fields with no place in a dataset, as text ("Other fields"). */
  otherFields?: Record<string, string>;
}

export interface ForeignInput {
  format: FormatId;
  eventCount: number;
  options: ImportOptions;
  title?: string;
  titlePlace: string;
  description?: string;
  descriptionPlace?: string;
  drafts: EventDraft[];
  issues: IssueList;
  /** Labels the input declares for categories or actors even when no event uses them, in order. */
  declaredCategories?: string[];
  declaredActors?: string[];
  /** The file's own field names and the choice of title, date and group made for them. */
  fieldOptions?: FieldOptions;
}

const LIMITS = { title: 200, summary: 2000, quote: 2000, note: 500, timePhrase: 200, place: 200, label: 120, datasetTitle: 300, description: 2000 };

/** The id given to the source that stands for the imported file. */
export const IMPORTED_SOURCE_ID = "imported-file";

/** The import day as YYYY-MM-DD and its day number: the option when valid, else today in UTC. */
export function importDay(options: ImportOptions): { iso: string; day: number } {
  const given = options.importedOn === undefined ? undefined : dayOfIso(options.importedOn);
  const day = given ?? dayOfMs(Date.now());
  return { iso: isoOfDay(day), day };
}

/** The status a date implies on the day of import: "planned" when it ends after that day, else "happened". */
export function statusFromDate(when: string, todayDay: number): "planned" | "happened" {
  const parsed = parseFuzzyDate(when);
  return parsed.ok && parsed.date.end.latestDay > todayDay ? "planned" : "happened";
}

/** Build, validate and report a dataset from drafts. */
export function* buildForeignDataset(input: ForeignInput): Steps<ImportResult> {
  const { issues, options } = input;
  const formatName = formatLabel(input.format);
  const today = importDay(options);

  let title = input.title?.trim();
  if (!title) {
    const fallback = baseName(options.fileName) ?? "Imported timeline";
    issues.fileIssue(input.titlePlace, `${input.titlePlace === "(the file)" ? "has no title" : "is missing"}: the timeline is titled "${fallback}"${options.fileName ? " after the file" : ""}. Change it if you like.`);
    title = fallback;
  }
  title = clipped(title, LIMITS.datasetTitle, input.titlePlace, issues, -1);
  const description = input.description?.trim() ? clipped(input.description.trim(), LIMITS.description, input.descriptionPlace ?? input.titlePlace, issues, -1) : undefined;

  const sourceUrl = options.sourceUrl !== undefined && isHttpUrl(options.sourceUrl) ? options.sourceUrl : undefined;
  const source = {
    id: IMPORTED_SOURCE_ID,
    publisher: "Unknown publisher",
    title: clip(options.fileName?.split(/[\\/]/).pop()?.trim() || title, 500).text,
    // No publication day: the file is not a publication, and the day of import is no "as of" day.
    ...(sourceUrl ? { url: sourceUrl } : {}),
  };
  issues.fileIssue(
    "(the file)",
    `${formatName} files do not say where their events come from: the file itself is recorded as the only source (publisher unknown, no publication date, so no "as of" line is drawn). Replace it with the real sources.`,
  );
  issues.fileIssue(
    "(the file)",
    `${formatName} files have no quotes: each event's text is recorded as its evidence, but it is not a verbatim quote from an original source. Check each event against its source.`,
  );

  const ids = new IdAllocator("event");
  const categories = new LabelIds("category");
  const actors = new LabelIds("actor");
  for (const label of input.declaredCategories ?? []) categories.idOf(clip(label, LIMITS.label).text);
  for (const label of input.declaredActors ?? []) actors.idOf(clip(label, LIMITS.label).text);
  let planned = 0;
  let happened = 0;
  const events = input.drafts.map((draft) => {
    const at = (field: DraftField) => draft.fields[field] ?? draft.place;
    const i = draft.sourceIndex;
    let eventTitle = draft.title?.trim();
    if (!eventTitle) {
      const fromText = draft.summary?.trim();
      eventTitle = fromText ? clip(fromText.replace(/\s+/g, " "), 80).text : "Untitled event";
      issues.eventIssue(i, at("title"), `is missing: the event is titled "${eventTitle}"${fromText ? " from the start of its text" : ""}.`);
    }
    eventTitle = clipped(eventTitle, LIMITS.title, at("title"), issues, i);
    const id = ids.allocate(draft.idHint, eventTitle);
    if (draft.idHint !== undefined && draft.idHint !== id) {
      issues.eventIssue(i, at("id"), `${quoteValue(draft.idHint)} became the id "${id}" (ids use lower-case letters, digits and hyphens, and are unique). Links to the old id will not find it.`);
    }
    const summary = draft.summary?.trim() ? clipped(draft.summary.trim(), LIMITS.summary, at("summary"), issues, i) : undefined;
    const quoteText = (draft.quote?.trim() || summary || eventTitle).trim();
    const quote = clipped(quoteText, LIMITS.quote, at("evidence"), issues, i);
    const note = draft.note?.trim() ? clipped(draft.note.trim(), LIMITS.note, at("evidence"), issues, i) : undefined;
    const timePhrase = draft.timePhrase?.trim() ? clipped(draft.timePhrase.trim(), LIMITS.timePhrase, at("timePhrase"), issues, i) : undefined;

    let status = draft.status as EventStatus | undefined;
    if (status !== undefined && !(EVENT_STATUSES as readonly string[]).includes(status)) {
      issues.eventIssue(i, at("status"), `${quoteValue(status)} is not a status (${EVENT_STATUSES.join(", ")}): worked out from the date instead.`);
      status = undefined;
    }
    if (status === undefined) {
      status = statusFromDate(draft.when, today.day);
      if (status === "planned") planned++;
      else happened++;
    }
    const category = draft.category?.trim() ? categories.idOf(clipped(draft.category.trim(), LIMITS.label, at("category"), issues, i)) : undefined;
    const actorIds = [...new Set((draft.actors ?? []).map((a) => a.trim()).filter((a) => a !== "").map((a) => actors.idOf(clipped(a, LIMITS.label, at("actors"), issues, i))))];
    return {
      id,
      title: eventTitle,
      ...(summary ? { summary } : {}),
      when: draft.when,
      ...(timePhrase ? { timePhrase } : {}),
      status,
      actors: actorIds,
      ...(category ? { category } : {}),
      evidence: [{ source: IMPORTED_SOURCE_ID, quote, ...(note ? { note } : {}) }],
      ...(draft.otherFields ? { fields: draft.otherFields } : {}),
    };
  });
  if (planned + happened > 0) {
    issues.fileIssue(
      "(the file)",
      `${formatName} files do not say whether events happened: ${plural(happened, "event")} dated up to the day of import (${today.iso}) ${happened === 1 ? "is" : "are"} marked "happened"${planned ? `, ${plural(planned, "later event")} "planned"` : ""}. Correct any that were only expected or speculated.`,
    );
  }

  const origins = input.drafts.map((d, index) => ({ place: d.place, title: events[index].title, sourceIndex: d.sourceIndex }));
  const result = yield* finishImportSteps({
    format: input.format,
    eventCount: input.eventCount,
    raw: {
      version: 1,
      title,
      ...(description ? { description } : {}),
      sources: [source],
      actors: actors.list(),
      categories: categories.list(),
      events,
    },
    origins,
    eventPath: (index, rest) => {
      const draft = input.drafts[index];
      const field = /^\.([A-Za-z]+)/.exec(rest)?.[1] as DraftField | undefined;
      const place = field ? draft.fields[field] : undefined;
      return place ?? (field ? `${draft.place} (${field})` : draft.place);
    },
    topPath: (path) => (path.startsWith("sources") ? "(the source created for the file)" : path === "title" ? input.titlePlace : path),
    issues,
  });
  return input.fieldOptions ? { ...result, fieldOptions: input.fieldOptions } : result;
}

/** Clip text to a limit, with a warning when it was cut. */
function clipped(text: string, max: number, place: string, issues: IssueList, sourceIndex: number): string {
  const result = clip(text, max);
  if (result.clipped) {
    const message = `is ${formatCount(text.length)} characters long: cut to ${formatCount(max)}.`;
    if (sourceIndex < 0) issues.fileIssue(place, message);
    else issues.eventIssue(sourceIndex, place, message);
  }
  return result.text;
}

/** Ids for labels ("Weapons test" → "weapons-test"), the same label always getting the same id. */
class LabelIds {
  private readonly ids = new Map<string, string>();
  private readonly allocator: IdAllocator;

  constructor(fallback: string) {
    this.allocator = new IdAllocator(fallback);
  }

  idOf(label: string): string {
    let id = this.ids.get(label);
    if (id === undefined) {
      id = this.allocator.allocate(label);
      this.ids.set(label, id);
    }
    return id;
  }

  list(): { id: string; label: string }[] {
    return [...this.ids].map(([label, id]) => ({ id, label }));
  }
}
