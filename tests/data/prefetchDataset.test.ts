// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderHook } from "@testing-library/react";
import { StrictMode } from "react";
import { datasetSettledOrAfter, prefetchDataset, takeDatasetLoad } from "../../src/data/prefetchDataset";
import { useTimelineData, type DataState } from "../../src/data/useTimelineData";

describe("prefetchDataset", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("starts the ?data= download and its import before the app asks, and the app takes them instead of fetching again", async () => {
    const timelineJs = '{"events":[{"start_date":{"year":"2019","month":"1","day":"18"},"text":{"headline":"Talks"}}]}';
    const fetchMock = vi.fn(async () => new Response(timelineJs, { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    prefetchDataset("?data=early.json&event=x");
    prefetchDataset("?data=early.json"); // a second call does not start a second download
    // The download code is a chunk of its own (preloaded by the page's head): the fetch starts once it is in.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    // Imported as soon as the file and the import code are in.
    const { loaded } = await takeDatasetLoad("early.json");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(loaded.ok && loaded.result.dataset?.events.map((e) => [e.title, e.when])).toEqual([["Talks", "2019-01-18"]]);
    // Taken once: asking again (another load of the same address) downloads afresh.
    await takeDatasetLoad("early.json");
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("does nothing without ?data=", () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    prefetchDataset("?event=singapore-summit");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("a file imported before the first render is on screen from that render: no loading page first, and no second download", async () => {
    const timelineJs = '{"events":[{"start_date":{"year":"2019","month":"2","day":"27"},"text":{"headline":"Hanoi"}}]}';
    const fetchMock = vi.fn(async () => new Response(timelineJs, { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    prefetchDataset("?data=first.json");
    // What main.tsx waits for before rendering (a generous cap: the import finishes well before it).
    await datasetSettledOrAfter("?data=first.json", 10_000);
    const states: DataState["state"][] = [];
    // StrictMode runs state initialisers and effects twice: the file must still be taken once.
    const { result } = renderHook(
      () => {
        const [data] = useTimelineData("first.json");
        states.push(data.state);
        return data;
      },
      { wrapper: StrictMode },
    );
    expect(states[0]).toBe("ready");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(states).not.toContain("loading");
    const shown = result.current;
    expect(shown.state === "ready" && shown.timeline.events.map((e) => e.title)).toEqual(["Hanoi"]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("gives up waiting after the cap when the file is slow, so the loading page (with its progress) comes soon", async () => {
    vi.stubGlobal("fetch", vi.fn(() => new Promise<Response>(() => {})));
    prefetchDataset("?data=slow.json");
    const before = Date.now();
    await datasetSettledOrAfter("?data=slow.json", 30);
    expect(Date.now() - before).toBeLessThan(5_000);
    const { result } = renderHook(() => useTimelineData("slow.json"));
    expect(result.current[0].state).toBe("loading");
  });
});
