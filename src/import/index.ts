/** Bringing timelines in: one adapter per format, format recognition, limits and the report. */
export { importAny, importBytes, encodingIssue, IMPORTERS } from "./importAny";
export { decodeText, type DecodedText, type TextEncodingId } from "./decodeText";
export { importInSlices, SLICE_MS, type SliceOptions } from "./importInSlices";
export { detectFormat, detectJsonFormat, detectCsvFormat } from "./detectFormat";
export { importDatasetJson } from "./importDatasetJson";
export { importTimelineJs } from "./timelineJs";
export { importTimelineJsCsv, TIMELINEJS_COLUMNS } from "./timelineJsCsv";
export { importVisTimeline } from "./visTimeline";
export { importCsv, CSV_COLUMNS } from "./importCsv";
export { summariseImport } from "./summariseImport";
export { isSafeLink, SAFE_LINK_PROTOCOLS } from "./isSafeLink";
export { htmlToText, escapeHtml, type HtmlText } from "./htmlToText";
export { parseJsonSafely } from "./safeJson";
export { MAX_IMPORT_BYTES, MAX_IMPORT_EVENTS, MAX_JSON_DEPTH, MAX_FULL_PARSER_DATES, checkImportSize, formatBytes, oversizeMessage } from "./limits";
export { MAX_LISTED_ISSUES } from "../domain/IssueCollector";
export { countIssues } from "../domain/issuePath";
export { FORMATS, parseFormatId, formatLabel } from "./types";
export type { FormatId, FormatInfo, ImportOptions, ImportResult, Importer, SkippedEvent } from "./types";
