import { useEffect, useState } from "react";
import { isoOfDay } from "../domain/fuzzyDate";
import type { Viewport } from "../layout/types";
import { STEP_PARAM } from "../presentation/step";

/** What the app shows, from `?mode=`: explore (the default), embed, present, and the presenter's own window. */
export type AppMode = "explore" | "embed" | "present" | "presenter";

const MODES: readonly AppMode[] = ["explore", "embed", "present", "presenter"];
/** `?steps=all`: present every event by date even when the dataset has a story. */
export const ORDER_PARAM = "steps";

export function modeOf(search: string): AppMode {
  const mode = new URLSearchParams(search).get("mode");
  return MODES.includes(mode as AppMode) ? (mode as AppMode) : "explore";
}

const finish = (params: URLSearchParams) => {
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
};

/**
 * The presentation's address, from the explorer's: the data and filters are kept; the view and
 * selection are not (each step frames its own event), except that a selected event is where the
 * presentation starts.
 */
export function presentSearch(search: string, startEventId?: string): string {
  const params = new URLSearchParams(search);
  for (const key of ["event", "compare", "from", "to", STEP_PARAM]) params.delete(key);
  params.set("mode", "present");
  if (startEventId) params.set("event", startEventId);
  return finish(params);
}

/** The presenter window's address: the presentation's, in presenter mode at the same step. */
export function presenterSearch(search: string, index: number): string {
  const params = new URLSearchParams(search);
  params.delete("event");
  params.set("mode", "presenter");
  params.set(STEP_PARAM, String(index + 1));
  return finish(params);
}

/** Back to exploring, with the presented event selected and its view kept. */
export function exploreSearch(search: string, eventId: string | undefined, viewport: Viewport | undefined): string {
  const params = new URLSearchParams(search);
  for (const key of ["mode", STEP_PARAM, ORDER_PARAM, "event", "compare", "from", "to"]) params.delete(key);
  if (eventId) params.set("event", eventId);
  if (viewport) {
    params.set("from", isoOfDay(Math.floor(viewport.startDay)));
    params.set("to", isoOfDay(Math.ceil(viewport.endDay)));
  }
  return finish(params);
}

/**
 * Go to another address of the app without reloading: a history entry (so Back returns), then a
 * popstate so that whoever follows the URL (useLocationSearch, useUrlSync) catches up.
 */
export function navigate(search: string) {
  window.history.pushState(null, "", `${window.location.pathname}${search}${window.location.hash}`);
  window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
}

/** The query string, starting from `initial` and following history navigation (Back, Forward, navigate()). */
export function useLocationSearch(initial: string): string {
  const [search, setSearch] = useState(initial);
  useEffect(() => {
    const onPop = () => setSearch(window.location.search);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return search;
}
