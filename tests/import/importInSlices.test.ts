/** importInSlices: importAny's result, a slice at a time, with progress, the page's own work in between, and Cancel. */
import { describe, expect, it, vi } from "vitest";
import { importAny, importInSlices, MAX_FULL_PARSER_DATES } from "../../src/import";
import { parseFuzzyDate } from "../../src/domain/parseFuzzyDate";
import { isoOfDay } from "../../src/domain/fuzzyDate";
import { plainDataset, slowDateDataset, unknownActorsDataset } from "../fixtures/makeHostileInputs";

describe("importInSlices", () => {
  it("gives what importAny gives, for a valid file and for one with three hundred thousand problems", async () => {
    for (const text of [plainDataset(3000), unknownActorsDataset(6000)]) {
      expect(await importInSlices({ text }, { fileName: "big.json" }, { sliceMs: 0 })).toEqual(importAny(text, { fileName: "big.json" }));
    }
  });

  it("lets other work run between slices, and says how many events have been checked", async () => {
    const order: string[] = [];
    const pending = importInSlices({ text: plainDataset(1200) }, {}, { sliceMs: 0, onProgress: (checked, total) => order.push(`${checked} of ${total}`) });
    setTimeout(() => order.push("the page's turn"), 0);
    expect((await pending).dataset?.events).toHaveLength(1200);
    expect(order).toContain("the page's turn");
    expect(order.filter((o) => o.endsWith("of 1200"))).toEqual(["250 of 1200", "500 of 1200", "750 of 1200", "1000 of 1200"]);
    expect(order.indexOf("the page's turn")).toBeLessThan(order.length - 1);
  });

  it("holds the cap on edtf.js reads across its slices, and not on the page's work in between", async () => {
    const text = slowDateDataset(MAX_FULL_PARSER_DATES + 100);
    // Between slices the page parses dates it has never seen (each one needs edtf.js).
    let pageRead = true;
    let day = -20_000;
    const timer = setInterval(() => (pageRead &&= parseFuzzyDate(`${isoOfDay(day++)}T10:00:00Z`).ok), 0);
    const result = await importInSlices({ text }, {}, { sliceMs: 0 });
    clearInterval(timer);
    expect(result.issues).toEqual([expect.objectContaining({ message: expect.stringMatching(/more than 2,000 different dates in uncommon forms/) })]);
    expect(day).toBeGreaterThan(-20_000);
    expect(pageRead).toBe(true);
  });

  it("a file whose decoding took a slice's time gives the page its turn before it is parsed", async () => {
    const order: string[] = [];
    let now = 0;
    // Every look at the clock finds a slice gone by: decoding took that long.
    const clock = vi.spyOn(performance, "now").mockImplementation(() => (now += 50));
    const parse = JSON.parse;
    const parsing = vi.spyOn(JSON, "parse").mockImplementation((...args: Parameters<typeof JSON.parse>) => (order.push("parse"), parse(...args)));
    try {
      setTimeout(() => order.push("the page's turn"), 0);
      const result = await importInSlices({ bytes: new TextEncoder().encode(plainDataset(3)) }, {});
      expect(result.dataset?.events).toHaveLength(3);
      expect(order.indexOf("the page's turn")).toBeGreaterThanOrEqual(0);
      expect(order.indexOf("the page's turn")).toBeLessThan(order.indexOf("parse"));
    } finally {
      clock.mockRestore();
      parsing.mockRestore();
    }
  });

  it("bytes are decoded first, and the report says how when they were not UTF-8", async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("title,when,status,quote\nCaf"), 0xe9, ...new TextEncoder().encode(",2019-01-18,happened,q\n")]);
    const result = await importInSlices({ bytes }, { importedOn: "2019-01-18" });
    expect(result.dataset?.events.map((e) => e.title)).toEqual(["Café"]);
    expect(result.issues[0].message).toMatch(/^is not UTF-8: read as Windows-1252/);
  });

  it("a cancelled import rejects with an AbortError", async () => {
    const controller = new AbortController();
    const pending = importInSlices({ text: plainDataset(3000) }, {}, { sliceMs: 0, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });
});
