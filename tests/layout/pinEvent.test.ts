import { describe, expect, it } from "vitest";
import { layoutWithPinned } from "../../src/layout/pinEvent";
import { indexLanes, type LayoutOptions } from "../../src/layout/layoutTimeline";
import { approximateTextMeasurer } from "../../src/chart/measureText";
import { dayOf } from "../../src/domain/fuzzyDate";
import { makeTimeline } from "../fixtures/makeTimeline";

// Twelve summits in one week of February 2019: more than a lane of two rows can show.
const crowd = makeTimeline(Array.from({ length: 12 }, (_, i) => ({ category: "summit", when: `2019-02-${String(20 + (i % 7)).padStart(2, "0")}` })));
const options: LayoutOptions = {
  viewport: { startDay: dayOf(2019, 1, 1), endDay: dayOf(2019, 3, 31) },
  widthPx: 800,
  grouping: "category",
  actors: crowd.actors,
  categories: crowd.categories,
  measureText: approximateTextMeasurer(13),
  maxRowsPerLane: 2,
};
const placedIds = (l: ReturnType<typeof layoutWithPinned>) => l.events.map((p) => p.event.id);

describe("layoutWithPinned", () => {
  it("without pins it is the plain layout: some of the crowd goes into '+N more' groups", () => {
    const plain = layoutWithPinned(crowd.events, [], options);
    expect(plain.clusters.length).toBeGreaterThan(0);
    expect(placedIds(plain)).not.toContain("e11");
  });

  it("without pins it reads no event but the ones in view: a zoom step at 100,000 events must not pass over them all", () => {
    const read = new Set<string>();
    const earlier = makeTimeline([{ id: "long-before", category: "summit", when: "2015-01-01" }]).events[0];
    // Every field read of an event records its id.
    const events = [earlier, ...crowd.events].map((e) => new Proxy(e, { get: (target, key, receiver) => (read.add(target.id), Reflect.get(target, key, receiver)) }));
    // The lanes are indexed once per dataset (useChartModel), before any zoom step.
    const laneIndex = indexLanes(events, "category", crowd.actors, crowd.categories);
    read.clear();
    const plain = layoutWithPinned(events, [], { ...options, laneIndex });
    expect(placedIds(plain)).toContain("e0");
    expect(read.has("long-before")).toBe(false);
  });

  it("puts the pinned events in a band above every lane, each labelled, none in a group", () => {
    const plain = layoutWithPinned(crowd.events, [], options);
    const pinned = layoutWithPinned(crowd.events, ["e11", "e10"], options);
    const band = pinned.events.filter((p) => ["e10", "e11"].includes(p.event.id));
    expect(band.map((p) => p.event.id).sort()).toEqual(["e10", "e11"]);
    expect(band.every((p) => p.labelWidthPx > 0)).toBe(true);
    const laneTop = Math.min(...pinned.lanes.map((lane) => lane.yPx));
    expect(Math.max(...band.map((p) => p.yPx))).toBeLessThan(laneTop);
    // Two events on the same week need two rows: the lanes move down by both.
    expect(new Set(band.map((p) => p.yPx)).size).toBe(2);
    expect(pinned.lanes[0].yPx - plain.lanes[0].yPx).toBeGreaterThanOrEqual(2 * 34);
    // Every event is drawn once: in the band, in its lane, or counted in a group.
    expect(pinned.events.length + pinned.clusters.reduce((n, c) => n + c.count, 0)).toBe(12);
  });

  it("ignores pins of events not drawn", () => {
    const plain = layoutWithPinned(crowd.events, [], options);
    const notHere = layoutWithPinned(crowd.events, ["not-here"], options);
    expect(placedIds(notHere)).toEqual(placedIds(plain));
    expect(notHere.events.map((p) => p.yPx)).toEqual(plain.events.map((p) => p.yPx));
    expect(notHere.heightPx).toBe(plain.heightPx);
  });
});
