// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useTimelineData } from "../../src/data/useTimelineData";

describe("edit: the dataset on screen replaced by an edited one", () => {
  it("the bundled timeline, edited, becomes the reader's own copy: same name and load (the library's autosave keeps it as an edit of that load)", async () => {
    localStorage.clear();
    const { result } = renderHook(() => useTimelineData(null));
    const [before, controls] = result.current;
    if (before.state !== "ready") throw new Error("the bundled timeline should be at hand");
    expect(before.origin).toBe("bundled");
    const next = { ...before.dataset, title: "My copy", events: before.dataset.events.slice(1) };
    act(() => controls.edit(next));
    await waitFor(() => expect(result.current[0].state === "ready" && result.current[0].dataset).toBe(next), { timeout: 15_000 });
    const after = result.current[0];
    if (after.state !== "ready") throw new Error("still ready");
    expect(after.origin).toBe("opened");
    expect(after.name).toBe(before.name);
    // The same load: the view (range, selection, filters) carries on.
    expect(after.loadId).toBe(before.loadId);
    expect(after.timeline.title).toBe("My copy");
    expect(after.timeline.events).toHaveLength(before.timeline.events.length - 1);
  });
});
