import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { indexLanes, layoutTimeline, visibleInLane } from "../../src/layout/layoutTimeline";
import { approximateTextMeasurer } from "../../src/chart/measureText";
import { isoOfDay } from "../../src/domain/fuzzyDate";
import type { TimelineEvent } from "../../src/domain/types";
import { makeTimeline } from "../fixtures/makeTimeline";

/** What layout did before lanes were indexed: filter the whole lane, then sort, on every zoom step. */
const naive = (events: TimelineEvent[], firstDay: number, lastDay: number) =>
  events.filter((e) => e.extent.endDay + 1 >= firstDay && e.extent.startDay <= lastDay).sort((a, b) => a.extent.startDay - b.extent.startDay);

const BASE_DAY = 17_500;
const timelineOf = (spans: { start: number; length: number; category: number }[]) =>
  makeTimeline(
    spans.map(({ start, length, category }) => ({
      when: length === 0 ? isoOfDay(BASE_DAY + start) : `${isoOfDay(BASE_DAY + start)}/${isoOfDay(BASE_DAY + start + length)}`,
      category: ["talks", "summit"][category],
    })),
    { categories: [{ id: "talks", label: "Talks" }, { id: "summit", label: "Summit" }] },
  );

describe("visible-window selection", () => {
  const timeline = timelineOf([
    { start: 0, length: 0, category: 0 },
    { start: 10, length: 0, category: 0 },
    { start: 2, length: 300, category: 0 },
    { start: 50, length: 5, category: 0 },
    { start: 50, length: 0, category: 1 },
    { start: 400, length: 0, category: 0 },
  ]);
  const index = indexLanes(timeline.events, "category", timeline.actors, timeline.categories);
  const talks = index.byLane.get("talks")!;

  it("sorts each lane once by start day", () => {
    expect(Array.from(talks.startDays)).toEqual([0, 2, 10, 50, 400].map((d) => BASE_DAY + d));
    expect(talks.maxLengthDays).toBe(300);
  });

  it("finds events that start in the window, and a long span that started before it", () => {
    const ids = (first: number, last: number) => visibleInLane(talks, BASE_DAY + first, BASE_DAY + last).map((e) => e.extent.startDay - BASE_DAY);
    expect(ids(40, 60)).toEqual([2, 50]);
    expect(ids(350, 500)).toEqual([400]);
    expect(ids(-100, 0)).toEqual([0]);
    expect(ids(-100, -1)).toEqual([]);
    expect(ids(11, 20)).toEqual([2, 10]); // day 10 ends at 11: touching the window counts, as before
    expect(ids(12, 20)).toEqual([2]);
    expect(ids(500, 600)).toEqual([]);
  });

  it("agrees with filtering and sorting the whole lane, for any events and window", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 400 }), length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120 })), category: fc.integer({ min: 0, max: 1 }) }), { maxLength: 40 }),
        fc.integer({ min: -50, max: 500 }),
        fc.integer({ min: 0, max: 300 }),
        (spans, first, width) => {
          const t = timelineOf(spans);
          const lanes = indexLanes(t.events, "category", t.actors, t.categories);
          for (const lane of lanes.lanes) {
            const inLane = t.events.filter((e) => (e.category ?? "") === lane.id);
            const firstDay = BASE_DAY + first + 0.5;
            const lastDay = BASE_DAY + first + width + 0.25;
            expect(visibleInLane(lanes.byLane.get(lane.id)!, firstDay, lastDay)).toEqual(naive(inLane, firstDay, lastDay));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("layout with a precomputed index places exactly what it places without one", () => {
    const options = { viewport: { startDay: BASE_DAY + 5, endDay: BASE_DAY + 80 }, widthPx: 600, grouping: "category" as const, actors: timeline.actors, categories: timeline.categories, measureText: approximateTextMeasurer(13) };
    const { xOfDay: _a, ...without } = layoutTimeline(timeline.events, options);
    const { xOfDay: _b, ...withIndex } = layoutTimeline(timeline.events, { ...options, laneIndex: index });
    expect(withIndex).toEqual(without);
  });

  it("measures each title once per measurer, however many zoom steps lay it out again", () => {
    const measured = new Map<string, number>();
    const base = approximateTextMeasurer(13);
    const measureText = (text: string) => {
      measured.set(text, (measured.get(text) ?? 0) + 1);
      return base(text);
    };
    const options = { widthPx: 2000, grouping: "category" as const, actors: timeline.actors, categories: timeline.categories, measureText, laneIndex: index };
    for (let step = 0; step < 5; step++) layoutTimeline(timeline.events, { ...options, viewport: { startDay: BASE_DAY - step, endDay: BASE_DAY + 420 + step } });
    const titles = timeline.events.map((e) => e.title);
    expect(titles.every((title) => measured.get(title) === 1)).toBe(true);
  });
});
