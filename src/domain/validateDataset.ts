/**
 * Checking a dataset file, with every problem found and worded: zod's checks and words for what
 * fails the checks of checkDataset.ts (which takes what is valid without zod). Importing this module
 * gives checkDataset.ts its wording; pages load it only once a file has a problem to report.
 */
import { z } from "zod";
import { datasetSchema, eventSchema, EVENT_LIMITS, labelledSchema, MAX_EVENTS, MAX_STORY_STEPS, sourceSchema, storySchema } from "./schema";
import { checkDatasetSteps, describeValue, setSchemaWording, TYPE_NAMES, type ListField, type SchemaWording, type TopLevel, type ValidationResult } from "./checkDataset";
import { formatPath } from "./issuePath";
import type { IssueCollector } from "./IssueCollector";
import { drain } from "./steps";
import type { EventRecord, Issue, Labelled, Source, Story } from "./types";
import { formatCount } from "./formatCount";

export type { ValidationResult };

// zod's JIT compiles a checking function per object schema on its first use. A dataset is checked
// once per load, so that compiling never pays back: in Chromium, 1,000 events validate in 38 ms
// without it against 51 ms with it (medians of 12 loads), 10,000 in 137 against 147 ms. It also
// means the validator never calls `new Function`, so a strict Content-Security-Policy is no obstacle.
z.config({ jitless: true });

// The top level is checked first with the lists left open, so that one bad event, source, actor or
// category costs that entry (and the events naming it), not the whole file.
const topLevelSchema = datasetSchema.extend({
  sources: z.array(z.unknown()).min(1, { error: "needs at least one source" }),
  actors: z.array(z.unknown()).default([]),
  categories: z.array(z.unknown()).default([]),
  events: z
    .array(z.unknown(), { error: "must be a list of events" })
    .max(MAX_EVENTS, { error: `has more than ${formatCount(MAX_EVENTS)} events, more than this app can draw` }),
  story: z.unknown().optional(),
});

/** The schemas of the lists events refer to by id. */
const LIST_SCHEMAS = {
  sources: sourceSchema,
  actors: labelledSchema("Actor"),
  categories: labelledSchema("Category"),
} as const;

/** Turn one zod issue into our words, with the path where it happened. */
function toIssue(issue: z.core.$ZodIssue, prefix: PropertyKey[], input: unknown): Issue {
  const path = formatPath([...prefix, ...issue.path]);
  let message = issue.message;
  if (issue.code === "invalid_type") {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    const found = valueAt(input, issue.path);
    message = found.present ? `must be ${expected}, not ${describeValue(found.value)}` : `is missing (expected ${expected})`;
  } else if (issue.code === "unrecognized_keys") {
    message = `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling; see data/dataset.schema.json)`;
  } else if (issue.code === "too_small" && issue.origin === "string") {
    message = "must not be empty";
  } else if (issue.code === "too_big") {
    const found = valueAt(input, issue.path).value;
    if (issue.origin === "string") message = `is too long (at most ${issue.maximum} characters)`;
    else if (Array.isArray(found)) message = `has ${formatCount(found.length)} entries; at most ${formatCount(Number(issue.maximum))} are allowed`;
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

/** A zod issue's kind, for counting: the check and the field, not the value ("custom events.[].when"). */
const zodKind = (issue: z.core.$ZodIssue) => `${issue.code} ${issue.path.map((k) => (typeof k === "number" ? "[]" : String(k))).join(".")}`;

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

const wording: SchemaWording = {
  topLevel(json, collector) {
    const top = topLevelSchema.safeParse(json);
    if (top.success) return top.data as TopLevel;
    for (const i of top.error.issues) collector.add(zodKind(i), () => toIssue(i, [], json));
    return undefined;
  },
  listEntry(field: ListField, item, index, collector) {
    const parsed = LIST_SCHEMAS[field].safeParse(item);
    if (parsed.success) return parsed.data as Source | Labelled;
    for (const i of parsed.error.issues) collector.add(zodKind(i), () => toIssue(i, [field, index], item));
    return undefined;
  },
  event(raw, index, collector) {
    const result = eventSchema.safeParse(withinLimits(raw));
    if (result.success) return { event: result.data as EventRecord };
    const [first, ...rest] = result.error.issues;
    const reason = toIssue(first, ["events", index], raw);
    collector.take(zodKind(first), reason);
    for (const i of rest) collector.add(zodKind(i), () => toIssue(i, ["events", index], raw));
    return { reason };
  },
  countProblems,
  story(story, collector) {
    const parsed = storySchema.safeParse(withinLimits(story, { steps: MAX_STORY_STEPS }));
    if (parsed.success) return parsed.data as Story;
    for (const i of parsed.error.issues) collector.add(zodKind(i), () => toIssue(i, ["story"], story));
    return undefined;
  },
};
setSchemaWording(wording);

/**
 * Check a parsed dataset file. Finds every problem, with its path and a hint (the first few
 * thousand listed, the rest counted); never throws. Events that fail are skipped (and reported),
 * and so are sources, actors and categories, with the events naming them; the rest form the dataset.
 */
export function validateDataset(json: unknown): ValidationResult {
  return drain(checkDatasetSteps(json));
}
