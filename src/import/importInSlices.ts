/**
 * Importing in slices of a few tens of milliseconds, with the page answering input in between and
 * told how far the check has got: 20 MB of events, or three million problems to count, no longer
 * hold the page for seconds. The work is importAny's, run in steps (importAnySteps); parsing the
 * JSON and decoding the bytes are single steps (a few hundred milliseconds at 20 MB).
 *
 * A worker was tried first: copying 100,000 events back to the page, as a structured clone or as
 * JSON, made a 100,000-event file 1 to 2 seconds slower to open; slices cost next to nothing.
 */
import { createReadLimit, withReadLimit } from "../domain/parseFuzzyDate";
import { decodeText } from "./decodeText";
import { measureNestedStep } from "../domain/measureSteps";
import { endImport, importAnySteps, refuseBytes } from "./importAny";
import { MAX_FULL_PARSER_DATES, MAX_IMPORT_BYTES } from "./limits";
import type { ImportOptions, ImportResult } from "./types";

/** How long a slice runs before the page gets its turn: under the 50 ms that makes a long task. */
export const SLICE_MS = 40;

export interface SliceOptions {
  /** How many events have been checked, once a slice (for the loading message). */
  onProgress?: (checked: number, total: number) => void;
  /** Stops the import: the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** How long a slice runs (tests give 0: every step is a slice). */
  sliceMs?: number;
}

/** Import a file's text or bytes as importAny or importBytes would, a slice at a time. Rejects only when cancelled. */
export async function importInSlices(input: { text: string } | { bytes: Uint8Array }, options: ImportOptions = {}, how: SliceOptions = {}): Promise<ImportResult> {
  let text: string;
  let withDecoding = options;
  if ("bytes" in input) {
    if (input.bytes.length > MAX_IMPORT_BYTES) return refuseBytes(input.bytes, options);
    const { text: decoded, ...decoding } = measureNestedStep("decode", () => decodeText(input.bytes));
    text = decoded;
    withDecoding = { ...options, decoded: decoding };
  } else {
    text = input.text;
  }
  const sliceMs = how.sliceMs ?? SLICE_MS;
  const cap = createReadLimit(MAX_FULL_PARSER_DATES);
  const steps = importAnySteps(text, withDecoding);
  let sliceStart = performance.now();
  for (;;) {
    if (how.signal?.aborted) throw new DOMException("The import was cancelled.", "AbortError");
    // The read limit holds for this import's slices only, not for the page's work in between.
    const step = withReadLimit(cap, () => steps.next());
    if (step.done) return endImport(step.value, cap, withDecoding);
    if (performance.now() - sliceStart >= sliceMs) {
      if (step.value) how.onProgress?.(step.value.checked, step.value.total);
      await pageTurn();
      sliceStart = performance.now();
    }
  }
}

/** Let the page run: its input, its rendering, its timers. */
function pageTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
