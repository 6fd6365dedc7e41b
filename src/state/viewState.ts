import type { LaneGrouping, Viewport } from "../layout/types";

/** What the reader is looking at. Everything here can be written to and read from the URL. */
export interface ViewState {
  /** Visible days; undefined means "fit everything" (resolved against the data at render). */
  viewport?: Viewport;
  selectedId?: string;
  grouping: LaneGrouping;
}

export type ViewAction =
  | { type: "select"; id: string | undefined }
  | { type: "setViewport"; viewport: Viewport | undefined }
  | { type: "setGrouping"; grouping: LaneGrouping }
  | { type: "reset" };

export const initialViewState: ViewState = { grouping: "category" };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case "select":
      return state.selectedId === action.id ? state : { ...state, selectedId: action.id };
    case "setViewport":
      return { ...state, viewport: action.viewport };
    case "setGrouping":
      return { ...state, grouping: action.grouping };
    case "reset":
      return { ...initialViewState, grouping: state.grouping };
  }
}
