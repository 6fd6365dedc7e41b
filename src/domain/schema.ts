/**
 * The dataset format, defined once. The TypeScript types (`types.ts`), the runtime validator
 * (`validateDataset.ts`) and the JSON Schema for authors (`data/dataset.schema.json`, written by
 * `npm run schema`) all come from these zod schemas, so they cannot drift apart.
 */
import { z } from "zod";
import { parseFuzzyDate } from "./parseFuzzyDate";
import { isIsoDay } from "./readFuzzyDate";
import { EVENT_STATUSES, isHttpUrl } from "./vocabulary";
import { DATASET_LIMITS, DATASET_VERSION, EVENT_LIMITS, ID_PATTERN, LINK_TYPES, MAX_EVENTS, MAX_FIELD_NAME_CHARS, MAX_FIELD_VALUE_CHARS, MAX_ID_LENGTH, MAX_LABELLED, MAX_OTHER_FIELDS, MAX_LABEL_CHARS, MAX_SOURCES, MAX_STORY_STEPS, READABLE_VERSIONS, SOURCE_LIMITS, STORY_LIMITS } from "./datasetLimits";

// Defined without zod, so pages that load no validator can use them (vocabulary.ts, datasetLimits.ts).
export { DATASET_VERSION, EVENT_LIMITS, EVENT_STATUSES, ID_PATTERN, isHttpUrl, isIsoDay, LINK_TYPES, MAX_EVENTS, MAX_FIELD_NAME_CHARS, MAX_FIELD_VALUE_CHARS, MAX_ID_LENGTH, MAX_LABELLED, MAX_OTHER_FIELDS, MAX_SOURCES, MAX_STORY_STEPS, READABLE_VERSIONS };

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, { error: `${what} ids use lower-case letters, digits and hyphens, e.g. "singapore-summit"` })
    .max(MAX_ID_LENGTH);

const text = (max: number) => z.string().trim().min(1, { error: "must not be empty" }).max(max);

/** Only http(s) links: a `javascript:` or `data:` link in a dataset must never become clickable. */
export const httpUrl = z
  .string()
  .max(SOURCE_LIMITS.url)
  .refine(isHttpUrl, { error: "must be an http:// or https:// address" });

/** A calendar day written as YYYY-MM-DD (publication dates, the "as of" line). */
const isoDay = z.string().refine(isIsoDay, {
  error: "must be a calendar day written YYYY-MM-DD, e.g. 2019-01-18",
});

/** An EDTF date or interval; the message names the problem and gives the fix. */
export const edtfString = z.string().superRefine((value, ctx) => {
  const parsed = parseFuzzyDate(value);
  if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
});

export const eventStatus = z.enum(EVENT_STATUSES, {
  error: `must be one of ${EVENT_STATUSES.join(", ")}`,
});

export const sourceSchema = z.strictObject({
  id: id("Source"),
  publisher: text(SOURCE_LIMITS.publisher),
  title: text(SOURCE_LIMITS.title),
  /**
   * The day the source was published: relative phrases in it are resolved against this day, and
   * the newest one is the "as of" line when `asOf` is not given. A file with no date (one brought
   * from another tool) leaves it out: no "as of" line is drawn.
   */
  published: isoDay.optional(),
  url: httpUrl.optional(),
  /** Path of a copy of the source's text, relative to the dataset file (for checking quotes). */
  file: z.string().max(SOURCE_LIMITS.file).optional(),
});

export const labelledSchema = (what: string) =>
  z.strictObject({
    id: id(what),
    label: text(MAX_LABEL_CHARS),
  });

export const evidenceSchema = z.strictObject({
  /** Id of an entry in `sources`. */
  source: id("Source"),
  /** Words copied verbatim from the source. */
  quote: text(EVENT_LIMITS.quote).optional(),
  /** What this source adds, e.g. "gives the exact day". */
  note: text(EVENT_LIMITS.note).optional(),
});

/**
 * Fields from another tool's file that this format has no place for (a match's "home", "away",
 * "score"): kept as plain text, shown with the event's details under "Other fields".
 */
export const otherFieldsSchema = z
  .record(
    z
      .string()
      .trim()
      .min(1, { error: "field names must not be empty" })
      .max(MAX_FIELD_NAME_CHARS, { error: `field names are at most ${MAX_FIELD_NAME_CHARS} characters` })
      // Control characters would garble the details. ("__proto__" never arrives: zod drops it, as safeJson does.)
      // eslint-disable-next-line no-control-regex
      .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), { error: "field names are plain text (no control characters)" }),
    z.string().trim().min(1, { error: "must not be empty" }).max(MAX_FIELD_VALUE_CHARS),
  )
  .refine((fields) => Object.keys(fields).length <= MAX_OTHER_FIELDS, { error: `at most ${MAX_OTHER_FIELDS} other fields` })
  .meta({ maxProperties: MAX_OTHER_FIELDS, description: 'Fields with no place in this format, shown as "Other fields": plain text names and values.' });

/**
 * What one source said about an event when it was published: its date, status and place then. A
 * plan reported on 18 January and its outcome reported on 28 February are two claims; the event's
 * own `when`/`status`/`place` are what the latest source says, so readers of version 1 still work.
 */
export const claimSchema = z.strictObject({
  /** Id of an entry in `sources`: the claim holds from that source's publication day. */
  source: id("Source"),
  when: edtfString,
  timePhrase: text(EVENT_LIMITS.timePhrase).optional(),
  status: eventStatus,
  place: text(EVENT_LIMITS.place).optional(),
  /** Words copied verbatim from the source. */
  quote: text(EVENT_LIMITS.quote).optional(),
});

export const linkSchema = z.strictObject({
  type: z.enum(LINK_TYPES, { error: `must be one of ${LINK_TYPES.join(", ")}` }),
  /** Id of the other event. */
  event: id("Event"),
});

export const eventSchema = z.strictObject({
  id: id("Event"),
  title: text(EVENT_LIMITS.title),
  summary: text(EVENT_LIMITS.summary).optional(),
  /** When it happened, as an EDTF string at the precision the sources support. */
  when: edtfString,
  /** The words in the source that date it, e.g. "last June". */
  timePhrase: text(EVENT_LIMITS.timePhrase).optional(),
  status: eventStatus,
  actors: z.array(id("Actor")).max(EVENT_LIMITS.actors).default([]),
  category: id("Category").optional(),
  place: text(EVENT_LIMITS.place).optional(),
  evidence: z
    .array(evidenceSchema)
    .min(1, { error: "needs at least one piece of evidence (a source and a quote)" })
    .max(EVENT_LIMITS.evidence),
  /** Fields from another tool's file with no place here, shown under "Other fields", e.g. {"score": "3–1"}. */
  fields: otherFieldsSchema.optional(),
  /** What each source said as of its publication; absent when all sources agree with the fields above. */
  claims: z.array(claimSchema).max(EVENT_LIMITS.claims).optional(),
  links: z.array(linkSchema).max(EVENT_LIMITS.links).optional(),
});

export const storyStepSchema = z.strictObject({
  /** The event this step shows. */
  event: id("Event"),
  /** A note for the presenter, shown only in the presenter view. */
  note: text(STORY_LIMITS.note).optional(),
  /** The time range to frame, as an EDTF interval such as "2018-01/2019-03". */
  view: edtfString.optional(),
  /** Show the timeline as it was known on this day (YYYY-MM-DD) during this step. */
  asOf: isoDay.optional(),
});

export const storySchema = z.strictObject({
  title: text(STORY_LIMITS.title).optional(),
  steps: z.array(storyStepSchema).min(1, { error: "a story needs at least one step" }).max(MAX_STORY_STEPS),
});

export const datasetSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(READABLE_VERSIONS, { error: `must be ${READABLE_VERSIONS.join(" or ")}` }),
  title: text(DATASET_LIMITS.title),
  description: text(DATASET_LIMITS.description).optional(),
  /** The day the timeline speaks from: drawn as the "as of" line. Defaults to the newest source's publication day; with neither, there is no line. */
  asOf: isoDay.optional(),
  sources: z.array(sourceSchema).min(1, { error: "needs at least one source" }).max(MAX_SOURCES),
  actors: z.array(labelledSchema("Actor")).max(MAX_LABELLED).default([]),
  categories: z.array(labelledSchema("Category")).max(MAX_LABELLED).default([]),
  events: z.array(eventSchema).max(MAX_EVENTS),
  story: storySchema.optional(),
});
