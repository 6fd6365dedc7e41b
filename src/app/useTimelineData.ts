import { useCallback, useEffect, useRef, useState } from "react";
// Validated and its dates parsed at build time (scripts/embedBuild.ts): pages with the bundled data
// load neither the validator nor the EDTF parser.
import bundledModule from "virtual:bundled-dataset";
import { toTimeline } from "../domain/toTimeline";
import type { Dataset, Issue, Timeline } from "../domain/types";
import type { FuzzyDate } from "../domain/fuzzyDate";
import type { ValidationResult } from "../domain/validateDataset";
import { clearStoredDataset, loadStoredDataset, storeDataset } from "./datasetStore";
import { takeDatasetLoad } from "./prefetchDataset";
import { loadDenseMarks } from "../chart/useDenseMarks";

/** What the build plugin (scripts/embedBuild.ts) makes of data/events.json. */
export type BundledDataset = ValidationResult & { dates: Record<string, FuzzyDate> };
const bundled = bundledModule as BundledDataset;

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
}

/** Each dataset put on screen gets a new number, so views start afresh for it (React key). */
let loads = 0;

/** The bundled dataset, validated like any other: a mistake in it is reported, never hidden. */
export function bundledData(): DataState {
  const result = bundled;
  if (!result.dataset) return { state: "error", message: "The bundled dataset is invalid.", issues: result.issues, name: "data/events.json" };
  return { state: "ready", timeline: toTimeline(result.dataset, (edtf) => result.dates[edtf]), dataset: result.dataset, issues: result.issues, eventCount: result.eventCount, name: "data/events.json", origin: "bundled", loadId: ++loads };
}

/**
 * Loads `?data=URL` (in any format, `format=` to force one) when given; else the dataset the reader
 * opened last time, if any; else the bundled one.
 */
export function useTimelineData(dataUrl: string | null, format?: string | null): [DataState, DataControls] {
  // An embed shows what its address says, never what this reader opened here before (issue 4): the
  // Embed dialog's preview would otherwise differ from the snippet it gives.
  const [stored] = useState(() => (dataUrl || new URLSearchParams(window.location.search).get("mode") === "embed" ? undefined : loadStoredDataset()));
  // The `?data=` download under way, for the loading page's Cancel.
  const download = useRef<{ cancel(): void } | undefined>(undefined);
  const [data, setData] = useState<DataState>(() => (dataUrl ? { state: "loading", cancel: () => download.current?.cancel() } : stored ? { state: "loading" } : bundledData()));

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
    Promise.all([import("./loadDataset"), loadDenseMarks().catch(() => undefined)]).then(([{ importAny, fuzzyDate }]) => {
      if (cancelled) return;
      const result = importAny(stored.text, { format: "dataset", fileName: stored.name });
      if (result.dataset) {
        setData({ state: "ready", timeline: toTimeline(result.dataset, fuzzyDate), dataset: result.dataset, issues: result.issues, eventCount: result.eventCount, name: stored.name, origin: "opened", loadId: ++loads });
      } else {
        // A stored copy that no longer reads (an old or damaged entry): say so, show the bundled one.
        clearStoredDataset();
        const fallback = bundledData();
        setData(fallback.state === "ready" ? { ...fallback, notice: `The timeline you opened before (${stored.name}) could not be read again, so the bundled one is shown.` } : fallback);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [stored]);

  const open = useCallback<DataControls["open"]>((dataset, issues, eventCount, name) => {
    // The parser comes with the importers, already loaded by whatever produced this dataset.
    Promise.all([import("./loadDataset"), loadDenseMarks().catch(() => undefined)])
      .then(([{ fuzzyDate }]) => {
        setData({ state: "ready", timeline: toTimeline(dataset, fuzzyDate), dataset, issues, eventCount, name, origin: "opened", loadId: ++loads });
        return import("../export");
      })
      .then(
        ({ toOurJson }) => {
          const saved = storeDataset(name, toOurJson(dataset));
          if (!saved.ok) setData((d) => (d.state === "ready" && d.dataset === dataset ? { ...d, notice: `This timeline will not survive a reload: ${saved.reason}. Download it to keep it.` } : d));
        },
        // Part of the app failed to arrive (a dropped connection): the timeline on screen stays, or
        // the opened one is shown but not kept.
        () =>
          setData((d) => {
            if (d.state !== "ready") return d;
            if (d.dataset === dataset) return { ...d, notice: "This timeline will not survive a reload: part of the app failed to load. Download it to keep it." };
            return { ...d, notice: `“${name}” could not be opened: part of the app failed to load. Check the connection and try again.` };
          }),
      );
  }, []);
  const backToBundled = useCallback(() => {
    clearStoredDataset();
    setData(bundledData());
  }, []);
  return [data, { open, backToBundled }];
}
