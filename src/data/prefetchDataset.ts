import type { FuzzyDate } from "../domain/fuzzyDate";
import type { LoadedDataset } from "./loadDataset";
import { batchedMarksModule } from "../chart/canvas/batchedMarksModule";
import { recordStep } from "../domain/loadTiming";
import { CROWDED_FILE_BYTES, fetchWithEarlyResponse, takeEarlyDataFetch } from "./earlyDataFetch";

/** The file, imported (or why not), with the reading of its dates. */
export interface OpenedData {
  loaded: LoadedDataset;
  fuzzyDate: (edtf: string) => FuzzyDate;
}

/**
 * The file downloading and then importing, from as soon as the page starts; `cancel` stops the
 * download and the import after it (the reader's Cancel), `signal` says it was cancelled, and
 * `progress`, once set, hears how far the import has got.
 */
type DatasetLoad = Promise<OpenedData> & { cancel(): void; signal: AbortSignal; progress?: (checked: number, total: number) => void; settled?: OpenedData };

const started = new Map<string, DatasetLoad>();


function load(dataUrl: string, format: string | undefined): DatasetLoad {
  const controller = new AbortController();
  // The page's head may have started the download already: then it is taken over, not started again.
  // The download code is a chunk of its own, preloaded by the head for pages opened with ?data=.
  const early = takeEarlyDataFetch();
  const startedMs = early?.startedMs ?? performance.now();
  const fetchImpl = early ? fetchWithEarlyResponse(early) : fetch;
  const fetched = import("./fetchDatasetText")
    .then(({ fetchDatasetText }) => fetchDatasetText(dataUrl, window.location.href, fetchImpl, { signal: controller.signal }))
    .then((f) => (recordStep("fetch", startedMs), f));
  // The canvas layer for crowded views comes along with a large file, while the import code loads: a
  // first render without it would make every mark of a large dataset an element. Its failure only
  // leaves the marks as elements. A small file never needs it.
  const batchedMarks = fetched.then((f) => (f.ok && f.bytes.length > CROWDED_FILE_BYTES ? batchedMarksModule.load().catch(() => undefined) : undefined));
  const askedMs = performance.now();
  const loader = import("./loadDataset").then((m) => (recordStep("code", askedMs), m));
  // The import starts as soon as the file and its code are in, not once the app has rendered and
  // asks for it: it runs while the page waits for the rest of its code.
  const opened = Promise.all([fetched, loader]).then(([file, code]) =>
    code.importFetched(file, dataUrl, format, { signal: controller.signal, onProgress: (checked, total) => load.progress?.(checked, total) }).then((loaded) => ({ loaded, fuzzyDate: code.fuzzyDate })),
  );
  const load: DatasetLoad = Object.assign(
    Promise.all([opened, batchedMarks]).then(([data]) => data),
    { cancel: () => controller.abort(), signal: controller.signal },
  );
  // What it came to, for a first render that can show the timeline at once (settledDataset).
  load.then((data) => (load.settled = data)).catch(() => {});
  return load;
}

/**
 * Start downloading `?data=` and the import code, and then importing the file: from the page's
 * head (dataPageStart.ts) while the app's script still loads, or else as soon as that script runs,
 * before React's first render and effects. A second call for the same file does nothing.
 */
export function prefetchDataset(search: string) {
  const params = new URLSearchParams(search);
  const dataUrl = params.get("data");
  if (!dataUrl || started.has(dataUrl)) return;
  const early = load(dataUrl, params.get("format") ?? undefined);
  // The app takes this load in an effect, after its first render; a failure before then (the import
  // code preloaded from the page's head and already refused) must wait for it, not surface as an
  // unhandled rejection. The app still receives the rejection from takeDatasetLoad.
  early.catch(() => {});
  started.set(dataUrl, early);
}

/** The file, imported: the load prefetchDataset started, else a new one. */
export function takeDatasetLoad(dataUrl: string, format?: string): DatasetLoad {
  const early = started.get(dataUrl);
  started.delete(dataUrl);
  return early ?? load(dataUrl, format);
}

/**
 * Resolves once the `?data=` file started by prefetchDataset is imported (or has failed), or after
 * `capMs`, whichever comes first: the first render then shows the timeline itself rather than a
 * loading page that is replaced a moment later, and a large file still gets its loading page (with
 * the import's progress) soon.
 */
export function datasetSettledOrAfter(search: string, capMs: number): Promise<void> {
  const load = started.get(new URLSearchParams(search).get("data") ?? "");
  if (!load) return Promise.resolve();
  return Promise.race([load.then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, capMs))]);
}

/** The `?data=` file, if prefetchDataset's import of it has already succeeded (for the first render). */
export function settledDataset(dataUrl: string): OpenedData | undefined {
  return started.get(dataUrl)?.settled;
}

/** The app has the file prefetchDataset opened: nothing more to take. */
export function forgetDatasetLoad(dataUrl: string) {
  started.delete(dataUrl);
}
