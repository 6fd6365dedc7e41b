// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { prefetchDataset, takeDatasetLoad } from "../../src/data/prefetchDataset";

describe("prefetchDataset", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("starts the ?data= download before the app asks, and the app takes that download instead of fetching again", async () => {
    const fetchMock = vi.fn(async () => new Response('{"title":"x"}', { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    prefetchDataset("?data=early.json&event=x");
    prefetchDataset("?data=early.json"); // a second call does not start a second download
    // The download code is a chunk of its own (preloaded by the page's head): the fetch starts once it is in.
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const [fetched, loader] = await takeDatasetLoad("early.json");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetched.ok && Buffer.from(fetched.bytes).toString("utf8")).toBe('{"title":"x"}');
    expect(typeof loader.importFetched).toBe("function");
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
