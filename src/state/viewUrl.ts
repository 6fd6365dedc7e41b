import { dayOfIso, isoOfDay } from "../domain/fuzzyDate";
import { initialViewState, type ViewState } from "./viewState";
import { paramReader, searchWith, type ParamName } from "./url";

/** The view's parameters: what the view writes, and nothing else (after Excalidraw's APP_STATE_STORAGE_CONF). */
export const VIEW_PARAMS = ["event", "compare", "from", "to", "lanes", "actors", "categories", "status", "q", "locale", "asof"] as const satisfies readonly ParamName[];

export interface ParsedView {
  state: ViewState;
  /** Parameters that were present but could not be used, in words, for a notice. */
  ignored: string[];
}

/** Read the view from a query string. Anything invalid is ignored and named; this never throws. */
export function viewFromSearch(search: string): ParsedView {
  const params = new URLSearchParams(search);
  const { read, ignored } = paramReader(params);
  const state: ViewState = { ...initialViewState, filter: { ...initialViewState.filter } };
  state.selectedId = read("event") || undefined;
  state.compareId = state.selectedId ? read("compare") || undefined : undefined;

  // The range needs both ends, in order: one alone is no range.
  const from = params.get("from");
  const to = params.get("to");
  if (from !== null || to !== null) {
    const startDay = from ? dayOfIso(from) : undefined;
    const endDay = to ? dayOfIso(to) : undefined;
    if (startDay === undefined || endDay === undefined || endDay < startDay) ignored.push(`from=${from ?? ""}&to=${to ?? ""} (needs two dates, YYYY-MM-DD, the first not after the second)`);
    else state.viewport = { startDay, endDay };
  }

  state.grouping = read("lanes");
  state.filter.actors = read("actors");
  state.filter.categories = read("categories");
  state.filter.statuses = read("status");
  state.filter.query = read("q");
  state.locale = read("locale");
  state.asOf = read("asof") || undefined;
  return { state, ignored };
}

/** Write the view into a query string, keeping every other parameter as it was. */
export function searchWithView(search: string, state: ViewState): string {
  return searchWith(
    search,
    {
      event: state.selectedId,
      compare: state.selectedId ? state.compareId : undefined,
      from: state.viewport && isoOfDay(Math.floor(state.viewport.startDay)),
      to: state.viewport && isoOfDay(Math.ceil(state.viewport.endDay)),
      lanes: state.grouping,
      actors: state.filter.actors,
      categories: state.filter.categories,
      status: state.filter.statuses,
      q: state.filter.query,
      locale: state.locale,
      asof: state.asOf,
    },
    { drop: VIEW_PARAMS },
  );
}

/** Drop ids that the loaded data does not have, and say so. */
export function reconcileView(state: ViewState, known: { events: { has(id: string): boolean }; actors: Set<string>; categories: Set<string> }): ParsedView {
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
