import { useEffect, useRef } from "react";
import { searchWithView, viewFromSearch } from "./viewUrl";
import { writeAddress } from "./url";
import type { ViewAction, ViewState } from "./viewState";

/** How long a zoom or pan rests before the URL records it. */
export const VIEWPORT_URL_DELAY_MS = 150;

/**
 * Keeps the URL and the view in step. Discrete changes (selection, filters, lanes) push a history
 * entry, so Back undoes them; continuous ones (zoom, pan) replace the current entry. Back and
 * forward restore the view from the URL. With `replaceOnly` (an embed) every change replaces the
 * entry: inside an iframe, new entries would join the host page's history, and Back would step
 * through the timeline instead of leaving the article.
 */
export function useUrlSync(state: ViewState, dispatch: (action: ViewAction) => void, reconcile: (state: ViewState) => ViewState, { replaceOnly = false } = {}) {
  // `written`: the view the URL shows. `pending`: a zoom or pan not written yet.
  const written = useRef<ViewState>(state);
  const pending = useRef<number | undefined>(undefined);
  useEffect(() => {
    const write = (next: ViewState, push: boolean) => {
      window.clearTimeout(pending.current);
      pending.current = undefined;
      written.current = next;
      writeAddress(searchWithView(window.location.search, next), push && !replaceOnly ? "push" : "replace");
    };
    const previous = written.current;
    const onlyViewport =
      previous.selectedId === state.selectedId &&
      previous.compareId === state.compareId &&
      previous.grouping === state.grouping &&
      previous.filter === state.filter &&
      previous.locale === state.locale &&
      previous.asOf === state.asOf;
    if (!onlyViewport) {
      write(state, true);
      return;
    }
    if (previous.viewport === state.viewport) return;
    // A zoom or pan moves the viewport every frame: the URL follows once the gesture pauses. Writing
    // it every frame cost ~3 ms a frame, and Chromium ignores history calls beyond ~100 in 10 s.
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => write(state, false), VIEWPORT_URL_DELAY_MS);
  }, [state, replaceOnly]);
  // A view that goes away (another dataset, presenting) drops a write still waiting: the URL now
  // belongs to the view that replaced it.
  useEffect(() => () => window.clearTimeout(pending.current), []);

  useEffect(() => {
    const onPop = () => {
      const next = reconcile(viewFromSearch(window.location.search).state);
      window.clearTimeout(pending.current);
      pending.current = undefined;
      written.current = next;
      dispatch({ type: "replace", state: next });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [dispatch, reconcile]);
}
