import { describe, expect, it } from "vitest";
import { initialViewState, viewReducer } from "../../src/state/viewState";

describe("viewReducer", () => {
  it("setting the viewport to the range already shown keeps the same state, so nothing lays out again", () => {
    const shown = viewReducer(initialViewState, { type: "setViewport", viewport: { startDay: 100.25, endDay: 200.75 } });
    expect(viewReducer(shown, { type: "setViewport", viewport: { startDay: 100.25, endDay: 200.75 } })).toBe(shown);
    expect(viewReducer(initialViewState, { type: "setViewport", viewport: undefined })).toBe(initialViewState);
  });

  it("a different range is a new state", () => {
    const shown = viewReducer(initialViewState, { type: "setViewport", viewport: { startDay: 100, endDay: 200 } });
    const moved = viewReducer(shown, { type: "setViewport", viewport: { startDay: 101, endDay: 201 } });
    expect(moved.viewport).toEqual({ startDay: 101, endDay: 201 });
    expect(viewReducer(moved, { type: "setViewport", viewport: undefined }).viewport).toBeUndefined();
  });
});
