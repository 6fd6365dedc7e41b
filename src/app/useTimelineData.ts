import { useEffect, useState } from "react";
// Validated at build time (scripts/embedBuild.ts): pages with the bundled data load no validator.
import bundled from "virtual:bundled-dataset";
import { toTimeline } from "../domain/toTimeline";
import type { Issue, Timeline } from "../domain/types";

export type DataState =
  | { state: "loading" }
  | { state: "ready"; timeline: Timeline; issues: Issue[]; eventCount: number; name: string }
  | { state: "error"; message: string; issues: Issue[]; name: string };

/** The bundled dataset, validated like any other: a mistake in it is reported, never hidden. */
export function bundledData(): DataState {
  const result = bundled;
  if (!result.dataset) return { state: "error", message: "The bundled dataset is invalid.", issues: result.issues, name: "data/events.json" };
  return { state: "ready", timeline: toTimeline(result.dataset), issues: result.issues, eventCount: result.eventCount, name: "data/events.json" };
}

/** Loads `?data=URL` when given, else the bundled dataset. */
export function useTimelineData(dataUrl: string | null): DataState {
  const [data, setData] = useState<DataState>(() => (dataUrl ? { state: "loading" } : bundledData()));
  useEffect(() => {
    if (!dataUrl) return;
    let cancelled = false;
    // The validator (zod) comes with the loader, on demand: only `?data=` files need it at run time.
    import("./loadDataset").then(({ loadDatasetFromUrl }) => loadDatasetFromUrl(dataUrl, window.location.href)).then((loaded) => {
      if (cancelled) return;
      if (loaded.ok && loaded.result.dataset) {
        setData({ state: "ready", timeline: toTimeline(loaded.result.dataset), issues: loaded.result.issues, eventCount: loaded.result.eventCount, name: loaded.name });
      } else if (!loaded.ok) {
        setData({ state: "error", message: loaded.message, issues: loaded.result?.issues ?? [], name: loaded.name });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [dataUrl]);
  return data;
}
