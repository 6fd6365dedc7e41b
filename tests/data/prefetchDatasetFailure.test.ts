// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";

// The import code fails to arrive (a dropped connection), and fast: its preload failed already.
vi.mock("../../src/data/loadDataset", () => {
  throw new Error("Failed to fetch dynamically imported module");
});

describe("prefetchDataset, when the import code fails before the app asks for it", () => {
  it("holds the failure for the app to report, rather than leaving it an unhandled rejection", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 200 })));
    const { prefetchDataset, takeDatasetLoad } = await import("../../src/data/prefetchDataset");
    const unhandled: unknown[] = [];
    const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener("unhandledrejection", onUnhandled);
    const onNodeUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onNodeUnhandled);
    prefetchDataset("?data=early.json");
    // Long enough for the engine to report a rejection nobody handles.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
    // The app is told (vitest wraps the mock's error in its own words).
    await expect(takeDatasetLoad("early.json")).rejects.toThrow();
    window.removeEventListener("unhandledrejection", onUnhandled);
    process.off("unhandledRejection", onNodeUnhandled);
    vi.unstubAllGlobals();
  });
});
