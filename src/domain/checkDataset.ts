/**
 * The dataset check (validateDataset.ts) without zod: what is valid passes the checks here and is
 * taken as zod would give it back; only what fails them is handed to zod, to find and word its
 * problems. zod and its wording load with validateDataset.ts, which a page opening a valid file
 * never needs (about 25 KB gzip). The checks here may refuse what zod accepts (zod then has the
 * last word), never the other way round: tests/domain/checkDataset.test.ts compares them.
 */
import { CodeNeeded } from "./codeNeeded";
import { eventSchemaProblems } from "./eventSchemaProblems";
import { normaliseEvent } from "./normaliseEvent";
import { formatPath } from "./issuePath";
import { IssueCollector } from "./IssueCollector";
import { isIsoDay, parseFuzzyDate } from "./readFuzzyDate";
import type { Steps } from "./steps";
import type { Dataset, EventRecord, Issue, Labelled, Source, Story } from "./types";
import { isHttpUrl } from "./vocabulary";
import { DATASET_LIMITS, ID_PATTERN, MAX_EVENTS, MAX_ID_LENGTH, MAX_LABEL_CHARS, MAX_LABELLED, MAX_SOURCES, MAX_STORY_STEPS, READABLE_VERSIONS, SOURCE_LIMITS, STORY_LIMITS } from "./datasetLimits";
import { formatCount } from "./formatCount";

export interface ValidationResult {
  /** Present when the file is usable: it holds every event that passed; skipped ones are in `issues`. */
  dataset?: Dataset;
  /** The problems: a few thousand listed one by one, the rest counted by kind (see IssueCollector). */
  issues: Issue[];
  /** How many events the file had, to say "16 of 18 events". */
  eventCount: number;
  /** Each event left out, by its index in `events`, with its first error: the reason it was left out. */
  failed?: { index: number; reason: Issue }[];
}

/** The top level of a dataset, its lists not yet checked entry by entry. */
export type TopLevel = Omit<Dataset, "sources" | "actors" | "categories" | "events" | "story"> & { sources: unknown[]; actors: unknown[]; categories: unknown[]; events: unknown[]; story?: unknown };

export type ListField = "sources" | "actors" | "categories";

/** zod's checks and words, for what fails the checks here (validateDataset.ts). Each adds its problems to `collector`. */
export interface SchemaWording {
  /** The top level as zod gives it back, or undefined when it fails. */
  topLevel(json: object, collector: IssueCollector): TopLevel | undefined;
  /** One source, actor or category as zod gives it back, or undefined when it fails. */
  listEntry(field: ListField, item: unknown, index: number, collector: IssueCollector): Source | Labelled | undefined;
  /** An event eventSchemaProblems found problems in: zod may still take it; else its first error, the reason it is left out. */
  event(raw: unknown, index: number, collector: IssueCollector): { event: EventRecord } | { reason: Issue };
  /** An event's problems (`kinds`, found without zod) counted, once the report lists no more; the reason it is left out. */
  countProblems(raw: unknown, index: number, kinds: string[], collector: IssueCollector): Issue;
  /** The story as zod gives it back, or undefined when it fails. */
  story(story: unknown, collector: IssueCollector): Story | undefined;
}

let schemaWording: SchemaWording | undefined;

/** Called by validateDataset.ts as it loads. */
export function setSchemaWording(words: SchemaWording): void {
  schemaWording = words;
}

function wording(): SchemaWording {
  if (!schemaWording) throw new CodeNeeded("validateDataset");
  return schemaWording;
}

/** The lists events refer to by id, with their limits and words for the report. */
const LISTS = {
  sources: { max: MAX_SOURCES, verb: "citing" },
  actors: { max: MAX_LABELLED, verb: "naming" },
  categories: { max: MAX_LABELLED, verb: "naming" },
} as const;

/** Type names in words, for the report. */
export const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  array: "a list",
  object: "an object",
  boolean: "true or false",
};

/** A value in words, for the report ("text \"x\"", "a list", "null"). */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return TYPE_NAMES[typeof value] ? `${TYPE_NAMES[typeof value]} (${String(JSON.stringify(value)).slice(0, 40)})` : typeof value;
}

/** Events checked between two steps (see steps.ts): a few milliseconds of work. */
const EVENTS_PER_STEP = 250;

/**
 * Check a parsed dataset file, in steps of a few hundred events, each saying how many have been
 * checked. Finds every problem, with its path and a hint (the first few thousand listed, the rest
 * counted). Events that fail are skipped (and reported), and so are sources, actors and categories,
 * with the events naming them; the rest form the dataset. Throws CodeNeeded when a problem is found
 * before validateDataset.ts (the wording) has loaded; nothing else.
 */
export function* checkDatasetSteps(json: unknown): Steps<ValidationResult> {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return {
      issues: [{ path: "(the file)", message: `must be a JSON object with "version", "title", "sources" and "events", not ${describeValue(json)}`, severity: "error" }],
      eventCount: 0,
    };
  }
  const collector = new IssueCollector();
  const rawEvents = Array.isArray((json as { events?: unknown }).events) ? ((json as { events: unknown[] }).events) : [];
  const head = plainTopLevel(json as Raw) ?? wording().topLevel(json, collector);
  if (!head) return { issues: collector.issues(), eventCount: rawEvents.length };
  const sources = checkList("sources", head.sources, collector);
  const actors = checkList("actors", head.actors, collector);
  const categories = checkList("categories", head.categories, collector);

  const events: EventRecord[] = [];
  const failed: { index: number; reason: Issue }[] = [];
  const seen = new Set<string>();
  /** Each kept event's index in the file, for the places of link problems. */
  const indexOfEvent = new Map<string, number>();
  const total = head.events.length;
  for (let index = 0; index < total; index++) {
    if (index % EVENTS_PER_STEP === 0 && index > 0) yield { checked: index, total };
    const raw = head.events[index];
    // Every event is checked against the schema without zod first (eventSchemaProblems finds what
    // zod would): zod took most of the time of opening a large file, and on a valid event it finds
    // nothing. It words the problems of an event that has some, while the report lists them; past
    // that, problems are counted without it.
    let event: EventRecord;
    const kinds = eventSchemaProblems(raw);
    if (kinds === undefined) {
      event = normaliseEvent(raw);
    } else if (collector.full) {
      failed.push({ index, reason: wording().countProblems(raw, index, kinds, collector) });
      continue;
    } else {
      const result = wording().event(raw, index, collector);
      if ("reason" in result) {
        failed.push({ index, reason: result.reason });
        continue;
      }
      event = result.event;
    }
    const eventActors = event.actors;
    // A problem is worded only when the report lists it, or when it is the event's first error (the
    // reason it is left out): counting three million problems words none of them.
    let reason: Issue | undefined;
    const add = (kind: string, severity: Issue["severity"], field: string, message: string) => {
      const issue: Issue = { path: `events[${index}].${field}`, message, severity };
      if (severity === "error" && reason === undefined) reason = issue;
      collector.take(kind, issue);
    };
    const wanted = (kind: string) => reason === undefined || collector.wants(kind);
    if (seen.has(event.id) && wanted("duplicate id")) add("duplicate id", "error", "id", `"${event.id}" is used by an earlier event: ids must be unique`);
    for (let i = 0; i < eventActors.length; i++) {
      const actor = eventActors[i];
      if (actors.known.has(actor)) continue;
      const leftOut = actors.leftOut.get(actor);
      const kind = leftOut === undefined ? "unknown actor" : "left-out actor";
      if (wanted(kind)) add(kind, "error", `actors[${i}]`, leftOut === undefined ? `unknown actor "${actor}" (add it to "actors" or fix the spelling)` : `actor "${actor}" ${leftOut}`);
    }
    if (event.category !== undefined && !categories.known.has(event.category)) {
      const leftOut = categories.leftOut.get(event.category);
      const kind = leftOut === undefined ? "unknown category" : "left-out category";
      if (wanted(kind)) add(kind, "error", "category", leftOut === undefined ? `unknown category "${event.category}" (add it to "categories" or fix the spelling)` : `category "${event.category}" ${leftOut}`);
    }
    for (let i = 0; i < event.evidence.length; i++) {
      const source = event.evidence[i].source;
      if (sources.known.has(source)) continue;
      const leftOut = sources.leftOut.get(source);
      const kind = leftOut === undefined ? "unknown source" : "left-out source";
      if (wanted(kind)) add(kind, "error", `evidence[${i}].source`, leftOut === undefined ? `unknown source "${source}" (add it to "sources")` : `source "${source}" ${leftOut}`);
    }
    const claims = event.claims ?? [];
    for (let i = 0; i < claims.length; i++) {
      const source = claims[i].source;
      if (sources.known.has(source)) continue;
      const leftOut = sources.leftOut.get(source);
      const kind = leftOut === undefined ? "unknown source" : "left-out source";
      if (wanted(kind)) add(kind, "error", `claims[${i}].source`, leftOut === undefined ? `unknown source "${source}" (add it to "sources")` : `source "${source}" ${leftOut}`);
    }
    if (!event.evidence.some((ev) => ev.quote) && collector.wants("no quote")) {
      add("no quote", "warning", "evidence", "has no quote: copy the sentence from the source that supports this event");
    }
    if (reason) {
      failed.push({ index, reason });
      continue;
    }
    seen.add(event.id);
    indexOfEvent.set(event.id, index);
    events.push(event);
  }

  // Links may point forward, so they are checked once every event is known; a link to an event that
  // is not there is dropped (the event itself stays) and reported at its place.
  for (let e = 0; e < events.length; e++) {
    const links = events[e].links;
    if (!links) continue;
    const index = indexOfEvent.get(events[e].id) ?? e;
    const kept = links.filter((link, i) => {
      if (seen.has(link.event) && link.event !== events[e].id) return true;
      collector.add("unknown linked event", () => ({
        path: formatPath(["events", index, "links", i, "event"]),
        message: link.event === events[e].id ? `links the event to itself (link left out)` : `no event with id "${link.event}" (link left out; check the spelling)`,
        severity: "error",
      }));
      return false;
    });
    if (kept.length < links.length) events[e] = { ...events[e], links: kept };
  }

  let story: Dataset["story"];
  if (head.story !== undefined) {
    const parsed = plainStory(head.story) ?? wording().story(head.story, collector);
    if (parsed) {
      const steps = parsed.steps.filter((step, i) => {
        if (seen.has(step.event)) return true;
        collector.add("story step", () => ({ path: formatPath(["story", "steps", i, "event"]), message: `no event with id "${step.event}" (step skipped)`, severity: "error" }));
        return false;
      });
      if (steps.length > 0) story = { ...parsed, steps };
    }
  }

  const dataset: Dataset = { ...head, sources: sources.kept as Source[], actors: actors.kept as Labelled[], categories: categories.kept as Labelled[], events, story };
  if (story === undefined) delete dataset.story;
  return { dataset, issues: collector.issues(), eventCount: head.events.length, failed };
}

interface CheckedList {
  /** The entries that passed, in order. */
  kept: unknown[];
  /** Their ids. */
  known: Set<string>;
  /** Ids of entries left out, with why, in words that follow `actor "x" `. */
  leftOut: Map<string, string>;
}

/** Check each entry of a list events refer to: invalid ones, and those past the limit, are left out and reported. */
function checkList(field: ListField, items: unknown[], collector: IssueCollector): CheckedList {
  const { max, verb } = LISTS[field];
  const kept: unknown[] = [];
  const known = new Set<string>();
  const leftOut = new Map<string, string>();
  const idOf = (item: unknown) => {
    const id = item !== null && typeof item === "object" && Object.hasOwn(item, "id") ? (item as { id: unknown }).id : undefined;
    return typeof id === "string" ? id : undefined;
  };
  items.slice(0, max).forEach((item, index) => {
    const parsed = (field === "sources" ? plainSource(item) : plainLabelled(item)) ?? wording().listEntry(field, item, index, collector);
    if (!parsed) {
      const id = idOf(item);
      if (id !== undefined && !leftOut.has(id)) leftOut.set(id, `was left out (see ${formatPath([field, index])})`);
      return;
    }
    const { id } = parsed;
    if (known.has(id)) collector.add(`duplicate ${field}`, () => ({ path: formatPath([field, index, "id"]), message: `"${id}" appears twice: ids must be unique`, severity: "warning" }));
    kept.push(parsed);
    known.add(id);
  });
  if (items.length > max) {
    const extra = items.length - max;
    const them = extra === 1 ? "it" : "them";
    collector.add(`too many ${field}`, () => ({
      path: formatPath([field, max]),
      message: `has ${formatCount(items.length)} ${field}; the limit is ${formatCount(max)}. The last ${formatCount(extra)} ${extra === 1 ? "is" : "are"} left out, and events ${verb} ${them} are skipped: merge or remove ${field}.`,
      severity: "error",
    }));
    for (const item of items.slice(max)) {
      const id = idOf(item);
      if (id !== undefined && !leftOut.has(id)) leftOut.set(id, `is past the limit of ${formatCount(max)} ${field}: merge or remove ${field}`);
    }
  }
  for (const id of known) leftOut.delete(id);
  return { kept, known, leftOut };
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => value !== null && typeof value === "object" && !Array.isArray(value);

/** No key but `keys` (zod's strictObject). */
const onlyKeys = (raw: Raw, keys: ReadonlySet<string>) => Object.keys(raw).every((key) => keys.has(key));

/** schema.ts's text(max), trimmed: undefined when it fails. Length in UTF-16 units, never fewer than zod's code points: a text that passes here passes zod. */
function plainText(value: unknown, max: number): string | undefined {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
}

const plainId = (value: unknown): value is string => typeof value === "string" && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);

/** Sets `key` in `out` from `raw` when present: `read` gives the value, or undefined when it fails. */
function optional(out: Raw, raw: Raw, key: string, read: (value: unknown) => unknown): boolean {
  const value = raw[key];
  if (value === undefined) return true;
  const read_ = read(value);
  if (read_ === undefined) return false;
  out[key] = read_;
  return true;
}

const TOP_KEYS: ReadonlySet<string> = new Set(["$schema", "version", "title", "description", "asOf", "sources", "actors", "categories", "events", "story"]);
const VERSIONS: ReadonlySet<unknown> = new Set(READABLE_VERSIONS);
const isoDayText = (value: unknown) => (typeof value === "string" && isIsoDay(value) ? value : undefined);
const anyText = (value: unknown) => (typeof value === "string" ? value : undefined);

/** The top level as zod would give it back (texts trimmed, missing lists empty), or undefined when it may fail. */
function plainTopLevel(json: Raw): TopLevel | undefined {
  if (!onlyKeys(json, TOP_KEYS) || !VERSIONS.has(json.version)) return undefined;
  const title = plainText(json.title, DATASET_LIMITS.title);
  const { sources, events } = json;
  // Missing lists are empty (zod's default); null is not missing.
  const actors = json.actors === undefined ? [] : json.actors;
  const categories = json.categories === undefined ? [] : json.categories;
  if (title === undefined || !Array.isArray(sources) || sources.length < 1 || !Array.isArray(actors) || !Array.isArray(categories)) return undefined;
  if (!Array.isArray(events) || events.length > MAX_EVENTS) return undefined;
  const out: Raw = {};
  if (!optional(out, json, "$schema", anyText)) return undefined;
  out.version = json.version;
  out.title = title;
  if (!optional(out, json, "description", (v) => plainText(v, DATASET_LIMITS.description)) || !optional(out, json, "asOf", isoDayText)) return undefined;
  Object.assign(out, { sources, actors, categories, events });
  if (json.story !== undefined) out.story = json.story;
  return out as unknown as TopLevel;
}

const SOURCE_KEYS: ReadonlySet<string> = new Set(["id", "publisher", "title", "published", "url", "file"]);

/** A source as zod would give it back, or undefined when it may fail. */
function plainSource(item: unknown): Source | undefined {
  if (!isObject(item) || !onlyKeys(item, SOURCE_KEYS) || !plainId(item.id)) return undefined;
  const publisher = plainText(item.publisher, SOURCE_LIMITS.publisher);
  const title = plainText(item.title, SOURCE_LIMITS.title);
  if (publisher === undefined || title === undefined) return undefined;
  const out: Raw = { id: item.id, publisher, title };
  const ok =
    optional(out, item, "published", isoDayText) &&
    optional(out, item, "url", (v) => (typeof v === "string" && v.length <= SOURCE_LIMITS.url && isHttpUrl(v) ? v : undefined)) &&
    optional(out, item, "file", (v) => (typeof v === "string" && v.length <= SOURCE_LIMITS.file ? v : undefined));
  return ok ? (out as unknown as Source) : undefined;
}

const LABELLED_KEYS: ReadonlySet<string> = new Set(["id", "label"]);

/** An actor or category as zod would give it back, or undefined when it may fail. */
function plainLabelled(item: unknown): Labelled | undefined {
  if (!isObject(item) || !onlyKeys(item, LABELLED_KEYS) || !plainId(item.id)) return undefined;
  const label = plainText(item.label, MAX_LABEL_CHARS);
  return label === undefined ? undefined : { id: item.id, label };
}

const STORY_KEYS: ReadonlySet<string> = new Set(["title", "steps"]);
const STEP_KEYS: ReadonlySet<string> = new Set(["event", "note", "view", "asOf"]);

/** The story as zod would give it back, or undefined when it may fail. */
function plainStory(story: unknown): Story | undefined {
  if (!isObject(story) || !onlyKeys(story, STORY_KEYS)) return undefined;
  const { steps } = story;
  if (!Array.isArray(steps) || steps.length < 1 || steps.length > MAX_STORY_STEPS) return undefined;
  const out: Raw = {};
  if (!optional(out, story, "title", (v) => plainText(v, STORY_LIMITS.title))) return undefined;
  const plainSteps: Raw[] = [];
  for (const step of steps) {
    if (!isObject(step) || !onlyKeys(step, STEP_KEYS) || !plainId(step.event)) return undefined;
    const outStep: Raw = { event: step.event };
    const ok =
      optional(outStep, step, "note", (v) => plainText(v, STORY_LIMITS.note)) &&
      optional(outStep, step, "view", (v) => (typeof v === "string" && parseFuzzyDate(v).ok ? v : undefined)) &&
      optional(outStep, step, "asOf", isoDayText);
    if (!ok) return undefined;
    plainSteps.push(outStep);
  }
  out.steps = plainSteps;
  return out as unknown as Story;
}
