/**
 * `?data=` downloads: the size limit holds while reading, a silent server times out, the reader can
 * cancel, a redirect keeps the address rule, and the bytes are decoded as what they are.
 */
import { describe, expect, it, vi } from "vitest";
import { fetchDatasetText, MAX_DATASET_BYTES } from "../../src/data/fetchDatasetText";
import { importFetched } from "../../src/data/loadDataset";
import { MAX_IMPORT_BYTES } from "../../src/import/limits";

const BASE = "http://site.test/app/";
const MB = 1024 * 1024;

/** A body of `chunks` chunks of 1 MB, made as they are read; says how many were read and whether reading was cancelled. */
function meteredBody(chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(MB).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

/** A fetch that answers with `response` (its `url` set as a browser would after redirects). */
const answering = (response: Response, url?: string): typeof fetch =>
  (async () => {
    if (url) Object.defineProperty(response, "url", { value: url });
    return response;
  }) as typeof fetch;

/** A fetch that never answers, until aborted. */
const silent: typeof fetch = ((_url: string, init?: RequestInit) =>
  new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError"))))) as typeof fetch;

describe("fetchDatasetText: the size limit holds while reading", () => {
  it("60 MB sent without Content-Length is refused once 20 MB have arrived, with the large-file message, and the rest is never read", async () => {
    const body = meteredBody(60);
    const fetched = await fetchDatasetText("big.json", BASE, answering(new Response(body.stream)));
    expect(fetched).toEqual({ ok: false, tooBig: true, url: "http://site.test/app/big.json" });
    expect(await importFetched(fetched, "big.json")).toMatchObject({ message: "http://site.test/app/big.json is larger than the 20 MB limit. Split it into smaller timelines, or remove media and long texts." });
    expect(body.state.pulled).toBeLessThanOrEqual(22);
    expect(body.state.cancelled).toBe(true);
  });

  it("the download's limit is every other way's", () => {
    expect(MAX_DATASET_BYTES).toBe(MAX_IMPORT_BYTES);
  });

  it("a Content-Length over the limit is refused before reading, with the same words", async () => {
    const body = meteredBody(60);
    const fetched = await fetchDatasetText("big.json", BASE, answering(new Response(body.stream, { headers: { "content-length": String(60 * MB) } })));
    expect(fetched).toEqual({ ok: false, tooBig: true, url: "http://site.test/app/big.json", bytes: 60 * MB });
    expect(await importFetched(fetched, "big.json")).toMatchObject({ message: "http://site.test/app/big.json is 60 MB; the limit is 20 MB. Split it into smaller timelines, or remove media and long texts." });
    expect(body.state.pulled).toBeLessThanOrEqual(1);
  });

  it("a download that breaks off says so and names the address; it does not blame the app", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"version": 1,'));
        controller.error(new TypeError("network error"));
      },
    });
    const fetched = await fetchDatasetText("cut.json", BASE, answering(new Response(stream)));
    expect(fetched).toEqual({ ok: false, message: expect.stringMatching(/^Could not load http:\/\/site\.test\/app\/cut\.json: the download broke off/) });
    expect(JSON.stringify(fetched)).not.toMatch(/Reload the page/);
  });
});

describe("fetchDatasetText: no endless waiting", () => {
  it("a server that never answers: refused after the wait, naming the address", async () => {
    const fetched = await fetchDatasetText("slow.json", BASE, silent, { idleTimeoutMs: 50 });
    expect(fetched).toEqual({ ok: false, message: expect.stringMatching(/^Could not load http:\/\/site\.test\/app\/slow\.json: the server did not answer for 0\.05 seconds\./) });
  });

  it("a server that sends its headers and then stalls: refused after the wait, naming the address", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"version": 1,'));
      },
    });
    const fetched = await fetchDatasetText("stall.json", BASE, answering(new Response(stream)), { idleTimeoutMs: 50 });
    expect(fetched).toEqual({ ok: false, message: expect.stringMatching(/^Could not load http:\/\/site\.test\/app\/stall\.json: the server stopped sending for 0\.05 seconds/) });
  });

  it("the reader cancels: the download stops and the message says it was cancelled", async () => {
    const controller = new AbortController();
    const pending = fetchDatasetText("slow.json", BASE, silent, { signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, message: "Loading http://site.test/app/slow.json was cancelled." });
  });
});

describe("fetchDatasetText: redirects keep the address rule", () => {
  it("a redirect to plain http on another host is refused, naming where it led", async () => {
    const fetched = await fetchDatasetText("data.json", BASE, answering(new Response("{}"), "http://elsewhere.test/data.json"));
    expect(fetched).toEqual({ ok: false, message: expect.stringMatching(/^http:\/\/site\.test\/app\/data\.json was redirected to http:\/\/elsewhere\.test\/data\.json, which must be on this site or start with https:\/\//) });
  });

  it("a redirect to https elsewhere is followed, and the file is recorded under the address it came from in the end", async () => {
    const fetched = await fetchDatasetText("data.json", BASE, answering(new Response("{}"), "https://cdn.test/data.json"));
    expect(fetched).toMatchObject({ ok: true, url: "https://cdn.test/data.json" });
  });
});

describe("?data= text encodings", () => {
  it("bytes that are not UTF-8 are read as Windows-1252, and the report says so", async () => {
    const csv = Uint8Array.from([...new TextEncoder().encode("title,when,status,quote\n"), 0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, ...new TextEncoder().encode(",2019-01-18,happened,q\n")]); // Café “q”
    const fetched = await fetchDatasetText("excel.csv", BASE, answering(new Response(csv)));
    expect(fetched).toEqual({ ok: true, url: "http://site.test/app/excel.csv", bytes: csv });
    const loaded = await importFetched(fetched, "excel.csv");
    expect(loaded.ok && loaded.result.dataset?.events[0].title).toBe("Café “q”");
    expect(loaded.result?.issues[0]).toMatchObject({ path: "(the file)", message: expect.stringMatching(/^is not UTF-8: read as Windows-1252/) });
  });
});

describe("fetchDatasetText: a large body does not hold the page", () => {
  it("a body that has already arrived, read slowly, lets the page run between its parts", async () => {
    // Every read answers at once (the body is all there), and the clock moves 15 ms at each look.
    let now = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 15));
    try {
      let ran = false;
      setTimeout(() => (ran = true), 0);
      const fetched = await fetchDatasetText("big.json", BASE, answering(new Response(meteredBody(8).stream)));
      expect(fetched.ok && fetched.bytes.length).toBe(8 * MB);
      expect(ran).toBe(true);
    } finally {
      clock.mockRestore();
    }
  });
});
