/**
 * Importing in one go, with every importer, the EDTF parser and the validator's wording at hand:
 * recognise the format, import, never throw. For what must work at once (the library's entries, a
 * share link, the reader's saved timeline); files, drops, pastes and `?data=` import in slices
 * (importInSlices.ts), loading only what the file needs.
 */
import { readCsvHeader, detectCsvFormat } from "./csv";
import { importCsv, formatSteps as csvSteps } from "./importCsv";
import { importDatasetJson, formatSteps as datasetJsonSteps } from "./importDatasetJson";
import { createReadLimit, withReadLimit } from "../domain/parseFuzzyDate";
// The validator's wording (zod), for every problem this import may find (checkDataset.ts), and the
// export's dates, for TimelineJS files this app wrote (timelineJs.ts).
import "../domain/validateDataset";
import "./timelineJsDatesOf";
import { drain, type Steps } from "../domain/steps";
import { MAX_FULL_PARSER_DATES, MAX_IMPORT_BYTES } from "./limits";
import { decodeText } from "./decodeText";
import { endImport, refuseBytes } from "./endImport";
import { encodingIssue } from "./encodingIssue";
import { importTimelineJs, formatSteps as timelineJsSteps } from "./timelineJs";
import { importTimelineJsCsv, formatSteps as timelineJsCsvSteps } from "./timelineJsCsv";
import type { FormatId, ImportOptions, ImportResult, Importer } from "./types";
import { importVisTimeline, formatSteps as visTimelineSteps } from "./visTimeline";
import { recogniseTable, recogniseText, runImporter, withoutFaults, type FormatSteps } from "./recogniseText";

/** The importer for each format. */
export const IMPORTERS: Readonly<Record<FormatId, Importer>> = {
  dataset: importDatasetJson,
  timelinejs: importTimelineJs,
  "timelinejs-csv": importTimelineJsCsv,
  "vis-timeline": importVisTimeline,
  csv: importCsv,
};

/** The same, in steps. */
export const FORMAT_STEPS: Readonly<Record<FormatId, FormatSteps>> = {
  dataset: datasetJsonSteps,
  timelinejs: timelineJsSteps,
  "timelinejs-csv": timelineJsCsvSteps,
  "vis-timeline": visTimelineSteps,
  csv: csvSteps,
};

/**
 * Import text in any supported format. `options.format` overrides recognition (`&format=`).
 * Never throws: an unexpected failure becomes an error in the report.
 */
export function importAny(text: string, options: ImportOptions = {}): ImportResult {
  // Dates in uncommon forms need edtf.js, a fraction of a millisecond each: past a limit the
  // file is refused at once rather than read for a minute.
  const cap = createReadLimit(MAX_FULL_PARSER_DATES);
  return endImport(withReadLimit(cap, () => drain(importAnySteps(text, options))), cap, options.decoded && encodingIssue(options.decoded));
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

/** importAny in steps, to be run under a read limit (withReadLimit) and finished with endImport. Never throws. */
function importAnySteps(text: string, options: ImportOptions): Steps<ImportResult> {
  return withoutFaults(options.format ?? "unknown", function* () {
    const seen = recogniseText(text, options);
    const recognised = "table" in seen ? recogniseTable(seen.table, detectCsvFormat(readCsvHeader(seen.table))) : seen;
    if ("result" in recognised) return recognised.result;
    return yield* runImporter(recognised, FORMAT_STEPS[recognised.format], options);
  });
}

export { encodingIssue };
