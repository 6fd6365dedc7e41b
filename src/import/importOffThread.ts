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

/** Import a file's text or bytes, in a worker when it is large and the browser has workers. Rejects only when cancelled. */
export function importOffThread(input: { text: string } | { bytes: Uint8Array }, options: Omit<ImportOptions, "onProgress"> = {}, how: OffThreadOptions = {}): Promise<ImportResult> {
  const size = "text" in input ? input.text.length : input.bytes.length;
  const here = () => ("text" in input ? importAny(input.text, options) : importBytes(input.bytes, options));
  if (how.signal?.aborted) return Promise.reject(abortError());
  if (size < OFF_THREAD_MIN_BYTES || typeof Worker === "undefined") return Promise.resolve(here());
  return new Promise<ImportResult>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./importWorker.ts", import.meta.url), { type: "module" });
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
