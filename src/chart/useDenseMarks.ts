import { useEffect, useState } from "react";

type DenseMarksComponent = (typeof import("./DenseMarks"))["DenseMarks"];

let loaded: DenseMarksComponent | undefined;
let loading: Promise<DenseMarksComponent> | undefined;

/** Fetch the canvas layer for crowded views (its own chunk); once fetched, it is at hand at once. */
export function loadDenseMarks(): Promise<DenseMarksComponent> {
  loading ??= import("./DenseMarks").then((m) => (loaded = m.DenseMarks));
  return loading;
}

/**
 * The canvas layer that paints a crowded view's marks, when the timeline has enough events to ever
 * crowd it (issue 8): small timelines and most embeds never load its code. Until it has arrived,
 * undefined: every mark is then an element, slower to zoom but all there (nothing pops in later).
 */
export function useDenseMarks(wanted: boolean): DenseMarksComponent | undefined {
  const [component, setComponent] = useState<DenseMarksComponent | undefined>(() => loaded);
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    // A chunk that fails to arrive leaves every mark an element: slower, never wrong.
    loadDenseMarks().then(
      (c) => live && setComponent(() => c),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, component]);
  return component;
}
