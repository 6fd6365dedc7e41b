/**
 * Importing in slices of a few tens of milliseconds, with the page answering input in between and
 * told how far the check has got: 20 MB of events, or three million problems to count, no longer
 * hold the page for seconds. Parsing the JSON and decoding the bytes are single steps (a few hundred
 * milliseconds at 20 MB), with the page's turn between them.
 *
 * A worker was tried first: copying 100,000 events back to the page, as a structured clone or as
 * JSON, made a 100,000-event file 1 to 2 seconds slower to open; slices cost next to nothing.
 *
 * Only the code the file needs loads: its format's importer once the format is known (a JSON file
 * never loads the CSV reader), edtf.js once a date needs it, the validator's wording (zod) once
 * there is a problem to word. Both of those say so by throwing CodeNeeded: the import then loads
 * the module and starts again from the parsed text (which costs little: a file that needs them is
 * rare, and the checks before the first such date are quick).
 */
import { createReadLimit, withReadLimit, type ReadLimit } from "../domain/readFuzzyDate";
import { CodeNeeded } from "../domain/codeNeeded";
import type { Steps } from "../domain/steps";
import { decodeText } from "./decodeText";
import { guessJsonFormat } from "./detectJsonFormat";
import { measureNestedStep } from "../domain/measureSteps";
import { turnsEvery } from "./pageTurn";
import { endImport, refuseBytes } from "./endImport";
import { failedImport } from "./finishImport";
import { MAX_FULL_PARSER_DATES, MAX_IMPORT_BYTES } from "./limits";
import { faultResult, recogniseTable, recogniseText, runImporter, withoutFaults, type FormatSteps, type Recognised } from "./recogniseText";
import type { FormatId, ImportOptions, ImportResult } from "./types";

export { SLICE_MS } from "./pageTurn";

export interface SliceOptions {
  /** How many events have been checked, once a slice (for the loading message). */
  onProgress?: (checked: number, total: number) => void;
  /** Stops the import: the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** How long a slice runs (tests give 0: every step is a slice). */
  sliceMs?: number;
  /** Once the format is known, what its import needs first (loaded while its importer loads). */
  prepare?: (format: FormatId) => Promise<void>;
}

/** Each format's importer, loaded when a file of that format is opened. */
const IMPORTER_CODE: Readonly<Record<FormatId, () => Promise<FormatSteps>>> = {
  dataset: () => import("./importDatasetJson").then((m) => m.formatSteps),
  timelinejs: () => import("./timelineJs").then((m) => m.formatSteps),
  "vis-timeline": () => import("./visTimeline").then((m) => m.formatSteps),
  "timelinejs-csv": () => import("./timelineJsCsv").then((m) => m.formatSteps),
  csv: () => import("./importCsv").then((m) => m.formatSteps),
};

/** The modules CodeNeeded names. */
const NEEDED_CODE: Readonly<Record<CodeNeeded["module"], () => Promise<unknown>>> = {
  parseFuzzyDate: () => import("../domain/parseFuzzyDate"),
  validateDataset: () => import("../domain/validateDataset"),
  timelineJsDatesOf: () => import("./timelineJsDatesOf"),
};

/** Import a file's text or bytes as importAny or importBytes would, a slice at a time. Rejects only when cancelled. */
export async function importInSlices(input: { text: string } | { bytes: Uint8Array }, options: ImportOptions = {}, how: SliceOptions = {}): Promise<ImportResult> {
  let text: string;
  let withDecoding = options;
  // Decoding and parsing are a step each: the page gets its turn between them once they take a
  // while (20 MB: about 100 and 400 ms), so that a large file never holds it for both at once.
  const turn = turnsEvery(how.sliceMs);
  if ("bytes" in input) {
    if (input.bytes.length > MAX_IMPORT_BYTES) return refuseBytes(input.bytes, options);
    const { text: decoded, ...decoding } = measureNestedStep("decode", () => decodeText(input.bytes));
    text = decoded;
    withDecoding = { ...options, decoded: decoding };
    await turn();
  } else {
    text = input.text;
  }
  const format = options.format ?? "unknown";
  const cap = createReadLimit(MAX_FULL_PARSER_DATES);
  // The words for a file not read as plain UTF-8 (rare): loaded only for one.
  const decoded = withDecoding.decoded;
  const note =
    decoded && (decoded.encoding !== "utf-8" || decoded.replaced > 0)
      ? await import("./encodingIssue").then(
          (m) => m.encodingIssue(decoded),
          () => undefined,
        )
      : undefined;
  let recognised: Recognised | undefined;
  let importer: FormatSteps;
  // The importer's code starts downloading now, while the file is parsed; the format recognised
  // after parsing decides which importer runs (a module asked for twice downloads once).
  const likely = options.format ?? guessJsonFormat(text);
  if (likely) IMPORTER_CODE[likely]().catch(() => {});
  try {
    recognised = recogniseText(text, withDecoding);
    if ("table" in recognised) {
      const { detectCsvFormat, readCsvHeader } = await import("./csv");
      recognised = recogniseTable(recognised.table, detectCsvFormat(readCsvHeader(recognised.table)));
    }
    if ("result" in recognised) return endImport(recognised.result, cap, note);
    [importer] = await Promise.all([IMPORTER_CODE[recognised.format](), how.prepare?.(recognised.format)]);
  } catch (e) {
    // The report names the format when it was recognised (its importer is what failed to arrive).
    return endImport(codeFailed(recognised && "format" in recognised ? recognised.format : format, e), cap, note);
  }
  const run = recognised;
  const loaded = new Set<CodeNeeded["module"]>();
  for (;;) {
    // Each attempt under a cap of its own: one that stopped for code had read no date with edtf.js.
    const attemptCap = createReadLimit(MAX_FULL_PARSER_DATES);
    try {
      const result = await runInSlices(() => withoutFaults(run.format, () => runImporter(run, importer, withDecoding)), attemptCap, how);
      return endImport(result, attemptCap, note);
    } catch (e) {
      if (!(e instanceof CodeNeeded)) throw e;
      // Asked again once loaded: a fault, never a loop.
      if (loaded.has(e.module)) return endImport(faultResult(run.format, e), attemptCap, note);
      loaded.add(e.module);
      try {
        await NEEDED_CODE[e.module]();
      } catch (failed) {
        return endImport(codeFailed(run.format, failed), attemptCap, note);
      }
    }
  }
}

/** The report when part of the app failed to arrive (or, never expected, failed otherwise). */
function codeFailed(format: FormatId | "unknown", e: unknown): ImportResult {
  if (e instanceof TypeError && /import|fetch|module/i.test(e.message)) {
    return failedImport(format, [{ path: "(the file)", message: "could not be opened: part of this app failed to arrive (the connection may have dropped). Reload the page to try again.", severity: "error" }]);
  }
  return faultResult(format, e);
}

/** Run steps a slice at a time under `cap`; rejects with an AbortError when cancelled, and with CodeNeeded. */
async function runInSlices(start: () => Steps<ImportResult>, cap: ReadLimit, how: SliceOptions): Promise<ImportResult> {
  const steps = start();
  const turn = turnsEvery(how.sliceMs);
  for (;;) {
    if (how.signal?.aborted) throw new DOMException("The import was cancelled.", "AbortError");
    // The read limit holds for this import's slices only, not for the page's work in between.
    const step = withReadLimit(cap, () => steps.next());
    if (step.done) return step.value;
    const progress = step.value;
    await turn(progress && (() => how.onProgress?.(progress.checked, progress.total)));
  }
}
