/** The public types of the article → candidate events extractor. */
import type { EventRecord, EventStatus } from "../domain/types";

/** A stretch of the source text; `start` and `end` are character offsets into it (end excluded). */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** The tense of the clause a time phrase sits in: it decides which way a bare "on Friday" points. */
export type Tense = "past" | "present" | "future" | "unknown";

/**
 * How finely the text dates something. Finer than the domain's `Precision`: a week, a season or a
 * decade is written as an EDTF "one of" set of days, months or years, e.g. `[2018-06..2018-08]`.
 */
export type Granularity = "day" | "weekend" | "week" | "month" | "season" | "quarter" | "year" | "decade" | "century";

/** How a phrase relates to the event it dates. */
export type DateRole =
  /** the event happens at (or within) that date: "on Friday", "last June" */
  | "at"
  /** on or before the date: "by the end of February", "within two weeks" */
  | "deadline"
  /** from that date until the publication: "since June", "since the summit", "over the past year" */
  | "since"
  /** from the date (or the publication) until that date: "from 1990 to 1994", "until June" */
  | "span"
  /** the phrase dates an earlier event, a gap back from the sentence's own date: "the first test in a year" */
  | "gap";

/** One dated candidate event, ready to review. */
export interface CandidateEvent {
  /** Unique within one extraction, usable as the event id. */
  id: string;
  /** A short draft title taken from the sentence (a person is expected to edit it). */
  title: string;
  /** The EDTF date at the precision the text supports: "2019-01-18", "2018-06", "[..2019-02-28]". */
  when: string;
  granularity: Granularity;
  role: DateRole;
  /** The time phrase exactly as in the text, with its offsets. */
  phrase: TextSpan;
  /** The sentence it dates, verbatim, with its offsets: used as the quote. */
  sentence: TextSpan;
  tense: Tense;
  status: EventStatus;
  /** The words that decided the status ("is to", "could", "speculation"), if any. */
  statusCue?: string;
  /** Actor ids recognised in the sentence (see `gazetteer.ts`). */
  actors: string[];
  place?: string;
  /** 0..1: how sure the extractor is of the date (not of the event). */
  confidence: number;
  /** In words, how the date was worked out, for the reviewer. */
  reason: string;
}

/** Why a time phrase got no date. */
export type UnresolvedKind =
  /** a length of time with no anchor: "for months", "in recent weeks" */
  | "duration"
  /** refers to an event or date the text does not date: "since the war", "two days later" */
  | "anaphor"
  /** a time of day or other part with no day to attach it to */
  | "partial";

/** A time phrase the extractor found but could not turn into a date: shown for a person to fix. */
export interface UnresolvedPhrase {
  phrase: TextSpan;
  sentence: TextSpan;
  kind: UnresolvedKind;
  reason: string;
}

/** Options for `extractEvents`. */
export interface ExtractOptions {
  /** The day the text was published, YYYY-MM-DD: relative phrases are resolved against it. */
  published: string;
  /** The id of the source in the draft dataset (evidence points to it). Default "article". */
  sourceId?: string;
}

/** What `extractEvents` found in one text. */
export interface ExtractionResult {
  published: string;
  sourceId: string;
  /** One per dated time phrase, in text order. */
  candidates: CandidateEvent[];
  /** Time phrases found but not dated, in text order. */
  unresolved: UnresolvedPhrase[];
  /** Every sentence of the text, so a reviewer can see which ones carry no date. */
  sentences: TextSpan[];
}

/** The source entry for a draft dataset. */
export interface DraftSource {
  id: string;
  publisher: string;
  title: string;
  /** YYYY-MM-DD */
  published: string;
  url?: string;
}

/** A candidate turned into a dataset event record. */
export type DraftEvent = EventRecord;
