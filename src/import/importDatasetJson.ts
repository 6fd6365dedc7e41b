/** Our own JSON format, any version: parsed safely, upgraded by `migrate.ts`, then validated. */
import { migrateDataset } from "../domain/migrate";
import { failedImport, finishImportSteps, IssueList } from "./finishImport";
import { drain, type Steps } from "../domain/steps";
import { checkEventCount } from "./limits";
import { isPlainObject, own, parseJsonSafely } from "./safeJson";
import { checkTextSize } from "./checkTextSize";
import type { ImportOptions, ImportResult } from "./types";
import type { Issue } from "../domain/types";
import type { FormatSteps } from "./recogniseText";

/** Import a file in this app's own format (`data/events.json` and files exported from the app). */
export function importDatasetJson(text: string, options: ImportOptions = {}): ImportResult {
  return drain(importDatasetJsonSteps(text, options));
}

/** importDatasetJson in steps (the validator's). */
export function* importDatasetJsonSteps(text: string, _options: ImportOptions = {}): Steps<ImportResult> {
  const tooBig = checkTextSize(text);
  if (tooBig) return failedImport("dataset", [tooBig]);
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return failedImport("dataset", parsed.issues);
  return yield* importDatasetValueSteps(parsed.value, parsed.issues);
}

/** Import already parsed JSON (used when the format was recognised from the parsed value). */
export function importDatasetValue(json: unknown, earlier: readonly Issue[] = []): ImportResult {
  return drain(importDatasetValueSteps(json, earlier));
}

/** importDatasetValue in steps (the validator's). */
export function* importDatasetValueSteps(json: unknown, earlier: readonly Issue[] = []): Steps<ImportResult> {
  const rawEvents = own(json, "events");
  const eventCount = Array.isArray(rawEvents) ? rawEvents.length : 0;
  const tooMany = checkEventCount(eventCount);
  if (tooMany) return failedImport("dataset", [...earlier, { path: "events", message: tooMany, severity: "error" }], eventCount);
  if (!isPlainObject(json)) {
    return failedImport("dataset", [
      ...earlier,
      { path: "(the file)", message: `must be a JSON object with "version", "title", "sources" and "events", not ${Array.isArray(json) ? "a list" : json === null ? "null" : typeof json}.`, severity: "error" },
    ]);
  }
  const migration = migrateDataset(json);
  const issues = new IssueList();
  issues.file.push(...earlier, ...migration.issues);
  if (migration.issues.some((i) => i.severity === "error")) return failedImport("dataset", issues.file, eventCount);
  const migratedEvents = own(migration.json, "events");
  const origins = Array.isArray(migratedEvents)
    ? migratedEvents.map((event, index) => {
        const title = own(event, "title");
        return { place: `events[${index}]`, title: typeof title === "string" ? title.slice(0, 200) : undefined, sourceIndex: index };
      })
    : [];
  return yield* finishImportSteps({
    format: "dataset",
    eventCount,
    raw: migration.json,
    origins,
    eventPath: (index, rest) => migration.originalPath(`events[${index}]${rest}`),
    topPath: migration.originalPath,
    issues,
  });
}

/** This format's import in steps, as importAny and importInSlices run it. */
export const formatSteps: FormatSteps = { text: importDatasetJsonSteps, value: (json, _options, earlier) => importDatasetValueSteps(json, earlier) };
