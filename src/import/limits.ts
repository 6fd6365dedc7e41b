/**
 * Limits on what an import will read. Beyond them a browser tab would freeze, so the importer
 * refuses with a clear message instead. Defined here, not taken from `app/loadDataset.ts`, because
 * imports sit below the app in the layering.
 */
import { formatCount } from "../domain/formatCount";

/**
 * Largest file an import reads, in bytes (UTF-8). The UI checks `File.size` against it before
 * reading; `?data=` downloads stop at it (app/fetchDatasetText.ts's MAX_DATASET_BYTES, the same).
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Most events one import accepts (the same as the dataset format's own limit). */
export const MAX_IMPORT_EVENTS = 100_000;

/**
 * Most different dates in uncommon forms (times of day, level-2 qualifiers, unspecified digits,
 * years before 0) one import reads: each takes edtf.js 0.1 to 0.5 ms, so this many cost at most
 * about a second. Plain days, months, years, spans and deadlines, nearly every date, do not count.
 */
export const MAX_FULL_PARSER_DATES = 2_000;

/** Deepest nesting of `[` and `{` a JSON file may have; our formats need about six levels. */
export const MAX_JSON_DEPTH = 64;

const MB = 1024 * 1024;

/** "20 MB", "3.4 MB", "812 KB": sizes in words. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) {
    const mb = bytes / MB;
    return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * The message to show when a file is too big to import, or undefined when it is within the limit.
 * Call it with `File.size` before reading a file, so that a 2 GB drop never reaches memory.
 */
export function checkImportSize(bytes: number, name = "The file"): string | undefined {
  if (!(bytes > MAX_IMPORT_BYTES)) return undefined;
  return `${name} ${oversizeMessage(bytes)}`;
}

/** "is 50 MB; the limit is 20 MB. …" (the subject is left to the caller). */
export function oversizeMessage(bytes?: number): string {
  const size = bytes === undefined ? `is larger than the ${formatBytes(MAX_IMPORT_BYTES)} limit` : `is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)}`;
  return `${size}. Split it into smaller timelines, or remove media and long texts.`;
}

/** The message for a file with more events than the app can draw, or undefined. */
export function checkEventCount(count: number): string | undefined {
  if (count <= MAX_IMPORT_EVENTS) return undefined;
  return eventLimitMessage(`has ${formatCount(count)} events`);
}

/** "has 120,000 events; the limit is 100,000, …" with the first part given. */
export function eventLimitMessage(what: string): string {
  return `${what}; the limit is ${formatCount(MAX_IMPORT_EVENTS)} events, more than this app can draw. Split it into smaller timelines.`;
}

/**
 * The UTF-8 size of a text, counted without building a copy. Stops counting past `limit`,
 * so asking about a 50 MB paste costs no more than asking about a 20 MB one.
 */
export function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}
