// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { EARLY_DATA_GLOBAL, fetchWithEarlyResponse, takeEarlyDataFetch } from "../../src/data/earlyDataFetch";
import { fetchDatasetText } from "../../src/data/fetchDatasetText";

const HREF = "http://localhost:3000/data/early.json";

function early(response: Promise<Response>) {
  return { href: HREF, response, startedMs: 0 };
}

describe("the ?data= download started by the page's head", () => {
  it("is read by the app's fetch, with no second download", async () => {
    const other = vi.fn(async () => new Response("other"));
    const fetched = await fetchDatasetText("data/early.json", "http://localhost:3000/", fetchWithEarlyResponse(early(Promise.resolve(new Response('{"title":"x"}'))), other));
    expect(fetched.ok && new TextDecoder().decode(fetched.bytes)).toBe('{"title":"x"}');
    expect(other).not.toHaveBeenCalled();
  });

  it("answers only the first request for its address; others are fetched", async () => {
    const other = vi.fn(async () => new Response("other"));
    const f = fetchWithEarlyResponse(early(Promise.resolve(new Response("early"))), other);
    expect(await (await f(HREF)).text()).toBe("early");
    expect(await (await f(HREF)).text()).toBe("other");
    expect(await (await f("http://localhost:3000/b.json")).text()).toBe("other");
    expect(other).toHaveBeenCalledTimes(2);
  });

  it("a Cancel before the server answers stops the load at once, and the late answer is not read", async () => {
    let answer!: (r: Response) => void;
    const cancelBody = vi.fn();
    const late = new Response(new ReadableStream({ cancel: cancelBody }));
    const controller = new AbortController();
    const loading = fetchDatasetText("data/early.json", "http://localhost:3000/", fetchWithEarlyResponse(early(new Promise((r) => (answer = r)))), { signal: controller.signal });
    controller.abort();
    expect(await loading).toEqual({ ok: false, message: `Loading ${HREF} was cancelled.` });
    answer(late);
    await new Promise((r) => setTimeout(r, 0));
    expect(cancelBody).toHaveBeenCalled();
  });

  it("a server that never answers is given up on, as with the app's own fetch", async () => {
    const fetched = await fetchDatasetText("data/early.json", "http://localhost:3000/", fetchWithEarlyResponse(early(new Promise(() => {}))), { idleTimeoutMs: 20 });
    expect(fetched.ok).toBe(false);
    expect(!fetched.ok && "message" in fetched && fetched.message).toMatch(/did not answer for 0.02 seconds/);
  });

  it("is taken once; afterwards the head's script (if it runs late) finds it taken and starts none", () => {
    const win = {} as unknown as Window;
    (win as unknown as Record<string, unknown>)[EARLY_DATA_GLOBAL] = early(Promise.resolve(new Response("")));
    expect(takeEarlyDataFetch(win)?.href).toBe(HREF);
    expect(takeEarlyDataFetch(win)).toBeUndefined();
    expect((win as unknown as Record<string, unknown>)[EARLY_DATA_GLOBAL]).toBeTruthy();
  });
});
