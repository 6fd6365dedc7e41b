import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { toTimeline } from "../domain/toTimeline";
import { measureStep, renderStarts } from "../domain/loadTiming";
import type { Dataset, Issue, Timeline } from "../domain/types";
// Validated and its dates parsed at build time (scripts/embedBuild.ts): pages with the bundled data
// load neither the validator nor the EDTF parser.
import { bundledNow, loadBundled, type BundledDataset } from "./bundledTimeline";
import { forgetCurrentEntry, startingTimeline } from "../library/startingTimeline";
import { forgetDatasetLoad, settledDataset, takeDatasetLoad, type OpenedData } from "./prefetchDataset";
import { batchedMarksModule } from "../chart/canvas/batchedMarksModule";
import { BATCHED_MARK_THRESHOLD } from "../chart/canvas/splitBatchedMarks";
import { useLatest } from "../hooks/useLatest";

/** Where the timeline on screen came from. */
export type DataOrigin = "bundled" | "url" | "opened" | "shared";

export type DataState =
  | {
      state: "loading";
      /** Stops a `?data=` download, or its import: it then ends as an error that says so. */
      cancel?: () => void;
      /** How many of the file's events have been checked, while a large file is imported. */
      progress?: { checked: number; total: number };
    }
  | { state: "ready"; timeline: Timeline; dataset: Dataset; issues: Issue[]; eventCount: number; name: string; origin: DataOrigin; notice?: string; loadId: number; library?: LibraryRef }
  | { state: "error"; message: string; issues: Issue[]; name: string };

/** The library entry (and the revision of it) a timeline on screen was opened from. */
export interface LibraryRef {
  id: string;
  revision: number;
}

/** What the reader can do with the data: open another dataset, or go back to the bundled one. */
export interface DataControls {
  /**
   * Show a dataset the reader opened (file, drop, paste, article, or `library`, an entry of the
   * library); the library autosaves it (see useLibraryAutosave).
   */
  open(dataset: Dataset, issues: Issue[], eventCount: number, name: string, library?: LibraryRef): void;
  backToBundled(): void;
  /**
   * Show an edited version of the dataset on screen: same name, same view (the selection stays
   * where its event still exists). From then on it is the reader's own copy ("opened"), kept
   * across reloads like an opened file.
   */
  edit(next: Dataset): void;
}

/** Each dataset put on screen gets a new number, so views start afresh for it (React key). */
let loads = 0;

/** The bundled dataset, validated like any other: a mistake in it is reported, never hidden. */
export function bundledData(result: BundledDataset): DataState {
  if (!result.dataset) return { state: "error", message: "The bundled dataset is invalid.", issues: result.issues, name: "data/events.json" };
  return { state: "ready", timeline: toTimeline(result.dataset, (edtf) => result.dates[edtf]), dataset: result.dataset, issues: result.issues, eventCount: result.eventCount, name: "data/events.json", origin: "bundled", loadId: ++loads };
}

/**
 * From this many events, a file's first render (half a second at 100,000 here) is a transition,
 * which React renders in slices: the loading page keeps answering (its Cancel, scrolling) until the
 * timeline replaces it. A smaller file renders in one go, which shows it sooner.
 */
const SLICED_RENDER_EVENTS = 50_000;

/** A crowded timeline in a small file: the canvas layer must come first (see prefetchDataset.ts). */
const needsCanvasFirst = ({ loaded }: OpenedData) => loaded.ok && loaded.result.dataset !== undefined && loaded.result.dataset.events.length > BATCHED_MARK_THRESHOLD && !batchedMarksModule.loaded();

/** A `?data=` file imported, on screen; undefined when it gave no dataset. */
function fileShown({ loaded, fuzzyDate }: OpenedData): DataState | undefined {
  if (!loaded.ok) return { state: "error", message: loaded.message, issues: loaded.result?.issues ?? [], name: loaded.name };
  if (!loaded.result.dataset) return undefined;
  const { dataset, issues, eventCount } = loaded.result;
  const timeline = measureStep("dates", () => toTimeline(dataset, fuzzyDate));
  renderStarts();
  return { state: "ready", timeline, dataset, issues, eventCount, name: loaded.name, origin: "url", loadId: ++loads };
}

function bundledFailed(error: unknown): DataState {
  return { state: "error", message: `The bundled timeline could not be loaded (${(error as Error).message || "the connection failed"}). Reload the page to try again.`, issues: [], name: "data/events.json" };
}

/**
 * Loads `?data=URL` (in any format, `format=` to force one) when given; else the dataset the reader
 * opened last time, if any; else the bundled one.
 */
export function useTimelineData(dataUrl: string | null, format?: string | null): [DataState, DataControls] {
  // An embed shows what its address says, never what this reader opened here before: the
  // Embed dialog's preview would otherwise differ from the snippet it gives.
  const [stored] = useState(() => (dataUrl ? undefined : startingTimeline({ embed: new URLSearchParams(window.location.search).get("mode") === "embed" })));
  // The `?data=` download under way, for the loading page's Cancel.
  const download = useRef<{ cancel(): void } | undefined>(undefined);
  // The `?data=` file that was imported before the first render (main.tsx waits a moment for it),
  // and so is on screen from the start, with no loading page before it.
  const [shownAtStart] = useState(() => {
    const settled = dataUrl ? settledDataset(dataUrl) : undefined;
    const shown = settled && !needsCanvasFirst(settled) ? fileShown(settled) : undefined;
    return dataUrl && shown?.state === "ready" ? { dataUrl, shown } : undefined;
  });
  const shownAtStartUrl = shownAtStart?.dataUrl;
  const [data, setData] = useState<DataState>(() => {
    if (dataUrl) return shownAtStart?.shown ?? { state: "loading", cancel: () => download.current?.cancel() };
    const bundled = bundledNow();
    return stored || !bundled ? { state: "loading" } : bundledData(bundled);
  });
  // The bundled timeline, from the file the page's head asked for (the app usually starts with it
  // there already); `notice` says why it is shown instead of something else.
  const showBundled = useCallback((notice?: string) => {
    const show = (bundled: BundledDataset) => {
      const shown = bundledData(bundled);
      setData(shown.state === "ready" && notice ? { ...shown, notice } : shown);
    };
    const bundled = bundledNow();
    if (bundled) return show(bundled);
    setData({ state: "loading" });
    loadBundled().then(show, (error: unknown) => setData(bundledFailed(error)));
  }, []);

  // A start without the bundled timeline at hand (its file failed to arrive before the first render).
  useEffect(() => {
    if (dataUrl || stored || bundledNow()) return;
    let live = true;
    loadBundled().then(
      (bundled) => live && setData(bundledData(bundled)),
      (error: unknown) => live && setData(bundledFailed(error)),
    );
    return () => {
      live = false;
    };
  }, [dataUrl, stored]);

  useEffect(() => {
    if (!dataUrl) return;
    if (shownAtStartUrl === dataUrl) return forgetDatasetLoad(dataUrl);
    let cancelled = false;
    // The file, its download and import started as the page started (prefetchDataset.ts): the
    // import code comes on demand, and only what the file needs (import/importInSlices.ts).
    const load = takeDatasetLoad(dataUrl, format ?? undefined);
    download.current = load;
    load.progress = (checked, total) => {
      if (!cancelled) setData((d) => (d.state === "loading" ? { ...d, progress: { checked, total } } : d));
    };
    load.then(async (opened) => {
      if (cancelled) return;
      if (needsCanvasFirst(opened)) await batchedMarksModule.load().catch(() => undefined);
      if (cancelled) return;
      const shown = fileShown(opened);
      if (shown?.state === "ready" && shown.timeline.events.length >= SLICED_RENDER_EVENTS) startTransition(() => setData(shown));
      else if (shown) setData(shown);
    }, (error: unknown) => {
      // The import code itself failed to arrive (a dropped connection, a deploy mid-visit).
      if (!cancelled) setData({ state: "error", message: `The timeline could not be opened: ${(error as Error).message || "part of the app failed to load"}. Reload the page to try again.`, issues: [], name: dataUrl });
    });
    return () => {
      cancelled = true;
      load.cancel();
      if (download.current === load) download.current = undefined;
    };
  }, [dataUrl, format, shownAtStartUrl]);

  // A share link's timeline, or the library's (see startingData.ts, which loads only for them).
  useEffect(() => {
    if (!stored) return;
    let cancelled = false;
    Promise.all([import("./startingData"), batchedMarksModule.load().catch(() => undefined)])
      .then(([{ startingData }]) => startingData(stored))
      .then(
        (started) => {
          if (cancelled) return;
          if (started.state === "bundled") showBundled(started.notice);
          else setData(started.state === "ready" ? { ...started, loadId: ++loads } : started);
        },
        // Part of the app failed to arrive: the bundled timeline meanwhile; nothing was deleted.
        () => !cancelled && showBundled(`Your timeline could not be opened: part of the app failed to load. Check the connection and try again.`),
      );
    return () => {
      cancelled = true;
    };
  }, [stored, showBundled]);

  const open = useCallback<DataControls["open"]>((dataset, issues, eventCount, name, library) => {
    // The parser comes with the importers, already loaded by whatever produced this dataset.
    Promise.all([import("./openedTimeline"), batchedMarksModule.load().catch(() => undefined)]).then(
      ([{ openedTimeline }]) => setData({ state: "ready", timeline: openedTimeline(dataset), dataset, issues, eventCount, name, origin: "opened", loadId: ++loads, library }),
      // Part of the app failed to arrive (a dropped connection): the timeline on screen stays.
      () => setData((d) => (d.state === "ready" ? { ...d, notice: `“${name}” could not be opened: part of the app failed to load. Check the connection and try again.` } : d)),
    );
  }, []);
  // The library keeps every timeline; only the pointer to the one on screen is forgotten.
  const backToBundled = useCallback(() => {
    forgetCurrentEntry();
    showBundled();
  }, [showBundled]);
  const latest = useLatest(data);
  const edit = useCallback<DataControls["edit"]>(
    (next) => {
      import("./editedData").then(
        ({ editedData }) => {
          const shown = latest.current;
          if (shown.state === "ready") setData({ ...shown, ...editedData(next) });
        },
        () => setData((d) => (d.state === "ready" ? { ...d, notice: "The change could not be shown: part of the app failed to load. Check the connection and try again." } : d)),
      );
    },
    [latest],
  );
  return [data, { open, backToBundled, edit }];
}
