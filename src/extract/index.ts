/** Article text → candidate events (pure; used by the CLI and the in-app import flow). */
export { extractEvents, PublishedDateError, DEFAULT_SOURCE_ID } from "./extractEvents";
export { titleFor } from "./titleFor";
export { toDraftDataset, candidateToEvent, type DraftDatasetOptions, type DraftDatasetResult } from "./toDraftDataset";
export { actorLabel, actorLabelIn } from "./gazetteer";
export { checkTitle, TITLE_MAX_CHARS, type TitleCheck, type TitleProblem } from "./checkTitle";
export type {
  CandidateEvent,
  DateRole,
  DraftSource,
  ExtractionResult,
  ExtractOptions,
  Granularity,
  Tense,
  TextSpan,
  UnresolvedKind,
  UnresolvedPhrase,
} from "./types";
export { readDatePhrase, type DateReading, type ReadDateOptions } from "./readDatePhrase";
export { matchCandidates, compareWithEvent, matchContext, MATCH_THRESHOLD, NEW_EVENT_CONFIDENCE, type CandidateMatch, type MatchKind, type Proposal, type MatchContext } from "./matchCandidates";
export { addArticleToDataset, type AddArticleResult, type ArticleSource, type Change, type Decision } from "./addArticleToDataset";
