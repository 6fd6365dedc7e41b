/**
 * What a text is, before any importer runs: too big, empty, broken JSON, JSON of one of our formats,
 * or a table (CSV), whose format its header line says (csv.ts, with papaparse, which only tables
 * need). Apart from the importers so that a page opening a file loads only its format's importer
 * (importInSlices.ts); importAny.ts has them all at hand.
 */
import { checkTextSize } from "./checkTextSize";
import { detectJsonFormat } from "./detectJsonFormat";
import { failedImport } from "./finishImport";
import { parseJsonSafely } from "./safeJson";
import { stripBom } from "./text";
import { measureNestedStep, measureSteps } from "../domain/measureSteps";
import { CodeNeeded } from "../domain/codeNeeded";
import type { Steps } from "../domain/steps";
import type { Issue } from "../domain/types";
import { FORMAT_LABELS, type FormatId, type ImportOptions, type ImportResult } from "./types";

/** One format's import, in steps: of a text, and (JSON formats) of the value already parsed. */
export interface FormatSteps {
  text(text: string, options: ImportOptions): Steps<ImportResult>;
  value?(json: unknown, options: ImportOptions, earlier: Issue[]): Steps<ImportResult>;
}

export type Recognised =
  /** Nothing to import: the report says why. */
  | { result: ImportResult }
  /** A format's importer to run on `text`, or on the JSON parsed from it. */
  | { format: FormatId; text: string; json?: { value: unknown; issues: Issue[] } }
  /** Not JSON: a table, whose header line says its format (recogniseTable). */
  | { table: string };

const UNKNOWN_FORMAT_HINT = `This app reads: ${Object.values(FORMAT_LABELS).join("; ")}.`;

/** What `text` is; `options.format` overrides recognition (`&format=`). */
export function recogniseText(text: string, options: ImportOptions): Recognised {
  const tooBig = checkTextSize(text);
  if (tooBig) return { result: failedImport(options.format ?? "unknown", [tooBig]) };
  if (options.format) return { format: options.format, text };
  const body = stripBom(text);
  if (body.trim() === "") {
    return { result: failedImport("unknown", [{ path: "(the file)", message: `is empty. ${UNKNOWN_FORMAT_HINT}`, severity: "error" }]) };
  }
  if (!/^\s*[[{]/.test(body)) return { table: body };
  const parsed = parseJsonSafely(body);
  if (!parsed.ok) return { result: failedImport("unknown", parsed.issues) };
  const format = measureNestedStep("detect", () => detectJsonFormat(parsed.value));
  if (format === "timelinejs" || format === "vis-timeline" || format === "dataset") return { format, text: body, json: parsed };
  return {
    result: failedImport("unknown", [
      ...parsed.issues,
      { path: "(the file)", message: `is JSON, but not in a timeline format this app recognises. ${UNKNOWN_FORMAT_HINT} If it is one of them, choose the format explicitly.`, severity: "error" },
    ]),
  };
}

/** A table's format, from what its header says (`format`, csv.ts's detectCsvFormat). */
export function recogniseTable(body: string, format: FormatId | undefined): Exclude<Recognised, { table: string }> {
  if (format === "csv" || format === "timelinejs-csv") return { format, text: body };
  return {
    result: failedImport("unknown", [
      {
        path: "line 1",
        message: `is not a format this app recognises. ${UNKNOWN_FORMAT_HINT} A spreadsheet needs a first line naming its columns: "title" and "when" (with "status", "actors", "quote", …), or the TimelineJS template's "Year", "Month", "Day", "Headline", ….`,
        severity: "error",
      },
    ]),
  };
}

/** Run a format's importer on what was recognised. */
export function runImporter(recognised: { format: FormatId; text: string; json?: { value: unknown; issues: Issue[] } }, importer: FormatSteps, options: ImportOptions): Steps<ImportResult> {
  const { json } = recognised;
  return measureSteps("import", json && importer.value ? importer.value(json.value, options, json.issues) : importer.text(recognised.text, options));
}

/**
 * `work` (an import, or part of one), with an unexpected failure turned into an error in the report:
 * an import never throws. CodeNeeded passes: the caller loads that code and starts again.
 */
export function* withoutFaults(format: FormatId | "unknown", work: () => Steps<ImportResult>): Steps<ImportResult> {
  try {
    return yield* work();
  } catch (e) {
    if (e instanceof CodeNeeded) throw e;
    return faultResult(format, e);
  }
}

/** The report of an unexpected failure (a fault in this app). */
export function faultResult(format: FormatId | "unknown", e: unknown): ImportResult {
  return failedImport(format, [
    { path: "(the file)", message: `could not be imported because of a fault in this app (${String((e as Error)?.message ?? e).slice(0, 200)}). Please report it with the file.`, severity: "error" },
  ]);
}
