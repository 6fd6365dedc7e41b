/** The domain types. File-format types come from the zod schemas in `schema.ts`. */
import type { z } from "zod";
import type { claimSchema, datasetSchema, eventSchema, evidenceSchema, linkSchema, sourceSchema, storySchema, EVENT_STATUSES, LINK_TYPES } from "./schema";
import type { FuzzyDate } from "./fuzzyDate";

/** A dataset file after validation (defaults filled in). */
export type Dataset = z.output<typeof datasetSchema>;
/** A dataset file as an author writes it. */
export type DatasetInput = z.input<typeof datasetSchema>;
/** One event as stored in a dataset file. */
export type EventRecord = z.output<typeof eventSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Claim = z.output<typeof claimSchema>;
export type EventLink = z.output<typeof linkSchema>;
export type LinkType = (typeof LINK_TYPES)[number];
export type Story = z.output<typeof storySchema>;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventId = string;
export type ActorId = string;
export type CategoryId = string;

/** An actor or category: an id with a label for people. */
export interface Labelled {
  id: string;
  label: string;
}

/** The days an event occupies on the chart, both ends included. Always finite. */
export interface DayExtent {
  startDay: number;
  endDay: number;
}

/** An event ready for filtering and layout: its date parsed, its extent on the chart known. */
export interface TimelineEvent {
  id: EventId;
  title: string;
  summary?: string;
  when: FuzzyDate;
  /** Where it is drawn: a deadline's window opens at the day its source was published. */
  extent: DayExtent;
  timePhrase?: string;
  status: EventStatus;
  actors: ActorId[];
  category?: CategoryId;
  place?: string;
  evidence: Evidence[];
  /** Fields from another tool's file with no place here ("Other fields" in the details). */
  fields?: Readonly<Record<string, string>>;
  /** What each source said as of its publication, dates parsed (absent when the event has no claims). */
  claims?: TimelineClaim[];
  links?: EventLink[];
}

/** A claim with its date parsed. */
export type TimelineClaim = Omit<Claim, "when"> & { when: FuzzyDate };

/** A dataset turned into what the views need: sorted events and lookup tables. */
export interface Timeline {
  title: string;
  description?: string;
  /** The day the timeline speaks from, drawn as the "as of" line; undefined when the data gives none (never today by default). */
  asOfDay?: number;
  events: TimelineEvent[];
  sources: Map<string, Source>;
  actors: Labelled[];
  categories: Labelled[];
  story?: Story;
}

/** One problem found in a dataset, with where it is and what to do. */
export interface Issue {
  /** Where: "events[12].when", or "line 4, column 7" for text formats. */
  path: string;
  message: string;
  /** "error": that item (or the whole file) could not be used. "warning": used, but look. */
  severity: "error" | "warning";
  /** More than 1 for an entry that stands for that many problems of one kind, not listed one by one (IssueCollector). */
  count?: number;
}
