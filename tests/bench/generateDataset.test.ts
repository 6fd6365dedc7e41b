import { describe, expect, it } from "vitest";
import { DATE_SHAPES, generateDataset, mulberry32, shapeOfWhen, type DateShape } from "../../bench/generateDataset";
import { validateDataset } from "../../src/domain/validateDataset";
import { EVENT_STATUSES } from "../../src/domain/schema";
import { MAX_DATASET_BYTES } from "../../src/data/fetchDatasetText";

describe("mulberry32", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    expect(take(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("generateDataset", () => {
  it("is deterministic for a seed, and the seed changes it", () => {
    const a = JSON.stringify(generateDataset({ count: 500, seed: 7 }));
    expect(JSON.stringify(generateDataset({ count: 500, seed: 7 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ count: 500, seed: 8 }))).not.toBe(a);
  });

  it.each([0, 1, 100, 1000])("gives exactly the requested %i events, with unique ids", (count) => {
    const { events } = generateDataset({ count });
    expect(events).toHaveLength(count);
    expect(new Set(events.map((e) => e.id)).size).toBe(count);
  });

  it("passes validateDataset with no issues at all, not even warnings", () => {
    const json: unknown = JSON.parse(JSON.stringify(generateDataset({ count: 2000 })));
    const result = validateDataset(json);
    expect(result.issues).toEqual([]);
    expect(result.dataset?.events).toHaveLength(2000);
  });

  it("is a version 1 file, with nothing only version 2 has, so that builds from before version 2 can be compared on it", () => {
    const dataset = generateDataset({ count: 500 });
    expect(dataset.version).toBe(1);
    expect(dataset.events.some((e) => "claims" in e || "links" in e)).toBe(false);
  });

  it("mixes every date shape, every status, several lanes and actors, over decades", () => {
    const { events, categories, actors } = generateDataset({ count: 1000 });
    const shapes = new Set(events.map((e) => shapeOfWhen(e.when)));
    expect(shapes.has(undefined)).toBe(false);
    expect([...shapes].sort()).toEqual((Object.keys(DATE_SHAPES) as DateShape[]).sort());
    expect(new Set(events.map((e) => e.status))).toEqual(new Set(EVENT_STATUSES));
    expect(new Set(events.map((e) => e.category)).size).toBeGreaterThanOrEqual(6);
    expect(categories!.length).toBeGreaterThanOrEqual(6);
    expect(new Set(events.flatMap((e) => e.actors ?? [])).size).toBe(5);
    expect(actors).toHaveLength(5);
    const years = events.map((e) => Number(/\d{4}/.exec(e.when)![0]));
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThanOrEqual(30);
    // Both points and spans, in real proportions.
    const spans = events.filter((e) => shapeOfWhen(e.when)?.endsWith("Span")).length;
    expect(spans).toBeGreaterThan(150);
    expect(spans).toBeLessThan(400);
  });

  it("keeps 100,000 events under the app's file-size limit", () => {
    const text = JSON.stringify(generateDataset({ count: 100_000 }));
    expect(text.length).toBeLessThan(MAX_DATASET_BYTES * 0.97);
  });
});
