/**
 * Importing a large file in a worker (importWorker.ts), so that the page answers input while 20 MB
 * are read and checked, and can say how far the check has got. Small files, nearly all, are
 * imported here at once: starting a worker and loading its code costs more than it saves on them.
 */
import { rememberFuzzyDates } from "../domain/parseFuzzyDate";
import { importAny, importBytes } from "./importAny";
import type { ImportJob, ImportMessage } from "./importWorker";
import type { ImportOptions, ImportResult } from "./types";

/**
 * From this size a file is imported in a worker. Below it an import takes at most a few hundred
 * milliseconds (10,000 ordinary events are 1.9 MB).
 */
export const OFF_THREAD_MIN_BYTES = 2 * 1024 * 1024;

export interface OffThreadOptions {
  /** How many events have been checked, every few thousand. */
  onProgress?: (checked: number, total: number) => void;
  /** Stops the import: the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

/** A worker started ahead of its file (prepareImportWorker), taken by the next large import. */
let warm: Worker | undefined;

const startWorker = () => new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });

/**
 * Start the worker for a file of `bytes` while it downloads, when it will need one: its code then
 * loads and compiles meanwhile (a quarter of a second) rather than after. Called again with no
 * size, it lets go of a worker no import took (the download failed).
 */
export function prepareImportWorker(bytes?: number): void {
  if (bytes === undefined) {
    warm?.terminate();
    warm = undefined;
    return;
  }
  if (warm || bytes < OFF_THREAD_MIN_BYTES || typeof Worker === "undefined") return;
  try {
    warm = startWorker();
  } catch {
    // No worker here: the import will run in place.
  }
}

/** Import a file's text or bytes, in a worker when it is large and the browser has workers. Rejects only when cancelled. */
export function importOffThread(input: { text: string } | { bytes: Uint8Array }, options: Omit<ImportOptions, "onProgress"> = {}, how: OffThreadOptions = {}): Promise<ImportResult> {
  const size = "text" in input ? input.text.length : input.bytes.length;
  const here = () => ("text" in input ? importAny(input.text, options) : importBytes(input.bytes, options));
  if (how.signal?.aborted) return Promise.reject(abortError());
  // A worker started for this file's download is used even if its text is shorter than its bytes.
  if ((size < OFF_THREAD_MIN_BYTES && !warm) || typeof Worker === "undefined") return Promise.resolve(here());
  return new Promise<ImportResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = warm ?? startWorker();
      warm = undefined;
    } catch {
      return resolve(here());
    }
    const finish = () => {
      worker.terminate();
      how.signal?.removeEventListener("abort", cancel);
    };
    const cancel = () => {
      finish();
      reject(abortError());
    };
    how.signal?.addEventListener("abort", cancel);
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.type === "progress") return how.onProgress?.(message.checked, message.total);
      finish();
      // The page parses these dates again to draw them: the worker's answers save it the work.
      rememberFuzzyDates(message.dates);
      resolve(JSON.parse(message.resultJson) as ImportResult);
    };
    // The worker's code failed to arrive or to start (a dropped connection, a strict policy): import here.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(here());
    };
    const job: ImportJob = "text" in input ? { text: input.text, options } : { bytes: input.bytes, options };
    worker.postMessage(job);
  });
}

const abortError = () => new DOMException("The import was cancelled.", "AbortError");
