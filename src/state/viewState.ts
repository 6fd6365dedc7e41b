import { EMPTY_FILTER, type EventFilter } from "../domain/filterEvents";
import type { LaneGrouping, Viewport } from "../layout/types";
import { DEFAULT_LOCALE, type LocaleId } from "./locales";

/** What the reader is looking at. All of it is written to and read from the URL (`url.ts`). */
export interface ViewState {
  /** Visible days; undefined means "fit everything" (resolved against the data at render). */
  viewport?: Viewport;
  selectedId?: string;
  /** A second event, to show the time between it and the selected one. */
  compareId?: string;
  grouping: LaneGrouping;
  filter: EventFilter;
  locale: LocaleId;
  /** The day the timeline is seen as of (YYYY-MM-DD); undefined: the dataset's own as-of day. */
  asOf?: string;
}

export type ViewAction =
  | { type: "select"; id: string | undefined }
  /** Select a second event to compare with the selected one (shift-click, or the C key). */
  | { type: "compare"; id: string | undefined }
  | { type: "setViewport"; viewport: Viewport | undefined }
  | { type: "setGrouping"; grouping: LaneGrouping }
  | { type: "setFilter"; filter: Partial<EventFilter> }
  | { type: "setLocale"; locale: LocaleId }
  | { type: "setAsOf"; asOf: string | undefined }
  /** Replace everything, e.g. from the URL on back/forward. */
  | { type: "replace"; state: ViewState };

export const initialViewState: ViewState = { grouping: "category", filter: EMPTY_FILTER, locale: DEFAULT_LOCALE };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case "select":
      if (state.selectedId === action.id && state.compareId === undefined) return state;
      return { ...state, selectedId: action.id, compareId: undefined };
    case "compare":
      if (state.selectedId === undefined || action.id === state.selectedId) return { ...state, selectedId: action.id, compareId: undefined };
      return { ...state, compareId: action.id };
    case "setViewport": {
      // The same range again (d3-zoom re-reports the one it was given) is no change: a new object
      // would lay out and render the whole chart for nothing.
      const [a, b] = [state.viewport, action.viewport];
      if (a === b || (a && b && a.startDay === b.startDay && a.endDay === b.endDay)) return state;
      return { ...state, viewport: action.viewport };
    }
    case "setGrouping":
      return { ...state, grouping: action.grouping };
    case "setFilter":
      return { ...state, filter: { ...state.filter, ...action.filter } };
    case "setLocale":
      return { ...state, locale: action.locale };
    case "setAsOf":
      return state.asOf === action.asOf ? state : { ...state, asOf: action.asOf };
    case "replace":
      return action.state;
  }
}
