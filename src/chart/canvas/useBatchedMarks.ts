import { useEffect, useState } from "react";

export type BatchedMarksComponent = (typeof import("./BatchedMarks"))["BatchedMarks"];

let loaded: BatchedMarksComponent | undefined;
let loading: Promise<BatchedMarksComponent> | undefined;

/** Fetch the canvas layer for crowded views (its own chunk); once fetched, it is at hand at once. */
export function loadBatchedMarks(): Promise<BatchedMarksComponent> {
  loading ??= import("./BatchedMarks").then((m) => (loaded = m.BatchedMarks));
  return loading;
}

/** The canvas layer if it has arrived. */
export function loadedBatchedMarks(): BatchedMarksComponent | undefined {
  return loaded;
}

/**
 * Whether the canvas layer that paints a crowded view's marks is at hand, fetching it when the
 * timeline has enough events to ever crowd it (issue 8): small timelines and most embeds never load
 * its code. Until it has arrived every mark is an element: slower to zoom, but all there (nothing
 * pops in later).
 */
export function useBatchedMarks(wanted: boolean): boolean {
  const [ready, setReady] = useState(() => loaded !== undefined);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    // A chunk that fails to arrive leaves every mark an element: slower, never wrong.
    loadBatchedMarks().then(
      () => live && setReady(true),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return ready;
}
