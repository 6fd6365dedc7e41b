/**
 * The importers in a worker, for large files (importOffThread.ts): reading 20 MB of JSON, checking
 * 100,000 events or counting three million problems then holds no page. Posts progress as events
 * are checked, then the result, with the dates of its events that only edtf.js reads (the page's
 * parser then finds them ready).
 */
import { parseFuzzyDate, parsePlainEdtf } from "../domain/parseFuzzyDate";
import type { FuzzyDate } from "../domain/fuzzyDate";
import { importAny, importBytes } from "./importAny";
import type { ImportOptions } from "./types";

/** What the page sends: the file as text or as bytes, and the options without the callback. */
export type ImportJob = ({ text: string } | { bytes: Uint8Array }) & { options: Omit<ImportOptions, "onProgress"> };

/**
 * What the worker sends back. The result travels as JSON text: structured cloning 100,000 events
 * took twice a second (writing in the worker, reading on the page), JSON about a fifth of that.
 */
export type ImportMessage = { type: "progress"; checked: number; total: number } | { type: "done"; resultJson: string; dates: Record<string, FuzzyDate> };

const post = (message: ImportMessage) => postMessage(message);

onmessage = (event: MessageEvent<ImportJob>) => {
  const job = event.data;
  const options: ImportOptions = { ...job.options, onProgress: (checked, total) => post({ type: "progress", checked, total }) };
  const result = "text" in job ? importAny(job.text, options) : importBytes(job.bytes, options);
  // Dates only edtf.js reads (a fraction of a millisecond each, against a microsecond for plain ones).
  const dates: Record<string, FuzzyDate> = {};
  for (const { when } of result.dataset?.events ?? []) {
    if (Object.hasOwn(dates, when) || parsePlainEdtf(when.trim())) continue;
    const parsed = parseFuzzyDate(when);
    if (parsed.ok) dates[when] = parsed.date;
  }
  post({ type: "done", resultJson: JSON.stringify(result), dates });
};
