import type { FetchedText } from "./fetchDatasetText";
import { batchedMarksModule } from "../chart/canvas/batchedMarksModule";
import { recordStep } from "../domain/loadTiming";
import { fetchWithEarlyResponse, takeEarlyDataFetch } from "./earlyDataFetch";

/**
 * The file's text and the import code, arriving; `cancel` stops the download and the import after
 * it (the reader's Cancel), and `signal` tells the import it was cancelled.
 */
type DatasetLoad = Promise<[FetchedText, typeof import("./loadDataset")]> & { cancel(): void; signal: AbortSignal };

const started = new Map<string, DatasetLoad>();

/**
 * A file this large may hold more events than are drawn as elements (BATCHED_MARK_THRESHOLD, 100):
 * few events take under 160 bytes each. A smaller file with more events gets the canvas layer once
 * imported (useTimelineData.ts).
 */
const CROWDED_FILE_BYTES = 16 * 1024;

function load(dataUrl: string): DatasetLoad {
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
  const both = Promise.all([fetched, loader, batchedMarks]).then(
    ([fetched, loader]): [FetchedText, typeof import("./loadDataset")] => [fetched, loader],
  );
  return Object.assign(both, { cancel: () => controller.abort(), signal: controller.signal });
}

/**
 * Start downloading `?data=` and the import code as soon as the page's script runs, before React's
 * first render and effects (about 70 ms earlier at 1,000 events).
 */
export function prefetchDataset(search: string) {
  const dataUrl = new URLSearchParams(search).get("data");
  if (!dataUrl || started.has(dataUrl)) return;
  const early = load(dataUrl);
  // The app takes this load in an effect, after its first render; a failure before then (the import
  // code preloaded from the page's head and already refused) must wait for it, not surface as an
  // unhandled rejection. The app still receives the rejection from takeDatasetLoad.
  early.catch(() => {});
  started.set(dataUrl, early);
}

/** The file's text and the import code: the download prefetchDataset started, else a new one. */
export function takeDatasetLoad(dataUrl: string): DatasetLoad {
  const early = started.get(dataUrl);
  started.delete(dataUrl);
  return early ?? load(dataUrl);
}
