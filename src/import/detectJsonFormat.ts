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
