/** One entry point for every way in (file, drop, paste, ?data=): recognise the format, import, never throw. */
import { readCsvHeader } from "./csv";
import { detectCsvFormat, detectJsonFormat } from "./detectFormat";
import { failedImport } from "./finishImport";
import { importCsv, importCsvSteps } from "./importCsv";
import { importDatasetJson, importDatasetJsonSteps, importDatasetValueSteps } from "./importDatasetJson";
import { checkTextSize } from "./checkTextSize";
import { createReadLimit, withReadLimit, type ReadLimit } from "../domain/parseFuzzyDate";
import { drain, type Steps } from "../domain/steps";
import { measureNestedStep, measureSteps } from "../domain/measureSteps";
import { MAX_FULL_PARSER_DATES, MAX_IMPORT_BYTES, oversizeMessage } from "./limits";
import { decodeText, type DecodedText } from "./decodeText";
import { plural, stripBom } from "./text";
import type { Issue } from "../domain/types";
import { parseJsonSafely } from "./safeJson";
import { importTimelineJs, importTimelineJsSteps, importTimelineJsValueSteps } from "./timelineJs";
import { importTimelineJsCsv, importTimelineJsCsvSteps } from "./timelineJsCsv";
import { FORMATS, type FormatId, type ImportOptions, type ImportResult, type Importer } from "./types";
import { importVisTimeline, importVisTimelineSteps, importVisTimelineValueSteps } from "./visTimeline";

/** The importer for each format. */
export const IMPORTERS: Readonly<Record<FormatId, Importer>> = {
  dataset: importDatasetJson,
  timelinejs: importTimelineJs,
  "timelinejs-csv": importTimelineJsCsv,
  "vis-timeline": importVisTimeline,
  csv: importCsv,
};

/** The same, in steps. */
const IMPORTER_STEPS: Readonly<Record<FormatId, (text: string, options: ImportOptions) => Steps<ImportResult>>> = {
  dataset: importDatasetJsonSteps,
  timelinejs: importTimelineJsSteps,
  "timelinejs-csv": importTimelineJsCsvSteps,
  "vis-timeline": importVisTimelineSteps,
  csv: importCsvSteps,
};

const UNKNOWN_FORMAT_HINT = `This app reads: ${FORMATS.map((f) => f.label).join("; ")}.`;

/**
 * Import text in any supported format. `options.format` overrides recognition (`&format=`).
 * Never throws: an unexpected failure becomes an error in the report.
 */
export function importAny(text: string, options: ImportOptions = {}): ImportResult {
  // Dates in uncommon forms need edtf.js, a fraction of a millisecond each: past a limit the
  // file is refused at once rather than read for a minute.
  const cap = createReadLimit(MAX_FULL_PARSER_DATES);
  return endImport(withReadLimit(cap, () => drain(importAnySteps(text, options))), cap, options);
}

/**
 * Import a file's bytes: decoded as UTF-8, UTF-16 or Windows-1252 (decodeText), which the report
 * says when it is not plain UTF-8. Too many bytes are refused before decoding.
 */
export function importBytes(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  if (bytes.length > MAX_IMPORT_BYTES) return refuseBytes(bytes, options);
  const { text, ...decoded } = decodeText(bytes);
  return importAny(text, { ...options, decoded });
}

/** The result for more bytes than an import reads. */
export function refuseBytes(bytes: Uint8Array, options: ImportOptions): ImportResult {
  return failedImport(options.format ?? "unknown", [{ path: "(the file)", message: oversizeMessage(bytes.length), severity: "error" }]);
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

/**
 * importAny in steps, to be run under a read limit (withReadLimit) and finished with endImport.
 * Never throws: an unexpected failure becomes an error in the report.
 */
export function* importAnySteps(text: string, options: ImportOptions): Steps<ImportResult> {
  try {
    return yield* importSteps(text, options);
  } catch (e) {
    return failedImport(options.format ?? "unknown", [
      { path: "(the file)", message: `could not be imported because of a fault in this app (${String((e as Error)?.message ?? e).slice(0, 200)}). Please report it with the file.`, severity: "error" },
    ]);
  }
}

/** The last of an import: refused when it asked edtf.js for more dates than `cap` allowed; how the file was decoded, said. */
export function endImport(result: ImportResult, cap: ReadLimit, options: ImportOptions): ImportResult {
  const capped = cap.refused === 0 ? result : failedImport(result.format, [{ path: "(the file)", message: tooManyUncommonDates(cap.firstRefused ?? ""), severity: "error" }], result.eventCount);
  const note = options.decoded && encodingIssue(options.decoded);
  return note ? { ...capped, issues: [note, ...capped.issues] } : capped;
}

function tooManyUncommonDates(example: string): string {
  return `has more than ${MAX_FULL_PARSER_DATES.toLocaleString("en")} different dates in uncommon forms, such as ${JSON.stringify(example.slice(0, 60))}; reading them all would take too long. Write dates as days, months or years (2018-06-12, 2018-06, 2018), spans of them (2018-06-12/2018-06-14) or deadlines ([..2019-02-28]), or split the file.`;
}

function* importSteps(text: string, options: ImportOptions): Steps<ImportResult> {
  const tooBig = checkTextSize(text);
  if (tooBig) return failedImport(options.format ?? "unknown", [tooBig]);
  if (options.format) return yield* measureSteps("import", IMPORTER_STEPS[options.format](text, options));
  const body = stripBom(text);
  if (body.trim() === "") {
    return failedImport("unknown", [{ path: "(the file)", message: `is empty. ${UNKNOWN_FORMAT_HINT}`, severity: "error" }]);
  }
  if (/^\s*[[{]/.test(body)) {
    const parsed = parseJsonSafely(body);
    if (!parsed.ok) return failedImport("unknown", parsed.issues);
    const format = measureNestedStep("detect", () => detectJsonFormat(parsed.value));
    if (format === "timelinejs") return yield* measureSteps("import", importTimelineJsValueSteps(parsed.value, options, parsed.issues));
    if (format === "vis-timeline") return yield* measureSteps("import", importVisTimelineValueSteps(parsed.value, options, parsed.issues));
    if (format === "dataset") return yield* measureSteps("import", importDatasetValueSteps(parsed.value, parsed.issues));
    return failedImport("unknown", [
      ...parsed.issues,
      { path: "(the file)", message: `is JSON, but not in a timeline format this app recognises. ${UNKNOWN_FORMAT_HINT} If it is one of them, choose the format explicitly.`, severity: "error" },
    ]);
  }
  const csv = measureNestedStep("detect", () => detectCsvFormat(readCsvHeader(body)));
  if (csv === "csv") return yield* measureSteps("import", importCsvSteps(body, options));
  if (csv === "timelinejs-csv") return yield* measureSteps("import", importTimelineJsCsvSteps(body, options));
  return failedImport("unknown", [
    {
      path: "line 1",
      message: `is not a format this app recognises. ${UNKNOWN_FORMAT_HINT} A spreadsheet needs a first line naming its columns: "title" and "when" (with "status", "actors", "quote", …), or the TimelineJS template's "Year", "Month", "Day", "Headline", ….`,
      severity: "error",
    },
  ]);
}
