import { useEffect, useRef } from "react";
import { searchWithView, viewFromSearch } from "./url";
import type { ViewAction, ViewState } from "./viewState";

/**
 * Keeps the URL and the view in step. Discrete changes (selection, filters, lanes) push a history
 * entry, so Back undoes them; continuous ones (zoom, pan) replace the current entry. Back and
 * forward restore the view from the URL. With `replaceOnly` (an embed) every change replaces the
 * entry: inside an iframe, new entries would join the host page's history, and Back would step
 * through the timeline instead of leaving the article.
 */
export function useUrlSync(state: ViewState, dispatch: (action: ViewAction) => void, reconcile: (state: ViewState) => ViewState, { replaceOnly = false } = {}) {
  const last = useRef<ViewState>(state);
  useEffect(() => {
    const previous = last.current;
    last.current = state;
    const search = searchWithView(window.location.search, state);
    if (search === window.location.search) return;
    const onlyViewport =
      previous.selectedId === state.selectedId &&
      previous.compareId === state.compareId &&
      previous.grouping === state.grouping &&
      previous.filter === state.filter &&
      previous.locale === state.locale;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (onlyViewport || replaceOnly) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
  }, [state, replaceOnly]);

  useEffect(() => {
    const onPop = () => {
      const next = reconcile(viewFromSearch(window.location.search).state);
      last.current = next;
      dispatch({ type: "replace", state: next });
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [dispatch, reconcile]);
}
