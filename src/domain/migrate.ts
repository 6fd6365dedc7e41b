/**
 * Upgrades dataset files written for older versions of the format, one version at a time (in the
 * manner of tldraw's record migrations): a version 0 file becomes version 1, and so on. Each step
 * is pure, says what it changed, and never drops data silently.
 *
 * Version 0, the first files, written by hand for a single article:
 *
 * ```json
 * { "version": 0, "title": "…",
 *   "source": { "publisher": "BBC News", "title": "…", "published": "2019-01-18", "url": "https://…" },
 *   "actors": [...], "categories": [...],
 *   "events": [{ "id": "…", "title": "…", "date": "2018-06-12", "status": "happened",
 *                "quote": "their historic summit in Singapore last June", "timePhrase": "last June" }] }
 * ```
 *
 * Version 1 lists `sources`, dates events by `when`, and gives each event `evidence`
 * (a source and a quote), so that an event can cite more than one source.
 *
 * Version 2 (current) adds, per event, optional `claims` (what each source said as of its
 * publication: date, status, place) and `links` to other events (`outcome-of`, `follows`,
 * `cancels`). The event's own fields stay what the latest source says, so a version 1 file is a
 * version 2 file as it is: the step only renumbers it, and says nothing.
 */
import { DATASET_VERSION } from "./datasetLimits";
import type { Issue } from "./types";

export interface MigrationResult {
  /** The upgraded file, ready for `validateDataset` (unchanged when it was current or unreadable). */
  json: unknown;
  /** The version the file declared (or was recognised as); undefined when it says nothing usable. */
  fromVersion?: number;
  /** What the upgrade changed and assumed, as warnings; and an error for a file from a newer app. */
  issues: Issue[];
  /** A path in the upgraded file ("events[3].when") as the place in the original file ("events[3].date"). */
  originalPath: (path: string) => string;
}

interface Migration {
  from: number;
  /** What the step does, for people. */
  describe: string;
  up: (file: Record<string, unknown>, issues: Issue[]) => Record<string, unknown>;
  /** Where a path of the upgraded file was in the file before this step. */
  pathBefore: (path: string) => string;
  /** Changes nothing a reader of the older version would miss: no "export to save it" warning. */
  silent?: true;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === "object" && !Array.isArray(value);
const ownField = (value: Json, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

/** The id version 0's single source gets in version 1. */
export const V0_SOURCE_ID = "source";

const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe: 'version 0 → 1: "source" became the list "sources"; each event\'s "date" became "when" and its "quote" became "evidence"',
    up(file) {
      const { source, events, version: _version, ...rest } = file;
      const out: Json = { ...rest, version: 1 };
      if (isObject(source)) out.sources = [{ id: V0_SOURCE_ID, ...source }];
      else if (source !== undefined) out.source = source; // not an object: left for the validator to report
      if (Array.isArray(events)) {
        out.events = events.map((event) => {
          if (!isObject(event)) return event;
          const { date, quote, ...fields } = event;
          const next: Json = { ...fields };
          if (date !== undefined && !Object.hasOwn(event, "when")) next.when = date;
          else if (date !== undefined) next.date = date;
          if (!Object.hasOwn(event, "evidence")) {
            next.evidence = [quote === undefined ? { source: V0_SOURCE_ID } : { source: V0_SOURCE_ID, quote }];
          } else if (quote !== undefined) next.quote = quote;
          return next;
        });
      } else if (events !== undefined) out.events = events;
      return out;
    },
    pathBefore(path) {
      return path
        .replace(/^sources\[0\]/, "source")
        .replace(/^(events\[\d+\])\.when\b/, "$1.date")
        .replace(/^(events\[\d+\])\.evidence(\[0\](\.quote)?)?$/, "$1.quote")
        .replace(/^(events\[\d+\])\.evidence\[0\]\.source$/, "$1 (source)");
    },
  },
  {
    from: 1,
    describe: 'version 1 → 2: events may now list "claims" and "links"',
    up: (file) => ({ ...file, version: 2 }),
    pathBefore: (path) => path,
    silent: true,
  },
];

/** True when a file without a version looks like version 0 (one `source`, events dated by `date`). */
function looksLikeVersion0(file: Json): boolean {
  if (isObject(ownField(file, "source")) && !Object.hasOwn(file, "sources")) return true;
  const events = ownField(file, "events");
  return Array.isArray(events) && events.length > 0 && events.every((e) => isObject(e) && Object.hasOwn(e, "date") && !Object.hasOwn(e, "when"));
}

/** Upgrade a parsed dataset file to the current version, step by step. Never throws. */
export function migrateDataset(json: unknown): MigrationResult {
  const same = (path: string) => path;
  if (!isObject(json)) return { json, issues: [], originalPath: same };
  const issues: Issue[] = [];
  let version = ownField(json, "version");
  if (version === undefined) {
    const guess = looksLikeVersion0(json) ? 0 : DATASET_VERSION;
    if (guess === 0 || Object.hasOwn(json, "sources")) {
      issues.push({
        path: "version",
        message: `is missing: read as version ${guess}, which the file looks like. Add "version": ${guess} to be sure.`,
        severity: "warning",
      });
      version = guess;
      json = { ...json, version: guess };
    }
  }
  if (typeof version !== "number" || !Number.isInteger(version)) return { json, fromVersion: undefined, issues, originalPath: same };
  if (version > DATASET_VERSION) {
    issues.push({
      path: "version",
      message: `is ${version}: the file was made by a newer version of this app, which reads up to version ${DATASET_VERSION}. Update the app, or export the file again from the version that made it.`,
      severity: "error",
    });
    return { json, fromVersion: version, issues, originalPath: same };
  }
  if (version < 0) return { json, fromVersion: version, issues, originalPath: same };
  let file = json as Json;
  const applied: Migration[] = [];
  for (let v = version; v < DATASET_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) break;
    file = step.up(file, issues);
    applied.push(step);
  }
  if (applied.some((m) => !m.silent)) {
    issues.push({
      path: "version",
      message: `was ${version}: upgraded to version ${DATASET_VERSION} (${applied.map((m) => m.describe).join("; ")}). Export the file to save it in the new version.`,
      severity: "warning",
    });
  }
  const originalPath = (path: string) => applied.reduceRight((p, step) => step.pathBefore(p), path);
  return { json: file, fromVersion: version, issues, originalPath };
}
