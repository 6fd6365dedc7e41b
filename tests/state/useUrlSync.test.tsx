// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderHook } from "@testing-library/react";
import { useUrlSync, VIEWPORT_URL_DELAY_MS } from "../../src/state/useUrlSync";
import { initialViewState, type ViewState } from "../../src/state/viewState";
import { viewFromSearch } from "../../src/state/viewUrl";
import { dayOf } from "../../src/domain/fuzzyDate";

const at = (startDay: number): ViewState => ({ ...initialViewState, viewport: { startDay, endDay: startDay + 90 } });

describe("useUrlSync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, "", "/");
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    window.history.replaceState(null, "", "/");
  });

  it("a zoom gesture's many viewports write the URL once, with the last one, when the gesture pauses", () => {
    const replace = vi.spyOn(window.history, "replaceState");
    const { rerender } = renderHook(({ state }) => useUrlSync(state, () => undefined, (s) => s), { initialProps: { state: initialViewState } });
    const start = dayOf(2018, 1, 1);
    for (let i = 0; i < 60; i++) rerender({ state: at(start + i) });
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(VIEWPORT_URL_DELAY_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(viewFromSearch(window.location.search).state.viewport?.startDay).toBe(start + 59);
  });

  it("a selection is a history entry at once, and it carries the viewport still waiting to be written", () => {
    const push = vi.spyOn(window.history, "pushState");
    const { rerender } = renderHook(({ state }) => useUrlSync(state, () => undefined, (s) => s), { initialProps: { state: initialViewState } });
    const start = dayOf(2018, 6, 1);
    rerender({ state: at(start) });
    rerender({ state: { ...at(start), selectedId: "singapore-summit" } });
    expect(push).toHaveBeenCalledTimes(1);
    const written = viewFromSearch(window.location.search).state;
    expect(written.selectedId).toBe("singapore-summit");
    expect(written.viewport?.startDay).toBe(start);
  });
});
