/** One entry point for every way in (file, drop, paste, ?data=): recognise the format, import, never throw. */
import { readCsvHeader } from "./csv";
import { detectCsvFormat, detectJsonFormat } from "./detectFormat";
import { failedImport } from "./finishImport";
import { importCsv } from "./importCsv";
import { importDatasetJson, importDatasetValue } from "./importDatasetJson";
import { checkTextSize } from "./checkTextSize";
import { limitFullParserReads } from "../domain/parseFuzzyDate";
import { withValidationProgress } from "../domain/validateDataset";
import { MAX_FULL_PARSER_DATES, MAX_IMPORT_BYTES, oversizeMessage } from "./limits";
import { decodeText, type DecodedText } from "./decodeText";
import { plural } from "./text";
import type { Issue } from "../domain/types";
import { parseJsonSafely } from "./safeJson";
import { stripBom } from "./text";
import { importTimelineJs, importTimelineJsValue } from "./timelineJs";
import { importTimelineJsCsv } from "./timelineJsCsv";
import { FORMATS, type FormatId, type ImportOptions, type ImportResult, type Importer } from "./types";
import { importVisTimeline, importVisTimelineValue } from "./visTimeline";

/** The importer for each format. */
export const IMPORTERS: Readonly<Record<FormatId, Importer>> = {
  dataset: importDatasetJson,
  timelinejs: importTimelineJs,
  "timelinejs-csv": importTimelineJsCsv,
  "vis-timeline": importVisTimeline,
  csv: importCsv,
};

const UNKNOWN_FORMAT_HINT = `This app reads: ${FORMATS.map((f) => f.label).join("; ")}.`;

/**
 * Import text in any supported format. `options.format` overrides recognition (`&format=`).
 * Never throws: an unexpected failure becomes an error in the report.
 */
export function importAny(text: string, options: ImportOptions = {}): ImportResult {
  const result = importWithinLimits(text, options);
  const note = options.decoded && encodingIssue(options.decoded);
  return note ? { ...result, issues: [note, ...result.issues] } : result;
}

/**
 * Import a file's bytes: decoded as UTF-8, UTF-16 or Windows-1252 (decodeText), which the report
 * says when it is not plain UTF-8. Too many bytes are refused before decoding.
 */
export function importBytes(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  if (bytes.length > MAX_IMPORT_BYTES) return failedImport(options.format ?? "unknown", [{ path: "(the file)", message: oversizeMessage(bytes.length), severity: "error" }]);
  const { text, ...decoded } = decodeText(bytes);
  return importAny(text, { ...options, decoded });
}

/** What the report says about a file's encoding; nothing for UTF-8 read cleanly. */
export function encodingIssue({ encoding, bom, replaced }: Omit<DecodedText, "text">): Issue | undefined {
  if (encoding === "windows-1252") {
    return { path: "(the file)", message: "is not UTF-8: read as Windows-1252 (Western European), the encoding Excel uses for “CSV” files. If any letter looks wrong, save the file as “CSV UTF-8” and open it again.", severity: "warning" };
  }
  if (encoding !== "utf-8") {
    const order = encoding === "utf-16le" ? "little-endian" : "big-endian";
    return { path: "(the file)", message: bom ? `is UTF-16 (${order}, as its first bytes say): read as UTF-16.` : `has no byte order mark, but its bytes are UTF-16 (${order}): read as UTF-16. If the text looks wrong, save the file as UTF-8.`, severity: "warning" };
  }
  if (replaced > 0) {
    return { path: "(the file)", message: `has ${plural(replaced, "byte")} that ${replaced === 1 ? "is" : "are"} not UTF-8: shown as � (the rest is read as UTF-8). Save the file as UTF-8 to keep ${replaced === 1 ? "that character" : "those characters"}.`, severity: "warning" };
  }
  return undefined;
}

function importWithinLimits(text: string, options: ImportOptions): ImportResult {
  try {
    // Dates in uncommon forms need edtf.js, a fraction of a millisecond each: past a limit the
    // file is refused at once rather than read for a minute.
    const run = limitFullParserReads(MAX_FULL_PARSER_DATES, () => withValidationProgress(options.onProgress, () => importUnsafe(text, options)));
    if (run.refused === 0) return run.value;
    return failedImport(run.value.format, [{ path: "(the file)", message: tooManyUncommonDates(run.firstRefused ?? ""), severity: "error" }], run.value.eventCount);
  } catch (e) {
    return failedImport(options.format ?? "unknown", [
      { path: "(the file)", message: `could not be imported because of a fault in this app (${String((e as Error)?.message ?? e).slice(0, 200)}). Please report it with the file.`, severity: "error" },
    ]);
  }
}

function tooManyUncommonDates(example: string): string {
  return `has more than ${MAX_FULL_PARSER_DATES.toLocaleString("en")} different dates in uncommon forms, such as ${JSON.stringify(example.slice(0, 60))}; reading them all would take too long. Write dates as days, months or years (2018-06-12, 2018-06, 2018), spans of them (2018-06-12/2018-06-14) or deadlines ([..2019-02-28]), or split the file.`;
}

function importUnsafe(text: string, options: ImportOptions): ImportResult {
  const tooBig = checkTextSize(text);
  if (tooBig) return failedImport(options.format ?? "unknown", [tooBig]);
  if (options.format) return IMPORTERS[options.format](text, options);
  const body = stripBom(text);
  if (body.trim() === "") {
    return failedImport("unknown", [{ path: "(the file)", message: `is empty. ${UNKNOWN_FORMAT_HINT}`, severity: "error" }]);
  }
  if (/^\s*[[{]/.test(body)) {
    const parsed = parseJsonSafely(body);
    if (!parsed.ok) return failedImport("unknown", parsed.issues);
    const format = detectJsonFormat(parsed.value);
    if (format === "timelinejs") return importTimelineJsValue(parsed.value, options, parsed.issues);
    if (format === "vis-timeline") return importVisTimelineValue(parsed.value, options, parsed.issues);
    if (format === "dataset") return importDatasetValue(parsed.value, parsed.issues);
    return failedImport("unknown", [
      ...parsed.issues,
      { path: "(the file)", message: `is JSON, but not in a timeline format this app recognises. ${UNKNOWN_FORMAT_HINT} If it is one of them, choose the format explicitly.`, severity: "error" },
    ]);
  }
  const csv = detectCsvFormat(readCsvHeader(body));
  if (csv === "csv") return importCsv(body, options);
  if (csv === "timelinejs-csv") return importTimelineJsCsv(body, options);
  return failedImport("unknown", [
    {
      path: "line 1",
      message: `is not a format this app recognises. ${UNKNOWN_FORMAT_HINT} A spreadsheet needs a first line naming its columns: "title" and "when" (with "status", "actors", "quote", …), or the TimelineJS template's "Year", "Month", "Day", "Headline", ….`,
      severity: "error",
    },
  ]);
}
