// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { prefetchDataset, takeDatasetLoad } from "../../src/data/prefetchDataset";

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
});
