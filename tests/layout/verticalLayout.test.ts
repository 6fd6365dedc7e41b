import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CARD_ANCHOR_PX,
  CARD_GAP_PX,
  CARD_MAX_LINES,
  CARD_WHEN_PX,
  MAX_DRIFT_PX,
  V_TOP_PX,
  cardHeight,
  centreItems,
  layoutVertical,
  spineLengthFor,
  wrappedLines,
  type VerticalLayout,
  type VerticalLayoutOptions,
} from "../../src/layout/verticalLayout";
import { approximateTextMeasurer } from "../../src/chart/measureText";
import { dayOf } from "../../src/domain/fuzzyDate";
import { makeTimeline } from "../fixtures/makeTimeline";

const measureTitle = approximateTextMeasurer(14);
const measureSmall = approximateTextMeasurer(12);
const range = { startDay: dayOf(2018, 1, 1), endDay: dayOf(2019, 3, 31) };

function layout(timeline: ReturnType<typeof makeTimeline>, overrides: Partial<VerticalLayoutOptions> = {}) {
  return layoutVertical(timeline.events, { viewport: range, widthPx: 360, spineLengthPx: 2000, asOfDay: timeline.asOfDay, measureTitle, measureSmall, ...overrides });
}

/** Cards and groups, top to bottom, as boxes. */
const boxes = (l: VerticalLayout) => [...l.cards.map((c) => ({ id: c.event.id, top: c.topPx, bottom: c.topPx + c.heightPx })), ...l.clusters.map((c) => ({ id: `+${c.count}`, top: c.topPx, bottom: c.topPx + c.heightPx }))].sort((a, b) => a.top - b.top);

/** No two boxes overlap, and each is at least the gap from the next. */
function expectApart(l: VerticalLayout) {
  const list = boxes(l);
  for (let i = 1; i < list.length; i++) expect(list[i].top, `${list[i].id} overlaps ${list[i - 1].id}`).toBeGreaterThanOrEqual(list[i - 1].bottom + CARD_GAP_PX - 1e-6);
  for (const b of list) expect(b.top).toBeGreaterThanOrEqual(0);
}

describe("layoutVertical", () => {
  it("runs time down the spine: a day's y grows with the day, and the range fills the spine", () => {
    const t = makeTimeline([{ when: "2018-06-12" }, { when: "2018-09-18", category: "visit" }]);
    const l = layout(t);
    expect(l.yOfDay(range.startDay)).toBe(V_TOP_PX);
    expect(l.yOfDay(range.endDay + 1)).toBeCloseTo(V_TOP_PX + 2000);
    const [june, september] = l.marks;
    expect(june.y0Px).toBeCloseTo(l.yOfDay(dayOf(2018, 6, 12) + 0.5));
    expect(september.y0Px).toBeGreaterThan(june.y0Px);
    expect(l.dayAt(l.yOfDay(dayOf(2018, 9, 18)))).toBeCloseTo(dayOf(2018, 9, 18));
  });

  it("zooming keeps the spine's length and changes its scale: half the days, twice the pixels per day", () => {
    const t = makeTimeline([{ when: "2018-06-12" }]);
    const whole = layout(t);
    const mid = Math.floor((range.startDay + range.endDay) / 2);
    const half = layout(t, { viewport: { startDay: mid - Math.floor((range.endDay + 1 - range.startDay) / 4), endDay: mid + Math.ceil((range.endDay + 1 - range.startDay) / 4) - 1 } });
    expect(half.spineLengthPx).toBe(whole.spineLengthPx);
    expect(half.pxPerDay / whole.pxPerDay).toBeCloseTo(2, 1);
  });

  it("draws each shape as the horizontal chart does: a point on the spine, a month as a band over the month, a deadline's window ending at the deadline", () => {
    const t = makeTimeline([
      { when: "2018-06-12" },
      { when: "2018-11", category: "visit" },
      { when: "2019-01-07/2019-01-10" },
      { when: "[..2019-02-28]", status: "planned" },
    ]);
    const l = layout(t);
    const mark = (id: string) => l.marks.find((m) => m.event.id === id)!;
    expect(mark("e0")).toMatchObject({ shape: "point", column: -1, xPx: l.spineXPx });
    expect(mark("e1").shape).toBe("fuzzy");
    expect(mark("e1").y0Px).toBeCloseTo(l.yOfDay(dayOf(2018, 11, 1)));
    expect(mark("e1").y1Px).toBeCloseTo(l.yOfDay(dayOf(2018, 12, 1)));
    expect(mark("e2")).toMatchObject({ shape: "span" });
    expect(mark("e2").y1Px - mark("e2").y0Px).toBeCloseTo(4 * l.pxPerDay);
    expect(mark("e3").shape).toBe("deadline");
    expect(mark("e3").y1Px).toBeCloseTo(l.yOfDay(dayOf(2019, 3, 1)));
    expect(mark("e3").cutEnd).toBe(false);
    // Bars sit in columns right of the spine; cards start right of them.
    for (const id of ["e1", "e2", "e3"]) expect(mark(id).xPx).toBeGreaterThan(l.spineXPx);
    for (const card of l.cards) expect(card.mark.xPx).toBeLessThan(l.cardXPx);
  });

  it("bars that overlap in time go in different columns", () => {
    const t = makeTimeline([{ when: "2018-06-12/2019-01-18", status: "ongoing" }, { when: "2018-07-01/2018-12-01" }, { when: "2018-09" }]);
    const columns = layout(t).marks.map((m) => m.column);
    expect(new Set(columns).size).toBe(3);
  });

  it("gives every event in range a card at its date when there is room, in date order", () => {
    const t = makeTimeline([{ when: "2018-02-01" }, { when: "2018-06-12" }, { when: "2018-11-16" }]);
    const l = layout(t);
    expect(l.cards.map((c) => c.event.id)).toEqual(["e0", "e1", "e2"]);
    expect(l.clusters).toEqual([]);
    for (const card of l.cards) {
      expect(card.anchorYPx).toBeCloseTo(card.mark.y0Px);
      // The connector meets the card beside its date line.
      expect(card.topPx + CARD_ANCHOR_PX).toBeCloseTo(card.anchorYPx);
    }
  });

  it("pushes apart the cards of a crowded day, centred on it, with no overlap", () => {
    const t = makeTimeline(Array.from({ length: 4 }, () => ({ when: "2019-01-18" })));
    const l = layout(t);
    expect(l.cards).toHaveLength(4);
    expectApart(l);
    const day = l.cards[0].anchorYPx;
    expect(l.cards[0].topPx + CARD_ANCHOR_PX).toBeLessThan(day);
    expect(l.cards[3].topPx + CARD_ANCHOR_PX).toBeGreaterThan(day);
  });

  it("a long span's card waits beside its bar for room rather than pushing a point's card from its day", () => {
    const t = makeTimeline([{ when: "2018-06-12/2019-01-18", status: "ongoing", title: "Sanctions stay in place" }, { when: "2018-06-12", title: "Summit" }, { when: "2018-06-13", title: "Next day" }]);
    const l = layout(t);
    const card = (id: string) => l.cards.find((c) => c.event.id === id)!;
    expect(card("e1").topPx).toBeLessThan(card("e0").topPx);
    // Still beside its bar: the connector meets the bar level with the card.
    const span = card("e0");
    expect(span.anchorYPx).toBeGreaterThanOrEqual(span.mark.y0Px);
    expect(span.anchorYPx).toBeLessThanOrEqual(span.mark.y1Px);
    expect(span.topPx + CARD_ANCHOR_PX).toBeCloseTo(span.anchorYPx);
  });

  it("too many for the room: the rest are one '+N more' group that zooms to their days, and every event is a card or counted", () => {
    const t = makeTimeline(Array.from({ length: 30 }, () => ({ when: "2018-06-12" })));
    const l = layout(t);
    expect(l.clusters.length).toBeGreaterThan(0);
    expect(l.cards.length + l.clusters.reduce((n, c) => n + c.count, 0)).toBe(30);
    expectApart(l);
    const cluster = l.clusters[0];
    expect(Math.floor(cluster.startDay)).toBe(dayOf(2018, 6, 12));
    expect(Math.floor(cluster.endDay)).toBe(dayOf(2018, 6, 12));
  });

  it("a kept event (selected, focused) always has a card, even in a crowd", () => {
    const t = makeTimeline(Array.from({ length: 30 }, () => ({ when: "2018-06-12" })));
    const l = layout(t, { keepIds: new Set(["e29", "e17"]) });
    const ids = l.cards.map((c) => c.event.id);
    expect(ids).toContain("e29");
    expect(ids).toContain("e17");
    expectApart(l);
  });

  it("keeping an event that has a card anyway (focusing it) moves no card: the page does not jump under the keyboard", () => {
    const t = makeTimeline([{ when: "2018-06-12/2019-01-18", status: "ongoing", title: "Sanctions stay in place" }, { when: "2018-06-12", title: "Summit" }, { when: "2018-06-13", title: "Next day" }, { when: "2018-06-14" }]);
    const places = (l: VerticalLayout) => l.cards.map((c) => [c.event.id, c.topPx]).sort();
    const free = layout(t);
    for (const id of ["e0", "e1", "e2", "e3"]) expect(places(layout(t, { keepIds: new Set([id]) })), id).toEqual(places(free));
  });

  it("counts the events before and after the range and places none of them", () => {
    const t = makeTimeline([{ when: "2017-03-01" }, { when: "2018-06-12" }, { when: "2019-06-01" }, { when: "2019-07-01" }]);
    const l = layout(t);
    expect(l.earlier).toBe(1);
    expect(l.later).toBe(2);
    expect(l.marks.map((m) => m.event.id)).toEqual(["e1"]);
  });

  it("a span beyond the range is cut: no arrow or deadline line at an end that is not shown", () => {
    const t = makeTimeline([{ when: "2018-06-12/2019-01-18", status: "ongoing" }]);
    const l = layout(t, { viewport: { startDay: dayOf(2018, 8, 1), endDay: dayOf(2018, 10, 31) } });
    expect(l.marks[0]).toMatchObject({ cutStart: true, cutEnd: true });
    // Its card sits at the top of the spine, where its bar enters the range.
    expect(l.cards[0].anchorYPx).toBeGreaterThanOrEqual(l.topPx);
  });

  it("ticks down the spine name months, with the year where it starts, and leave room for the 'as of' label", () => {
    const t = makeTimeline([{ when: "2018-06-12" }]);
    const l = layout(t);
    const labelled = l.ticks.filter((tick) => tick.label);
    expect(labelled.length).toBeGreaterThan(4);
    for (let i = 1; i < l.ticks.length; i++) expect(l.ticks[i].yPx).toBeGreaterThan(l.ticks[i - 1].yPx);
    expect(labelled.some((tick) => tick.sublabel === "2019" || tick.label === "2019")).toBe(true);
    expect(l.asOf?.lines).toEqual(["As of", "18 Jan", "2019"]);
    expect(l.asOf!.yPx).toBeCloseTo(l.yOfDay(dayOf(2019, 1, 19)));
    for (const tick of labelled) expect(tick.yPx + 7 < l.asOf!.yPx - 2 || tick.yPx - 7 > l.asOf!.yPx + 4 + 3 * 14).toBe(true);
  });

  it("cards fit the width; titles wrap to the lines their height has", () => {
    const t = makeTimeline([{ when: "2018-06-12", title: "A rather long title that will certainly need more than one line on a phone" }, { when: "2018-10-01", title: "Short" }]);
    for (const widthPx of [320, 360, 390, 480]) {
      const l = layout(t, { widthPx });
      for (const card of l.cards) {
        expect(card.topPx).toBeGreaterThanOrEqual(0);
        expect(l.cardXPx + l.cardWidthPx).toBeLessThanOrEqual(widthPx);
        expect(card.heightPx).toBe(cardHeight(card.lines));
      }
      expect(l.cards[0].lines).toBeGreaterThan(1);
      expect(l.cards[1].lines).toBe(1);
    }
  });

  it("a date too long for one line takes two, and the card is that much taller: a span's end is never cut off", () => {
    const t = makeTimeline([{ when: "2018-06-12/2019-01-18", status: "ongoing", title: "Short" }, { when: "2018-10-01", title: "Short" }]);
    const whenFor = (e: (typeof t.events)[number]) => (e.id === "e0" ? "12 June 2018 – 18 January 2019" : "1 October 2018");
    // 8 px a character: the span's dates need 240 px, more than a card has at 320 px.
    const l = layout(t, { widthPx: 320, whenFor, measureWhen: (text) => text.length * 8 });
    const card = (id: string) => l.cards.find((c) => c.event.id === id)!;
    expect(card("e0").whenLines).toBe(2);
    expect(card("e1").whenLines).toBe(1);
    expect(card("e0").heightPx).toBe(cardHeight(1, 2));
    expect(cardHeight(1, 2) - cardHeight(1)).toBe(CARD_WHEN_PX);
    expectApart(l);
    // Wide enough, one line.
    expect(layout(t, { widthPx: 480, whenFor, measureWhen: () => 100 }).cards.every((c) => c.whenLines === 1)).toBe(true);
  });

  it("any events, any range: cards and groups never overlap, fit the width, and account for every event in range", () => {
    const event = fc.record({
      start: fc.integer({ min: 0, max: 500 }),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 })),
      ongoing: fc.boolean(),
      title: fc.string({ minLength: 1, maxLength: 80 }),
    });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 60 }), fc.integer({ min: 3, max: 700 }), fc.integer({ min: -100, max: 400 }), fc.integer({ min: 300, max: 480 }), fc.option(fc.integer({ min: 300, max: 3000 })), (specs, span, offset, widthPx, spineLengthPx) => {
        const base = dayOf(2018, 1, 1);
        const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
        const t = makeTimeline(specs.map((s) => ({ when: s.length === 0 ? iso(base + s.start) : `${iso(base + s.start)}/${iso(base + s.start + s.length)}`, title: s.title.trim() || "x", status: s.length > 0 && s.ongoing ? "ongoing" : "happened" })));
        const viewport = { startDay: base + offset, endDay: base + offset + span - 1 };
        // A short spine crowds them into groups; the length a timeline gets seldom does.
        const l = layout(t, { viewport, widthPx, spineLengthPx: spineLengthPx ?? spineLengthFor(t.events, widthPx, measureTitle) });
        expectApart(l);
        const inRange = t.events.filter((e) => e.extent.endDay + 1 > viewport.startDay && e.extent.startDay < viewport.endDay + 1).length;
        expect(l.cards.length + l.clusters.reduce((n, c) => n + c.count, 0)).toBe(inRange);
        expect(l.earlier + l.later + inRange).toBe(t.events.length);
        expect(l.cardXPx + l.cardWidthPx).toBeLessThanOrEqual(widthPx);
        // Time runs down: a later start is never drawn higher, and a span has length.
        // (A point sits in the middle of its day.)
        const startY = (m: (typeof l.marks)[number]) => (m.shape === "point" ? m.y0Px - l.pxPerDay / 2 : m.y0Px);
        const byStart = [...l.marks].sort((a, b) => a.event.extent.startDay - b.event.extent.startDay);
        for (let i = 1; i < byStart.length; i++) expect(startY(byStart[i])).toBeGreaterThanOrEqual(startY(byStart[i - 1]) - 1e-6);
        for (const mark of l.marks) if (mark.shape !== "point") expect(mark.y1Px - mark.y0Px).toBeGreaterThanOrEqual(3 - 1e-9);
        for (const card of l.cards) {
          expect(card.lines).toBeLessThanOrEqual(CARD_MAX_LINES);
          // Pushed down at most MAX_DRIFT_PX past the last place it may meet its mark.
          expect(card.topPx + CARD_ANCHOR_PX - card.mark.y1Px).toBeLessThanOrEqual(MAX_DRIFT_PX + 1);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("wrappedLines", () => {
  it("breaks at spaces, and a word wider than a line takes lines of its own", () => {
    const m = (s: string) => s.length * 10;
    expect(wrappedLines("aaa bbb ccc", 70, m)).toBe(2);
    expect(wrappedLines("aaa bbb ccc", 110, m)).toBe(1);
    expect(wrappedLines("aaaaaaaaaaaaaaaaaaaa", 50, m)).toBe(4);
    expect(wrappedLines("", 50, m)).toBe(1);
  });
});

describe("centreItems", () => {
  it("puts items where they want to be when they do not collide, and centres a crowd on its wishes", () => {
    expect(centreItems([{ preferPx: 10, heightPx: 20 }, { preferPx: 100, heightPx: 20 }], 5)).toEqual([10, 100]);
    // Two wanting the same place straddle it.
    expect(centreItems([{ preferPx: 100, heightPx: 20 }, { preferPx: 100, heightPx: 20 }], 10)).toEqual([85, 115]);
    // Never above the top.
    expect(centreItems([{ preferPx: 0, heightPx: 20 }, { preferPx: 0, heightPx: 20 }], 10)).toEqual([0, 30]);
  });
});

describe("spineLengthFor", () => {
  it("about a card's height per event, longer where titles wrap more, within bounds", () => {
    const t = makeTimeline(Array.from({ length: 25 }, (_, i) => ({ when: "2018-06-12", title: `Event ${i} with a title of a few words` })));
    const narrow = spineLengthFor(t.events, 320, measureTitle);
    const wide = spineLengthFor(t.events, 480, measureTitle);
    expect(narrow).toBeGreaterThanOrEqual(wide);
    expect(wide).toBeGreaterThanOrEqual(25 * (cardHeight(1) + CARD_GAP_PX));
    expect(spineLengthFor([], 360, measureTitle)).toBeGreaterThan(0);
    // Dates that take two lines make the cards, and so the spine, longer.
    const twoLineDates = spineLengthFor(t.events, 360, measureTitle, undefined, { whenFor: () => "12 June 2018 – 18 January 2019", measureWhen: (text) => text.length * 12 });
    expect(twoLineDates).toBe(Math.round(spineLengthFor(t.events, 360, measureTitle) + 25 * CARD_WHEN_PX));
    const many = makeTimeline(Array.from({ length: 2000 }, () => ({ when: "2018-06-12" })));
    expect(spineLengthFor(many.events, 360, measureTitle)).toBeLessThanOrEqual(6000);
  });
});
