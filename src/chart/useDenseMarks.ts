import { useEffect, useState } from "react";

export type DenseMarksComponent = (typeof import("./DenseMarks"))["DenseMarks"];

let loaded: DenseMarksComponent | undefined;
let loading: Promise<DenseMarksComponent> | undefined;

/** Fetch the canvas layer for crowded views (its own chunk); once fetched, it is at hand at once. */
export function loadDenseMarks(): Promise<DenseMarksComponent> {
  loading ??= import("./DenseMarks").then((m) => (loaded = m.DenseMarks));
  return loading;
}

/** The canvas layer if it has arrived. */
export function loadedDenseMarks(): DenseMarksComponent | undefined {
  return loaded;
}

/**
 * Whether the canvas layer that paints a crowded view's marks is at hand, fetching it when the
 * timeline has enough events to ever crowd it (issue 8): small timelines and most embeds never load
 * its code. Until it has arrived every mark is an element: slower to zoom, but all there (nothing
 * pops in later).
 */
export function useDenseMarks(wanted: boolean): boolean {
  const [ready, setReady] = useState(() => loaded !== undefined);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    // A chunk that fails to arrive leaves every mark an element: slower, never wrong.
    loadDenseMarks().then(
      () => live && setReady(true),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return ready;
}
