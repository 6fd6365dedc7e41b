import { z } from "zod";
import { datasetSchema, eventSchema, EVENT_LIMITS, labelledSchema, MAX_EVENTS, MAX_LABELLED, MAX_SOURCES, MAX_STORY_STEPS, sourceSchema, storySchema } from "./schema";
import { eventSchemaProblems } from "./eventSchemaProblems";
import { normaliseEvent } from "./normaliseEvent";
import { formatPath } from "./issuePath";
import { IssueCollector } from "./IssueCollector";
import { drain, type Steps } from "./steps";
import type { Dataset, EventRecord, Issue, Labelled, Source } from "./types";

// zod's JIT compiles a checking function per object schema on its first use. A dataset is checked
// once per load, so that compiling never pays back: in Chromium, 1,000 events validate in 38 ms
// without it against 51 ms with it (medians of 12 loads), 10,000 in 137 against 147 ms. It also
// means the validator never calls `new Function`, so a strict Content-Security-Policy is no obstacle.
z.config({ jitless: true });

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

// The top level is checked first with the lists left open, so that one bad event, source, actor or
// category costs that entry (and the events naming it), not the whole file.
const topLevelSchema = datasetSchema.extend({
  sources: z.array(z.unknown()).min(1, { error: "needs at least one source" }),
  actors: z.array(z.unknown()).default([]),
  categories: z.array(z.unknown()).default([]),
  events: z
    .array(z.unknown(), { error: "must be a list of events" })
    .max(MAX_EVENTS, { error: `has more than ${MAX_EVENTS.toLocaleString("en")} events, more than this app can draw` }),
  story: z.unknown().optional(),
});

/** The lists events refer to by id, with their limits and words for the report. */
const LISTS = {
  sources: { schema: sourceSchema, max: MAX_SOURCES, verb: "citing" },
  actors: { schema: labelledSchema("Actor"), max: MAX_LABELLED, verb: "naming" },
  categories: { schema: labelledSchema("Category"), max: MAX_LABELLED, verb: "naming" },
} as const;

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  array: "a list",
  object: "an object",
  boolean: "true or false",
};

/** Turn one zod issue into our words, with the path where it happened. */
function toIssue(issue: z.core.$ZodIssue, prefix: PropertyKey[], input: unknown): Issue {
  const path = formatPath([...prefix, ...issue.path]);
  let message = issue.message;
  if (issue.code === "invalid_type") {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    const found = valueAt(input, issue.path);
    message = found.present ? `must be ${expected}, not ${describe(found.value)}` : `is missing (expected ${expected})`;
  } else if (issue.code === "unrecognized_keys") {
    message = `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling; see data/dataset.schema.json)`;
  } else if (issue.code === "too_small" && issue.origin === "string") {
    message = "must not be empty";
  } else if (issue.code === "too_big") {
    const found = valueAt(input, issue.path).value;
    if (issue.origin === "string") message = `is too long (at most ${issue.maximum} characters)`;
    else if (Array.isArray(found)) message = `has ${found.length.toLocaleString("en")} entries; at most ${Number(issue.maximum).toLocaleString("en")} are allowed`;
  }
  return { path, message, severity: "error" };
}

/** The value at a path inside the input, if there is one (zod does not keep inputs in issues). */
function valueAt(input: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, key)) return { present: false };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { present: node !== undefined, value: node };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return TYPE_NAMES[typeof value] ? `${TYPE_NAMES[typeof value]} (${String(JSON.stringify(value)).slice(0, 40)})` : typeof value;
}

/** A zod issue's kind, for counting: the check and the field, not the value ("custom events.[].when"). */
const zodKind = (issue: z.core.$ZodIssue) => `${issue.code} ${issue.path.map((k) => (typeof k === "number" ? "[]" : String(k))).join(".")}`;

/** Events checked between two steps (see steps.ts): a few milliseconds of work. */
const EVENTS_PER_STEP = 250;

/**
 * Check a parsed dataset file. Finds every problem, with its path and a hint (the first few
 * thousand listed, the rest counted); never throws. Events that fail are skipped (and reported),
 * and so are sources, actors and categories, with the events naming them; the rest form the dataset.
 */
export function validateDataset(json: unknown): ValidationResult {
  return drain(validateDatasetSteps(json));
}

/** validateDataset in steps of a few hundred events, each saying how many have been checked. */
export function* validateDatasetSteps(json: unknown): Steps<ValidationResult> {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return {
      issues: [{ path: "(the file)", message: `must be a JSON object with "version", "title", "sources" and "events", not ${describe(json)}`, severity: "error" }],
      eventCount: 0,
    };
  }
  const collector = new IssueCollector();
  const top = topLevelSchema.safeParse(json);
  const rawEvents = Array.isArray((json as { events?: unknown }).events) ? ((json as { events: unknown[] }).events) : [];
  if (!top.success) {
    for (const i of top.error.issues) collector.add(zodKind(i), () => toIssue(i, [], json));
    return { issues: collector.issues(), eventCount: rawEvents.length };
  }
  const head = top.data;
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
      failed.push({ index, reason: countProblems(raw, index, kinds, collector) });
      continue;
    } else {
      const result = eventSchema.safeParse(withinLimits(raw));
      if (!result.success) {
        const [first, ...rest] = result.error.issues;
        const reason = toIssue(first, ["events", index], raw);
        failed.push({ index, reason });
        collector.take(zodKind(first), reason);
        for (const i of rest) collector.add(zodKind(i), () => toIssue(i, ["events", index], raw));
        continue;
      }
      event = result.data;
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
    const parsed = storySchema.safeParse(withinLimits(head.story, { steps: MAX_STORY_STEPS }));
    if (!parsed.success) {
      for (const i of parsed.error.issues) collector.add(zodKind(i), () => toIssue(i, ["story"], head.story));
    } else {
      const steps = parsed.data.steps.filter((step, i) => {
        if (seen.has(step.event)) return true;
        collector.add("story step", () => ({ path: formatPath(["story", "steps", i, "event"]), message: `no event with id "${step.event}" (step skipped)`, severity: "error" }));
        return false;
      });
      if (steps.length > 0) story = { ...parsed.data, steps };
    }
  }

  const dataset: Dataset = { ...head, sources: sources.kept as Source[], actors: actors.kept as Labelled[], categories: categories.kept as Labelled[], events, story };
  if (story === undefined) delete dataset.story;
  return { dataset, issues: collector.issues(), eventCount: head.events.length, failed };
}

/**
 * Count an event's problems, found without zod (`kinds`); the first problem of a kind not counted
 * yet is worded by zod, as the example its count is shown with. Returns the reason the event is left out.
 */
function countProblems(raw: unknown, index: number, kinds: string[], collector: IssueCollector): Issue {
  const fresh = new Set(kinds.filter((kind) => !collector.count(kind)));
  let reason: Issue | undefined;
  if (fresh.size > 0) {
    const parsed = eventSchema.safeParse(withinLimits(raw));
    for (const i of parsed.success ? [] : parsed.error.issues) {
      const kind = zodKind(i);
      if (!fresh.has(kind)) continue;
      const issue = toIssue(i, ["events", index], raw);
      reason ??= issue;
      collector.take(kind, issue);
    }
  }
  return reason ?? { path: `events[${index}]`, message: `has ${kinds.length === 1 ? "a problem" : `${kinds.length} problems`} of the kinds counted in this report`, severity: "error" };
}

/**
 * The value zod is given: lists longer than their limit cut to one entry past it. zod reads every
 * entry of a list before it finds the list too long (half a second for two million), and reports
 * only that it is too long; the message gives the real length, read from the value itself.
 */
function withinLimits(raw: unknown, limits: Record<string, number> = { actors: EVENT_LIMITS.actors, evidence: EVENT_LIMITS.evidence, claims: EVENT_LIMITS.claims, links: EVENT_LIMITS.links }): unknown {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw;
  let cut: Record<string, unknown> | undefined;
  for (const [key, max] of Object.entries(limits)) {
    const list = Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(list) && list.length > max + 1) {
      cut ??= { ...raw };
      cut[key] = list.slice(0, max + 1);
    }
  }
  return cut ?? raw;
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
function checkList(field: keyof typeof LISTS, items: unknown[], collector: IssueCollector): CheckedList {
  const { schema, max, verb } = LISTS[field];
  const kept: unknown[] = [];
  const known = new Set<string>();
  const leftOut = new Map<string, string>();
  const idOf = (item: unknown) => {
    const id = item !== null && typeof item === "object" && Object.hasOwn(item, "id") ? (item as { id: unknown }).id : undefined;
    return typeof id === "string" ? id : undefined;
  };
  items.slice(0, max).forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const i of parsed.error.issues) collector.add(zodKind(i), () => toIssue(i, [field, index], item));
      const id = idOf(item);
      if (id !== undefined && !leftOut.has(id)) leftOut.set(id, `was left out (see ${formatPath([field, index])})`);
      return;
    }
    const { id } = parsed.data;
    if (known.has(id)) collector.add(`duplicate ${field}`, () => ({ path: formatPath([field, index, "id"]), message: `"${id}" appears twice: ids must be unique`, severity: "warning" }));
    kept.push(parsed.data);
    known.add(id);
  });
  if (items.length > max) {
    const extra = items.length - max;
    const them = extra === 1 ? "it" : "them";
    collector.add(`too many ${field}`, () => ({
      path: formatPath([field, max]),
      message: `has ${items.length.toLocaleString("en")} ${field}; the limit is ${max.toLocaleString("en")}. The last ${extra.toLocaleString("en")} ${extra === 1 ? "is" : "are"} left out, and events ${verb} ${them} are skipped: merge or remove ${field}.`,
      severity: "error",
    }));
    for (const item of items.slice(max)) {
      const id = idOf(item);
      if (id !== undefined && !leftOut.has(id)) leftOut.set(id, `is past the limit of ${max.toLocaleString("en")} ${field}: merge or remove ${field}`);
    }
  }
  for (const id of known) leftOut.delete(id);
  return { kept, known, leftOut };
}
