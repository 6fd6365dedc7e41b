import { describe, expect, it } from "vitest";
import { dayOf } from "../../src/domain/fuzzyDate";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";
import { toTimeline } from "../../src/domain/toTimeline";
import { validateDataset } from "../../src/domain/validateDataset";
import { timelineExtent } from "../../src/layout/viewport";
import { importVisTimeline } from "../../src/import/visTimeline";
import { importTimelineJs } from "../../src/import/timelineJs";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";
import { readFileSync } from "node:fs";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");
const timelineOf = (dataset: unknown) => {
  const result = validateDataset(dataset);
  if (!result.dataset) throw new Error(JSON.stringify(result.issues));
  return toTimeline(result.dataset, fuzzyDate);
};
const undatedSource = { id: "bbc", publisher: "BBC News", title: "Trump to meet Kim" };

describe("the as-of day comes from the data, never from today", () => {
  it("is the dataset's asOf, else its newest source's publication day", () => {
    expect(timelineOf(makeDataset()).asOfDay).toBe(dayOf(2019, 1, 18));
    expect(timelineOf(makeDataset(undefined, { asOf: undefined })).asOfDay).toBe(dayOf(2019, 1, 18));
  });

  it("is absent when neither asOf nor any publication date is given", () => {
    const timeline = timelineOf(makeDataset(undefined, { asOf: undefined, sources: [undatedSource] }));
    expect(timeline.asOfDay).toBeUndefined();
  });

  it("without it, the whole extent is the events' own, with a margin", () => {
    const timeline = timelineOf(makeDataset([makeEvent({ when: "2014-06-12" }), makeEvent({ id: "b", when: "2014-06-27" })], { asOf: undefined, sources: [undatedSource] }));
    const { fullExtent } = timelineExtent(timeline);
    expect(fullExtent.startDay).toBeGreaterThan(dayOf(2014, 6, 1));
    expect(fullExtent.endDay).toBeLessThan(dayOf(2014, 7, 10));
  });

  it("a deadline with no day it was said on is drawn at its deadline alone", () => {
    const timeline = timelineOf(makeDataset([makeEvent({ when: "[..2019-02-28]" })], { asOf: undefined, sources: [undatedSource] }));
    expect(timeline.events[0].extent).toEqual({ startDay: dayOf(2019, 2, 28), endDay: dayOf(2019, 2, 28) });
  });
});

describe("files from other tools have no as-of day: the file is not a publication", () => {
  it("a vis-timeline file of 16 days in 2014 opens on those 16 days", () => {
    const result = importVisTimeline(fixture("vis-world-cup.json"), { importedOn: "2026-12-02", fileName: "world-cup.json" });
    expect(result.dataset!.asOf).toBeUndefined();
    expect(result.dataset!.sources[0].published).toBeUndefined();
    const timeline = toTimeline(result.dataset!, fuzzyDate);
    expect(timeline.asOfDay).toBeUndefined();
    const { fullExtent } = timelineExtent(timeline);
    expect(fullExtent.startDay).toBeGreaterThanOrEqual(dayOf(2014, 6, 1));
    expect(fullExtent.endDay).toBeLessThanOrEqual(dayOf(2014, 7, 10));
  });

  it("a TimelineJS file gets no as-of line at the day of import", () => {
    const result = importTimelineJs(fixture("timelinejs-houston.json"), { importedOn: "2026-12-02" });
    expect(toTimeline(result.dataset!, fuzzyDate).asOfDay).toBeUndefined();
  });
});
