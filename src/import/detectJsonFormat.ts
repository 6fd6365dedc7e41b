/** Recognising our JSON formats from a parsed value: apart from detectFormat.ts, which reads CSV too (papaparse). */
import { isPlainObject, own } from "./safeJson";
import type { FormatId } from "./types";

/** The format of parsed JSON, or undefined when it is none of ours. */
export function detectJsonFormat(value: unknown): FormatId | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0) return "vis-timeline";
    return value.slice(0, 100).some((item) => own(item, "start") !== undefined || own(item, "content") !== undefined) ? "vis-timeline" : undefined;
  }
  if (!isPlainObject(value)) return undefined;
  const events = own(value, "events");
  const firstEvents = Array.isArray(events) ? events.slice(0, 100) : [];
  if (own(value, "version") !== undefined || own(value, "sources") !== undefined || isPlainObject(own(value, "source"))) return "dataset";
  if (firstEvents.some((e) => own(e, "when") !== undefined || own(e, "evidence") !== undefined)) return "dataset";
  if (own(value, "eras") !== undefined || isPlainObject(own(value, "title"))) return "timelinejs";
  if (firstEvents.some((e) => own(e, "start_date") !== undefined || isPlainObject(own(e, "text")))) return "timelinejs";
  if (Array.isArray(own(value, "items"))) return "vis-timeline";
  if (firstEvents.some((e) => own(e, "date") !== undefined)) return "dataset";
  if (Array.isArray(events)) return typeof own(value, "title") === "string" ? "dataset" : "timelinejs";
  return undefined;
}

/** How much of a file's start `guessJsonFormat` reads (and the page's head script, scripts/preloadForPage.ts). */
export const GUESS_HEAD_CHARS = 4096;

/**
 * Fields each format names near a file's start, tried in this order. The page's head script
 * guesses with the same list, before the app's script has arrived.
 */
export const FORMAT_HINTS: readonly (readonly [FormatId, RegExp])[] = [
  ["dataset", /"(?:version|sources|when|evidence)"\s*:/],
  ["timelinejs", /"(?:start_date|eras|headline)"\s*:/],
  ["vis-timeline", /"items"\s*:/],
];

/**
 * A guess at a JSON file's format from its first few thousand characters, before it is parsed, so
 * that the importer's code downloads while the file is parsed rather than after (at 10,000 events
 * the parse takes about as long as the download). Only a head start: the format is still decided
 * from the parsed value (detectJsonFormat), and a wrong guess costs one small download.
 */
export function guessJsonFormat(text: string): FormatId | undefined {
  const head = text.slice(0, GUESS_HEAD_CHARS);
  const opening = /^\uFEFF?\s*([[{])/.exec(head);
  if (!opening) return undefined;
  if (opening[1] === "[") return "vis-timeline";
  return FORMAT_HINTS.find(([, hint]) => hint.test(head))?.[0];
}
