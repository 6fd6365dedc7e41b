import type { FetchedText } from "./fetchDatasetText";
import { batchedMarksModule } from "../chart/canvas/batchedMarksModule";

/**
 * The file's text and the import code, arriving; `cancel` stops the download and the import after
 * it (the reader's Cancel), and `signal` tells the import it was cancelled.
 */
type DatasetLoad = Promise<[FetchedText, typeof import("./loadDataset")]> & { cancel(): void; signal: AbortSignal };

const started = new Map<string, DatasetLoad>();

function load(dataUrl: string): DatasetLoad {
  // The canvas layer for crowded views comes along: a first render without it would make every
  // mark of a large dataset an element. Its failure only leaves the marks as elements.
  const batchedMarks = batchedMarksModule.load().catch(() => undefined);
  const controller = new AbortController();
  // Only pages opened with ?data= need the download code: the page's head preloads it for them
  // (scripts/preloadForPage.ts), so it is at hand when this runs and the download starts as before.
  const fetched = import("./fetchDatasetText").then(({ fetchDatasetText }) => fetchDatasetText(dataUrl, window.location.href, fetch, { signal: controller.signal }));
  const both = Promise.all([fetched, import("./loadDataset"), batchedMarks]).then(
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
