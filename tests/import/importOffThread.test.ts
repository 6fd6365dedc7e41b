/** importOffThread where there are no workers (Node, jsdom): the import happens in place, and Cancel still holds. */
import { describe, expect, it } from "vitest";
import { importAny, importOffThread, OFF_THREAD_MIN_BYTES } from "../../src/import";
import { plainDataset } from "../fixtures/makeHostileInputs";

describe("importOffThread", () => {
  it("without workers, a large file is imported here, as importAny would", async () => {
    const text = plainDataset(20_000);
    expect(text.length).toBeGreaterThan(OFF_THREAD_MIN_BYTES);
    const result = await importOffThread({ text }, { fileName: "big.json" });
    expect(result).toEqual(importAny(text, { fileName: "big.json" }));
  });

  it("bytes are decoded first", async () => {
    const result = await importOffThread({ bytes: new TextEncoder().encode("title,when,status,quote\nA,2019-01-18,happened,q\n") }, { importedOn: "2019-01-18" });
    expect(result.dataset?.events.map((e) => e.title)).toEqual(["A"]);
  });

  it("tells how many events have been checked, every 5,000 (for the loading message)", () => {
    const seen: [number, number][] = [];
    importAny(plainDataset(12_000), { onProgress: (checked, total) => seen.push([checked, total]) });
    expect(seen).toEqual([
      [5000, 12_000],
      [10_000, 12_000],
    ]);
  });

  it("a cancelled import rejects with an AbortError", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importOffThread({ text: "[]" }, {}, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
