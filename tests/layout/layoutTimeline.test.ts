import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CLUSTER_MIN_WIDTH_PX, CLUSTER_PADDING_PX, MAX_LABEL_PX, clusterText, fitLabel, labelPlacement, layoutTimeline, shortenLabel, type LayoutOptions } from "../../src/layout/layoutTimeline";
import { fitViewport } from "../../src/layout/viewport";
import { computeTicks, tickUnit } from "../../src/layout/ticks";
import { approximateTextMeasurer } from "../../src/chart/measureText";
import { dayOf } from "../../src/domain/fuzzyDate";
import type { PlacedEvent } from "../../src/layout/types";
import { makeTimeline } from "../fixtures/makeTimeline";

const measureText = approximateTextMeasurer(13);

function layout(timeline: ReturnType<typeof makeTimeline>, overrides: Partial<LayoutOptions> = {}) {
  return layoutTimeline(timeline.events, {
    viewport: { startDay: dayOf(2018, 1, 1), endDay: dayOf(2019, 3, 31) },
    widthPx: 1000,
    grouping: "category",
    actors: timeline.actors,
    categories: timeline.categories,
    measureText,
    ...overrides,
  });
}

/** The box a placed event occupies: its mark and its label. */
function box(p: PlacedEvent) {
  const left = Math.min(p.shape === "point" ? p.x0Px - 7 : p.x0Px, p.labelXPx);
  const right = Math.max(p.shape === "point" ? p.x1Px + 7 : p.x1Px, p.labelXPx + p.labelWidthPx);
  return { left, right, y: p.yPx };
}

describe("layoutTimeline", () => {
  it("places one mark per event, in the lane of its category", () => {
    const t = makeTimeline([{ category: "summit" }, { category: "visit", when: "2018-09-18" }]);
    const l = layout(t);
    expect(l.events.map((e) => [e.event.id, e.laneId])).toEqual([
      ["e0", "summit"],
      ["e1", "visit"],
    ]);
    expect(l.lanes.map((lane) => lane.label)).toEqual(["Summit", "Visit"]);
    expect(l.events[1].yPx).toBeGreaterThan(l.events[0].yPx);
  });

  it("stacks overlapping events into rows so that no marks or labels overlap", () => {
    const t = makeTimeline([
      { when: "2018-06-12", title: "A long title for the first event" },
      { when: "2018-06-13", title: "Second event on the next day" },
      { when: "2018-06", title: "Some day in June" },
      { when: "2018-06-10/2018-06-20", title: "A span" },
      { when: "2018-12-01", title: "Far away" },
    ]);
    const placed = layout(t).events;
    const rowsUsed = new Set(placed.map((p) => p.row));
    expect(rowsUsed.size).toBe(4);
    for (const a of placed) {
      for (const b of placed) {
        if (a === b || a.yPx !== b.yPx) continue;
        const [p, q] = [box(a), box(b)];
        expect(p.right <= q.left || q.right <= p.left, `${a.event.id} overlaps ${b.event.id}`).toBe(true);
      }
    }
    // The December event fits in the first row again.
    expect(placed.find((p) => p.event.id === "e4")?.row).toBe(0);
  });

  it("draws each kind of date with its own shape", () => {
    const t = makeTimeline([{ when: "2018-06-12" }, { when: "2018-06" }, { when: "2018-06-10/2018-06-20" }, { when: "[..2019-02-28]", status: "planned" }]);
    expect(Object.fromEntries(layout(t).events.map((p) => [p.event.when.edtf, p.shape]))).toEqual({
      "2018-06-12": "point",
      "2018-06": "fuzzy",
      "2018-06-10/2018-06-20": "span",
      "[..2019-02-28]": "deadline",
    });
  });

  it("a month-precise date covers its whole month", () => {
    const t = makeTimeline([{ when: "2018-06" }]);
    const l = layout(t);
    const p = l.events[0];
    expect(p.x0Px).toBeCloseTo(l.xOfDay(dayOf(2018, 6, 1)));
    expect(p.x1Px).toBeCloseTo(l.xOfDay(dayOf(2018, 7, 1)));
  });

  it("a deadline's window opens on the day its source spoke and ends at the deadline", () => {
    const t = makeTimeline([{ when: "[..2019-02-28]", status: "planned" }]);
    const l = layout(t);
    expect(l.events[0].x0Px).toBeCloseTo(l.xOfDay(dayOf(2019, 1, 18)));
    expect(l.events[0].x1Px).toBeCloseTo(l.xOfDay(dayOf(2019, 3, 1)));
  });

  it("turns a label to the left of its mark near the right edge", () => {
    const t = makeTimeline([{ when: "2019-03-30", title: "Right at the edge" }]);
    const p = layout(t).events[0];
    expect(p.labelXPx + p.labelWidthPx).toBeLessThanOrEqual(p.x0Px);
  });

  it("shortens long labels with an ellipsis", () => {
    const t = makeTimeline([{ title: "x".repeat(200) }]);
    const p = layout(t).events[0];
    expect(p.label.endsWith("…")).toBe(true);
    expect(p.labelWidthPx).toBeLessThanOrEqual(MAX_LABEL_PX);
  });

  it("puts a label where it fits whole: beside a point on the side with room, above a bar from its start or ending at its end", () => {
    // A point near the right edge: its label goes left of it.
    expect(labelPlacement("point", 100, 114, 80, 1000)).toEqual({ startsAt: 120, roomPx: 878 });
    expect(labelPlacement("point", 900, 914, 200, 1000)).toEqual({ endsAt: 894, roomPx: 892 });
    // A bar near the right edge: above it, ending at its end, rather than running off the chart.
    expect(labelPlacement("span", 100, 300, 150, 1000)).toEqual({ startsAt: 102, roomPx: 896 });
    expect(labelPlacement("deadline", 900, 980, 200, 1000)).toEqual({ endsAt: 978, roomPx: 976 });
    // Nowhere fits: the place with the most room, to shorten the label into.
    expect(labelPlacement("point", 500, 514, 900, 1000)).toEqual({ endsAt: 494, roomPx: 492 });
  });

  it("lays out the bundled data's long titles whole at 1280 px where the marks leave room", () => {
    const t = makeTimeline([
      { title: "Trump meets Kim Yong-chol at the White House", when: "2019-01-18" },
      { title: "Second Trump–Kim summit", when: "[..2019-02-28]", status: "planned" },
    ]);
    const placed = layout(t, { widthPx: 1216 }).events;
    for (const p of placed) expect(p.label.endsWith("…"), p.label).toBe(false);
  });
});

describe("shortenLabel", () => {
  it("drops filler words first, keeping the distinctive ones and the status", () => {
    const title = "Trump meets Kim Yong-chol at the White House (planned)";
    expect(shortenLabel(title, measureText("Trump meets Kim Yong-chol White House (planned)"), measureText)).toBe("Trump meets Kim Yong-chol White House (planned)");
  });

  it("then cuts at a word, never inside one while whole words fit", () => {
    const cut = shortenLabel("North Korea reports its Hwasong-15 ICBM launch", measureText("North Korea reports Hwasong-15…"), measureText);
    expect(cut).toBe("North Korea reports Hwasong-15…");
    expect(shortenLabel("Denuclearisation", measureText("Denuclea…"), measureText)).toBe("Denuclea…");
  });

  it("never returns more than the room, whatever the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("the", "summit", "Kim", "of", "Hanoi", "agreement", "(planned)", "a"), { maxLength: 12 }), fc.integer({ min: 20, max: 400 }), (words, maxPx) => {
        const text = words.join(" ");
        expect(measureText(shortenLabel(text, maxPx, measureText))).toBeLessThanOrEqual(Math.max(maxPx, measureText("…")));
      }),
    );
  });

  it("groups by first actor, or puts everything in one lane", () => {
    const t = makeTimeline([{ actors: ["dprk", "us"] }, { actors: ["us"], when: "2018-09-01" }]);
    expect(Object.fromEntries(layout(t, { grouping: "actor" }).events.map((e) => [e.event.id, e.laneId]))).toEqual({ e0: "dprk", e1: "us" });
    // Lanes follow the dataset's order of actors, not the order events appear in.
    expect(layout(t, { grouping: "actor" }).lanes.map((l) => l.id)).toEqual(["us", "dprk"]);
    expect(layout(t, { grouping: "none" }).lanes).toHaveLength(1);
  });
});

describe("fitLabel", () => {
  it("keeps a label that fits and cuts one that does not", () => {
    expect(fitLabel("Short", 100, measureText)).toBe("Short");
    const cut = fitLabel("A label that is far too long for the room", 100, measureText);
    expect(cut.endsWith("…")).toBe(true);
    expect(measureText(cut)).toBeLessThanOrEqual(100);
  });

  it("finds the longest prefix that fits, whatever the glyph widths (its guess from the average width may be off either way)", () => {
    // Proportional widths: "W" is five times "i", so a guess from the average is often wrong.
    const widths: Record<string, number> = { i: 3, l: 3, " ": 4, W: 15, M: 14, "…": 10 };
    const measure = (text: string) => [...text].reduce((sum, c) => sum + (widths[c] ?? 8), 0);
    const longestThatFits = (text: string, maxPx: number) => {
      if (measure(text) <= maxPx) return text;
      for (let n = text.length - 1; n > 0; n--) {
        const cut = `${text.slice(0, n).trimEnd()}…`;
        if (measure(cut) <= maxPx) return cut;
      }
      return "…";
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("i", "l", " ", "W", "M", "a", "b"), maxLength: 40 }), fc.integer({ min: 0, max: 300 }), (text, maxPx) => {
        expect(fitLabel(text, maxPx, measure)).toBe(longestThatFits(text, maxPx));
      }),
    );
  });
});

describe("fitViewport", () => {
  it("covers every event and the extra days, with a margin", () => {
    const t = makeTimeline([{ when: "2018-06-12" }, { when: "2018-11" }]);
    const v = fitViewport(t.events, [dayOf(2019, 1, 18)]);
    expect(v.startDay).toBeLessThan(dayOf(2018, 6, 12));
    expect(v.endDay).toBeGreaterThan(dayOf(2019, 1, 18));
  });
});

describe("computeTicks", () => {
  it("moves from years to months to days as the range narrows", () => {
    const years = computeTicks({ startDay: dayOf(2000, 1, 1), endDay: dayOf(2019, 12, 31) }, 1000);
    expect(tickUnit(years.map((t) => t.day))).toBe("year");
    expect(years[0].label).toMatch(/^\d{4}$/);
    const months = computeTicks({ startDay: dayOf(2018, 1, 1), endDay: dayOf(2019, 3, 31) }, 1000);
    expect(tickUnit(months.map((t) => t.day))).toBe("month");
    expect(months.filter((t) => t.major).map((t) => t.label)).toEqual(["Jan 2018", "Jan 2019"]);
    const days = computeTicks({ startDay: dayOf(2019, 1, 10), endDay: dayOf(2019, 1, 24) }, 1000);
    expect(tickUnit(days.map((t) => t.day))).toBe("day");
    expect(days.map((t) => t.label)).toContain("18 Jan");
  });

  it("never gives more ticks than the width has room for", () => {
    const ticks = computeTicks({ startDay: dayOf(2018, 1, 1), endDay: dayOf(2019, 3, 31) }, 320);
    expect(ticks.length).toBeLessThanOrEqual(Math.ceil(320 / 60));
  });
});

describe("density", () => {
  const crowded = () => makeTimeline(Array.from({ length: 40 }, (_, i) => ({ when: `2018-06-${String(1 + (i % 28)).padStart(2, "0")}`, title: `Crowded event number ${i}` })));

  it("caps the rows of a lane, hiding labels that do not fit and grouping marks that do not fit", () => {
    const l = layout(crowded(), { maxRowsPerLane: 3 });
    expect(Math.max(...l.events.map((e) => e.row))).toBeLessThanOrEqual(2);
    expect(l.events.some((e) => e.labelHidden)).toBe(true);
    const grouped = l.clusters.reduce((sum, c) => sum + c.count, 0);
    // Every event is either drawn or counted in a group, exactly once.
    expect(grouped).toBeGreaterThan(0);
    expect(l.events.length + grouped).toBe(40);
    expect(new Set(l.events.map((e) => e.event.id)).size).toBe(l.events.length);
    // A group names its first and last events, in date order, and none of them is drawn.
    const ids = crowded().events.map((e) => e.id);
    const drawn = new Set(l.events.map((e) => e.event.id));
    for (const c of l.clusters) {
      expect(ids.indexOf(c.firstEventId)).toBeLessThanOrEqual(ids.indexOf(c.lastEventId));
      expect(drawn.has(c.firstEventId) || drawn.has(c.lastEventId)).toBe(false);
    }
  });

  it("a group expands when zoomed in: closer, everything has room", () => {
    const zoomed = layout(crowded(), { maxRowsPerLane: 3, viewport: { startDay: dayOf(2018, 6, 1), endDay: dayOf(2018, 6, 10) } });
    const far = layout(crowded(), { maxRowsPerLane: 3 });
    const visibleZoomed = zoomed.events.filter((e) => e.event.extent.startDay <= dayOf(2018, 6, 10));
    const groupedZoomed = zoomed.clusters.reduce((sum, c) => sum + c.count, 0);
    expect(groupedZoomed).toBeLessThan(far.clusters.reduce((sum, c) => sum + c.count, 0));
    expect(visibleZoomed.length).toBeGreaterThan(0);
  });

  it("a group's pill is wide enough for its count, however many events it holds", () => {
    // 1,200 events on one day: one group of nearly all of them, "+1,197 more".
    const t = makeTimeline(Array.from({ length: 1_200 }, () => ({ when: "2018-06-12" })));
    const l = layout(t, { maxRowsPerLane: 3 });
    expect(l.clusters).toHaveLength(1);
    const [group] = l.clusters;
    expect(clusterText(group.count)).toBe(`+${(1_200 - l.events.length).toLocaleString("en")} more`);
    expect(group.x1Px - group.x0Px).toBeCloseTo(measureText(clusterText(group.count)) + 2 * CLUSTER_PADDING_PX, 6);
    // A group of a few is no narrower than it always was.
    const few = layout(crowded(), { maxRowsPerLane: 3 }).clusters;
    for (const c of few) expect(c.x1Px - c.x0Px).toBeGreaterThanOrEqual(CLUSTER_MIN_WIDTH_PX);
  });

  it("places only events that can be seen", () => {
    const t = makeTimeline([{ when: "2018-06-12" }, { when: "2010-01-01" }, { when: "2030-01-01" }]);
    expect(layout(t).events.map((e) => e.event.id)).toEqual(["e0"]);
  });
});

describe("labels on a narrow chart", () => {
  it("never run off either edge: they are shortened to the room on the roomier side, or hidden", () => {
    const t = makeTimeline([
      { when: "2018-01-05", title: "An event at the very start with a long title" },
      { when: "2018-08-15", title: "An event in the middle with a long title", category: "visit" },
      { when: "2019-03-28", title: "An event at the very end with a long title", category: "visit", id: "x" },
    ]);
    for (const p of layout(t, { widthPx: 320 }).events) {
      if (p.labelHidden) continue;
      expect(p.labelXPx, p.event.id).toBeGreaterThanOrEqual(0);
      expect(p.labelXPx + p.labelWidthPx, p.event.id).toBeLessThanOrEqual(320);
    }
  });
});

describe("tick labels", () => {
  it("never overlap each other or the right edge on a narrow chart", () => {
    const ticks = computeTicks({ startDay: dayOf(2017, 11, 2), endDay: dayOf(2019, 3, 27) }, 316).filter((t) => t.label);
    expect(ticks.length).toBeGreaterThan(1);
    const spans = ticks.map((t) => (t.anchorEnd ? [t.xPx - t.label.length * 7, t.xPx] : [t.xPx, t.xPx + t.label.length * 7]));
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
    for (const [l, r] of spans) expect(l >= 0 && r <= 316).toBe(true);
    expect(ticks.map((t) => t.label)).toContain("Jan 2019");
  });
});
