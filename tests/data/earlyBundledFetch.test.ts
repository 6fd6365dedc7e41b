import { afterEach, describe, expect, it, vi } from "vitest";
import bundledUrl from "virtual:bundled-dataset";
import { EARLY_BUNDLED_GLOBAL, takeEarlyBundledText } from "../../src/data/earlyBundledFetch";

const HREF = "http://localhost:3000/assets/timeline-abc.json";
const slot = globalThis as unknown as Record<string, unknown>;

/** bundledTimeline.ts afresh (the test setup has loaded it once already), as a page's script runs. */
async function freshBundledTimeline() {
  vi.resetModules();
  return import("../../src/data/bundledTimeline");
}

afterEach(() => {
  delete slot[EARLY_BUNDLED_GLOBAL];
  vi.unstubAllGlobals();
});

describe("the bundled timeline's download started by the page's head", () => {
  it("is the app's to take once, for the address the head fetched", async () => {
    const win: Record<string, unknown> = { [EARLY_BUNDLED_GLOBAL]: { href: HREF, text: Promise.resolve('{"x":1}') } };
    expect(await takeEarlyBundledText(HREF, win)).toBe('{"x":1}');
    // Taken: a head script running late sees the slot filled and starts no second download.
    expect(win[EARLY_BUNDLED_GLOBAL]).toBeTruthy();
    expect(takeEarlyBundledText(HREF, win)).toBeUndefined();
  });

  it("is left alone when the head fetched another address, or left something else", () => {
    expect(takeEarlyBundledText(HREF, { [EARLY_BUNDLED_GLOBAL]: { href: "http://localhost:3000/assets/timeline-old.json", text: Promise.resolve("{}") } })).toBeUndefined();
    expect(takeEarlyBundledText(HREF, { [EARLY_BUNDLED_GLOBAL]: { href: HREF, text: "{}" } })).toBeUndefined();
    expect(takeEarlyBundledText(HREF, {})).toBeUndefined();
  });

  it("gives the app its timeline without a download of its own", async () => {
    const real = await (await fetch(bundledUrl)).text();
    const fetchSpy = vi.fn(fetch);
    vi.stubGlobal("fetch", fetchSpy);
    slot[EARLY_BUNDLED_GLOBAL] = { href: bundledUrl, text: Promise.resolve(real) };
    const { loadBundled, bundledNow } = await freshBundledTimeline();
    const bundled = await loadBundled();
    expect(bundled.dataset?.events.length).toBeGreaterThan(0);
    expect(bundledNow()).toBe(bundled);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("after the head's download failed, the app's next try downloads the file itself", async () => {
    const fetchSpy = vi.fn(fetch);
    vi.stubGlobal("fetch", fetchSpy);
    const failed = Promise.reject(new Error("the server answered 503"));
    failed.catch(() => {});
    slot[EARLY_BUNDLED_GLOBAL] = { href: bundledUrl, text: failed };
    const { loadBundled } = await freshBundledTimeline();
    await expect(loadBundled()).rejects.toThrow("the server answered 503");
    expect((await loadBundled()).dataset?.events.length).toBeGreaterThan(0);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});
