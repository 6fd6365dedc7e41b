/**
 * The dataset format's version and limits, without zod: the checks that need no validator
 * (checkDataset.ts, eventSchemaProblems.ts) and the importers use them; `schema.ts` builds its
 * schemas on them and re-exports them. Apart from vocabulary.ts, which every page loads.
 */
/** The current version of the file format; `migrate.ts` upgrades older files to it. */
export const DATASET_VERSION = 2;
/**
 * The versions the validator reads as they are: a version 1 file is a version 2 file without
 * claims or links, so code (and other branches) that builds version 1 datasets keeps working.
 */
export const READABLE_VERSIONS = [1, DATASET_VERSION] as const;

/** Beyond this a browser tab would freeze; the validator says so instead. */
export const MAX_EVENTS = 100_000;
/** Most steps a story may have. */
export const MAX_STORY_STEPS = 1000;
/** Most sources one dataset may list. */
export const MAX_SOURCES = 1000;
/** Most actors, and most categories, one dataset may list: more lanes and filters than anyone can use. */
export const MAX_LABELLED = 500;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** Longest id. */
export const MAX_ID_LENGTH = 80;

/** An event's limits: longest texts (in characters, after trimming) and most entries in its lists. */
export const EVENT_LIMITS = { title: 200, summary: 2000, timePhrase: 200, place: 200, actors: 50, evidence: 50, quote: 2000, note: 500, claims: 50, links: 50 } as const;

/** The dataset's own texts: longest title and description (characters, after trimming). */
export const DATASET_LIMITS = { title: 300, description: 2000 } as const;
/** A source's limits: longest publisher and title (after trimming), web address and file path. */
export const SOURCE_LIMITS = { publisher: 200, title: 500, url: 2000, file: 500 } as const;
/** Longest label of an actor or a category (after trimming). */
export const MAX_LABEL_CHARS = 120;
/** A story's limits: longest title and step note (after trimming). */
export const STORY_LIMITS = { title: 200, note: 2000 } as const;

/** Other fields an event may carry: at most this many… */
export const MAX_OTHER_FIELDS = 50;
/** …each named in at most this many characters… */
export const MAX_FIELD_NAME_CHARS = 100;
/** …with a value of at most this many. */
export const MAX_FIELD_VALUE_CHARS = 2000;

/** How one event stands to another: the outcome of a plan, what came next, what called it off. */
export const LINK_TYPES = ["outcome-of", "follows", "cancels"] as const;
