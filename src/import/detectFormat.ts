/** Recognising a file's format from its content (the file name only breaks ties). */
import { detectCsvFormat, readCsvHeader } from "./csv";
import { MAX_IMPORT_BYTES } from "./limits";
import { isPlainObject, own, parseJsonSafely } from "./safeJson";
import { stripBom } from "./text";
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

export { detectCsvFormat };

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

/** Guess a JSON format from the first part of a file too large or too broken to parse. */
function sniffJson(text: string): FormatId {
  const head = text.slice(0, 65_536);
  if (/"(version|sources|when|evidence)"\s*:/.test(head)) return "dataset";
  if (/"(start_date|eras|headline)"\s*:/.test(head)) return "timelinejs";
  if (/^\s*\[/.test(head) || /"items"\s*:/.test(head)) return "vis-timeline";
  return "dataset";
}

/**
 * Recognise the format of a file from its content; the file name's ending helps only when the
 * content says nothing. Undefined when it is none of the formats this app reads.
 */
export function detectFormat(text: string, fileName?: string): FormatId | undefined {
  if (typeof text !== "string") return undefined;
  const body = stripBom(text);
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (looksLikeJson(body)) {
    if (body.length > MAX_IMPORT_BYTES) return sniffJson(body);
    const parsed = parseJsonSafely(body);
    if (!parsed.ok) return sniffJson(body);
    return detectJsonFormat(parsed.value);
  }
  const fromHeader = detectCsvFormat(readCsvHeader(body));
  if (fromHeader) return fromHeader;
  if (ext === "json") return "dataset";
  return undefined;
}
