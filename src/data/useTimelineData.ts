import { useCallback, useEffect, useRef, useState } from "react";
import { toTimeline } from "../domain/toTimeline";
import type { Dataset, Issue, Timeline } from "../domain/types";
// Validated and its dates parsed at build time (scripts/embedBuild.ts): pages with the bundled data
// load neither the validator nor the EDTF parser.
import { bundledNow, loadBundled, type BundledDataset } from "./bundledTimeline";
import { clearStoredDataset, loadStoredDataset, storeDataset } from "./datasetStore";
import { takeDatasetLoad } from "./prefetchDataset";
import { batchedMarksModule } from "../chart/canvas/batchedMarksModule";
import { useLatest } from "../hooks/useLatest";

/** Where the timeline on screen came from. */
export type DataOrigin = "bundled" | "url" | "opened";

export type DataState =
  | {
      state: "loading";
      /** Stops a `?data=` download, or its import: it then ends as an error that says so. */
      cancel?: () => void;
      /** How many of the file's events have been checked, while a large file is imported. */
      progress?: { checked: number; total: number };
    }
  | { state: "ready"; timeline: Timeline; dataset: Dataset; issues: Issue[]; eventCount: number; name: string; origin: DataOrigin; notice?: string; loadId: number }
  | { state: "error"; message: string; issues: Issue[]; name: string };

/** What the reader can do with the data: open another dataset, or go back to the bundled one. */
export interface DataControls {
  /** Show a dataset the reader opened (file, drop, paste, article) and keep it across reloads. */
  open(dataset: Dataset, issues: Issue[], eventCount: number, name: string): void;
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
  const [stored] = useState(() => (dataUrl || new URLSearchParams(window.location.search).get("mode") === "embed" ? undefined : loadStoredDataset()));
  // The `?data=` download under way, for the loading page's Cancel.
  const download = useRef<{ cancel(): void } | undefined>(undefined);
  const [data, setData] = useState<DataState>(() => {
    if (dataUrl) return { state: "loading", cancel: () => download.current?.cancel() };
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
    let cancelled = false;
    // The importers and the validator (zod) come on demand: only pages with other data need them.
    // The file downloads while they load, not after (main.tsx starts both before the first render).
    const load = takeDatasetLoad(dataUrl);
    download.current = load;
    const onProgress = (checked: number, total: number) => {
      if (!cancelled) setData((d) => (d.state === "loading" ? { ...d, progress: { checked, total } } : d));
    };
    load.then(async ([fetched, { importFetched, fuzzyDate }]) => {
      if (cancelled) return;
      const loaded = await importFetched(fetched, dataUrl, format ?? undefined, { signal: load.signal, onProgress });
      if (cancelled) return;
      if (loaded.ok && loaded.result.dataset) {
        const { dataset, issues, eventCount } = loaded.result;
        setData({ state: "ready", timeline: toTimeline(dataset, fuzzyDate), dataset, issues, eventCount, name: loaded.name, origin: "url", loadId: ++loads });
      } else if (!loaded.ok) {
        setData({ state: "error", message: loaded.message, issues: loaded.result?.issues ?? [], name: loaded.name });
      }
    }, (error: unknown) => {
      // The import code itself failed to arrive (a dropped connection, a deploy mid-visit).
      if (!cancelled) setData({ state: "error", message: `The timeline could not be opened: ${(error as Error).message || "part of the app failed to load"}. Reload the page to try again.`, issues: [], name: dataUrl });
    });
    return () => {
      cancelled = true;
      load.cancel();
      if (download.current === load) download.current = undefined;
    };
  }, [dataUrl, format]);

  useEffect(() => {
    if (!stored) return;
    let cancelled = false;
    Promise.all([import("./loadDataset"), batchedMarksModule.load().catch(() => undefined)]).then(([{ importAny, fuzzyDate }]) => {
      if (cancelled) return;
      const result = importAny(stored.text, { format: "dataset", fileName: stored.name });
      if (result.dataset) {
        setData({ state: "ready", timeline: toTimeline(result.dataset, fuzzyDate), dataset: result.dataset, issues: result.issues, eventCount: result.eventCount, name: stored.name, origin: "opened", loadId: ++loads });
      } else {
        // A stored copy that no longer reads (an old or damaged entry): say so, show the bundled one.
        clearStoredDataset();
        showBundled(`The timeline you opened before (${stored.name}) could not be read again, so the bundled one is shown.`);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [stored, showBundled]);

  const open = useCallback<DataControls["open"]>((dataset, issues, eventCount, name) => {
    // The parser comes with the importers, already loaded by whatever produced this dataset; the
    // exporter writes the copy kept for a reload.
    Promise.all([import("./loadDataset"), batchedMarksModule.load().catch(() => undefined), import("../export").catch(() => undefined)]).then(
      ([{ fuzzyDate }, , exporters]) => {
        // Kept before it is shown: a reload right after opening must find it.
        const saved = exporters ? storeDataset(name, exporters.toOurJson(dataset)) : { ok: false as const, reason: "part of the app failed to load" };
        const notice = saved.ok ? undefined : `This timeline will not survive a reload: ${saved.reason}. Download it to keep it.`;
        setData({ state: "ready", timeline: toTimeline(dataset, fuzzyDate), dataset, issues, eventCount, name, origin: "opened", loadId: ++loads, notice });
      },
      // Part of the app failed to arrive (a dropped connection): the timeline on screen stays.
      () => setData((d) => (d.state === "ready" ? { ...d, notice: `“${name}” could not be opened: part of the app failed to load. Check the connection and try again.` } : d)),
    );
  }, []);
  const backToBundled = useCallback(() => {
    clearStoredDataset();
    showBundled();
  }, [showBundled]);
  const latest = useLatest(data);
  const edit = useCallback<DataControls["edit"]>(
    (next) => {
      import("./editedData").then(
        ({ editedData }) => {
          const shown = latest.current;
          if (shown.state === "ready") setData({ ...shown, ...editedData(shown.name, next) });
        },
        () => setData((d) => (d.state === "ready" ? { ...d, notice: "The change could not be shown: part of the app failed to load. Check the connection and try again." } : d)),
      );
    },
    [latest],
  );
  return [data, { open, backToBundled, edit }];
}
