import { EVENT_STATUSES } from "../domain/vocabulary";
import { dayOfIso, isoOfDay } from "../domain/fuzzyDate";
import type { EventStatus } from "../domain/types";
import type { LaneGrouping } from "../layout/types";
import { initialViewState, type ViewState } from "./viewState";
import { isLocaleId } from "./locales";

/**
 * The view's keys in the URL (after Excalidraw's APP_STATE_STORAGE_CONF): what is persisted, and
 * nothing else. Other parameters (data, mode, theme, …) are left as they are.
 */
export const VIEW_KEYS = ["event", "compare", "from", "to", "lanes", "actors", "categories", "status", "q", "locale"] as const;

const GROUPINGS: LaneGrouping[] = ["category", "actor", "none"];
const ID = /^[a-z0-9][a-z0-9-]*$/;

export interface ParsedView {
  state: ViewState;
  /** Parameters that were present but could not be used, in words, for a notice. */
  ignored: string[];
}

const list = (value: string | null) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : []);

/** Read the view from a query string. Anything invalid is ignored and named; this never throws. */
export function viewFromSearch(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const state: ViewState = { ...initialViewState, filter: { ...initialViewState.filter } };

  const id = (key: "event" | "compare") => {
    const value = params.get(key);
    if (value === null || value === "") return undefined;
    if (ID.test(value)) return value;
    ignored.push(`${key}=${value} (not an event id)`);
    return undefined;
  };
  state.selectedId = id("event");
  state.compareId = state.selectedId ? id("compare") : undefined;

  const from = params.get("from");
  const to = params.get("to");
  if (from !== null || to !== null) {
    const startDay = from ? dayOfIso(from) : undefined;
    const endDay = to ? dayOfIso(to) : undefined;
    if (startDay === undefined || endDay === undefined || endDay < startDay) {
      ignored.push(`from=${from ?? ""}&to=${to ?? ""} (needs two dates, YYYY-MM-DD, the first not after the second)`);
    } else {
      state.viewport = { startDay, endDay };
    }
  }

  const lanes = params.get("lanes");
  if (lanes !== null) {
    if ((GROUPINGS as string[]).includes(lanes)) state.grouping = lanes as LaneGrouping;
    else ignored.push(`lanes=${lanes} (use category, actor or none)`);
  }

  for (const key of ["actors", "categories"] as const) {
    const values = list(params.get(key));
    const good = values.filter((v) => ID.test(v));
    if (good.length < values.length) ignored.push(`${key}: ${values.filter((v) => !ID.test(v)).join(", ")} (not ids)`);
    state.filter[key] = good;
  }
  const statuses = list(params.get("status"));
  const goodStatuses = statuses.filter((s): s is EventStatus => (EVENT_STATUSES as readonly string[]).includes(s));
  if (goodStatuses.length < statuses.length) ignored.push(`status: ${statuses.filter((s) => !goodStatuses.includes(s as EventStatus)).join(", ")} (use ${EVENT_STATUSES.join(", ")})`);
  state.filter.statuses = goodStatuses;
  state.filter.query = (params.get("q") ?? "").slice(0, 200);

  const locale = params.get("locale");
  if (locale !== null) {
    if (isLocaleId(locale)) state.locale = locale;
    else ignored.push(`locale=${locale} (not a supported locale)`);
  }
  return { state, ignored };
}

/** Write the view into a query string, keeping every other parameter as it was. */
export function searchWithView(search: string, state: ViewState): string {
  const params = new URLSearchParams(search);
  for (const key of VIEW_KEYS) params.delete(key);
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  set("event", state.selectedId);
  set("compare", state.selectedId ? state.compareId : undefined);
  if (state.viewport) {
    set("from", isoOfDay(Math.floor(state.viewport.startDay)));
    set("to", isoOfDay(Math.ceil(state.viewport.endDay)));
  }
  if (state.grouping !== initialViewState.grouping) set("lanes", state.grouping);
  set("actors", state.filter.actors.join(","));
  set("categories", state.filter.categories.join(","));
  set("status", state.filter.statuses.join(","));
  set("q", state.filter.query.trim());
  if (state.locale !== initialViewState.locale) set("locale", state.locale);
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** Drop ids that the loaded data does not have, and say so. */
export function reconcileView(state: ViewState, known: { events: Set<string>; actors: Set<string>; categories: Set<string> }): ParsedView {
  const ignored: string[] = [];
  const next: ViewState = { ...state, filter: { ...state.filter } };
  if (next.selectedId && !known.events.has(next.selectedId)) {
    ignored.push(`event=${next.selectedId} (no such event)`);
    next.selectedId = undefined;
    next.compareId = undefined;
  }
  if (next.compareId && !known.events.has(next.compareId)) {
    ignored.push(`compare=${next.compareId} (no such event)`);
    next.compareId = undefined;
  }
  for (const key of ["actors", "categories"] as const) {
    const set = known[key];
    const unknown = next.filter[key].filter((id) => !set.has(id));
    if (unknown.length > 0) {
      ignored.push(`${key}: ${unknown.join(", ")} (not in this timeline)`);
      next.filter[key] = next.filter[key].filter((id) => set.has(id));
    }
  }
  return { state: next, ignored };
}
