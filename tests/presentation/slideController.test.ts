import { describe, expect, it } from "vitest";
import {
  SlideController,
  buildSlides,
  frameEvent,
  viewportOfEdtf,
  MIN_CONTEXT_DAYS,
} from "../../src/presentation/slideController";
import { searchWithStep, stepFromSearch } from "../../src/presentation/step";
import { presentationSettings, searchWithPresentation, startIndex } from "../../src/presentation/presentationSettings";
import { viewportLimits, spanOf } from "../../src/layout/viewport";
import { asOfDays, fitViewport } from "../../src/layout/viewport";
import { dayOf } from "../../src/domain/fuzzyDate";
import { filterEvents } from "../../src/domain/filterEvents";
import { makeTimeline } from "../fixtures/makeTimeline";

const timeline = makeTimeline([
  { id: "summit", when: "2018-06-12" },
  { id: "visit", when: "2019-01-17/2019-01-18", category: "visit" },
  { id: "test", when: "2018-11" },
  { id: "deadline", when: "[..2019-02-28]", status: "planned" },
]);
const ids = (slides: { eventId: string }[]) => slides.map((s) => s.eventId);

describe("building the steps", () => {
  it("without a story, one step per event in date order", () => {
    expect(ids(buildSlides(timeline.events))).toEqual(["summit", "test", "visit", "deadline"]);
  });

  it("with a story, the story's steps in the story's order, with their notes", () => {
    const story = { steps: [{ event: "visit", note: "Start with the news" }, { event: "summit" }] };
    const slides = buildSlides(timeline.events, { story });
    expect(ids(slides)).toEqual(["visit", "summit"]);
    expect(slides[0].note).toBe("Start with the news");
    expect(slides[1]).not.toHaveProperty("note");
  });

  it("order=date ignores the story", () => {
    const story = { steps: [{ event: "visit" }] };
    expect(ids(buildSlides(timeline.events, { story, order: "date" }))).toEqual(["summit", "test", "visit", "deadline"]);
  });

  it("a filter drops story steps whose event is filtered out, and falls back to date order when none is left", () => {
    const story = { steps: [{ event: "visit" }, { event: "summit" }] };
    const visits = filterEvents(timeline.events, { actors: [], categories: ["visit"], statuses: [], query: "" });
    expect(ids(buildSlides(visits, { story }))).toEqual(["visit"]);
    const planned = filterEvents(timeline.events, { actors: [], categories: [], statuses: ["planned"], query: "" });
    expect(ids(buildSlides(planned, { story }))).toEqual(["deadline"]);
  });

  it("no events, no steps", () => {
    expect(buildSlides([])).toEqual([]);
  });

  it("a step frames its event with context around it", () => {
    const slides = buildSlides(timeline.events);
    const summitDay = dayOf(2018, 6, 12);
    const frame = slides[0].viewport;
    expect(frame.startDay).toBeLessThan(summitDay);
    expect(frame.endDay).toBeGreaterThan(summitDay);
    expect(spanOf(frame)).toBeGreaterThanOrEqual(MIN_CONTEXT_DAYS);
  });

  it("a long event is framed whole", () => {
    const long = makeTimeline([{ id: "state", when: "2018-01-01/2019-01-18", status: "ongoing" }]).events[0];
    const frame = frameEvent(long, 30);
    expect(frame.startDay).toBeLessThan(long.extent.startDay);
    expect(frame.endDay).toBeGreaterThan(long.extent.endDay);
  });

  it("a story step's view (an EDTF interval) is the frame, kept inside the limits", () => {
    const limits = viewportLimits(fitViewport(timeline.events, asOfDays(timeline)));
    const slides = buildSlides(timeline.events, { story: { steps: [{ event: "summit", view: "2018-01/2019-03" }] }, limits });
    expect(slides[0].viewport).toEqual({ startDay: dayOf(2018, 1, 1), endDay: dayOf(2019, 3, 31) });
    const wide = buildSlides(timeline.events, { story: { steps: [{ event: "summit", view: "1900/2100" }] }, limits });
    expect(wide[0].viewport.startDay).toBeGreaterThanOrEqual(limits.minDay);
    expect(spanOf(wide[0].viewport)).toBeLessThanOrEqual(limits.maxSpanDays + 1e-9);
  });

  it("an unusable view falls back to framing the event", () => {
    expect(viewportOfEdtf("not a date")).toBeUndefined();
    expect(viewportOfEdtf("[..2019-02-28]")).toBeUndefined();
    const slides = buildSlides(timeline.events, { story: { steps: [{ event: "summit", view: "nonsense" }] } });
    expect(slides[0].viewport).toEqual(buildSlides(timeline.events)[0].viewport);
  });
});

describe("SlideController", () => {
  const slides = buildSlides(timeline.events);

  it("moves next and previous, and stops at the ends", () => {
    let c = new SlideController(slides);
    expect(c.position).toBe(1);
    expect(c.isFirst).toBe(true);
    expect(c.previous()).toBe(c);
    c = c.next().next();
    expect(c.current?.eventId).toBe("visit");
    expect(c.upcoming?.eventId).toBe("deadline");
    c = c.next();
    expect(c.isLast).toBe(true);
    expect(c.upcoming).toBeUndefined();
    expect(c.next()).toBe(c);
    expect(c.previous().current?.eventId).toBe("visit");
  });

  it("first and last, and going to an event", () => {
    const c = new SlideController(slides, 2);
    expect(c.first().index).toBe(0);
    expect(c.last().position).toBe(4);
    expect(c.goToEvent("test").index).toBe(1);
    expect(c.goToEvent("no-such-event")).toBe(c);
  });

  it("clamps an index from outside, and copes with no steps", () => {
    expect(new SlideController(slides, 99).index).toBe(3);
    expect(new SlideController(slides, -5).index).toBe(0);
    expect(new SlideController(slides, Number.NaN).index).toBe(0);
    const empty = new SlideController([]);
    expect(empty.count).toBe(0);
    expect(empty.position).toBe(0);
    expect(empty.current).toBeUndefined();
    expect(empty.next()).toBe(empty);
  });
});

describe("the step in the URL", () => {
  it("round-trips, 1-based, keeping every other parameter", () => {
    const search = searchWithStep("?mode=present&categories=visit,summit", 3);
    expect(search).toBe("?mode=present&categories=visit,summit&step=4");
    expect(stepFromSearch(search, 4)).toBe(3);
    for (let i = 0; i < 4; i++) expect(stepFromSearch(searchWithStep("?mode=present", i), 4)).toBe(i);
  });

  it("ignores a step that is not one", () => {
    for (const bad of ["0", "5", "-1", "2.5", "two", "", "1e3", "99999999"]) {
      expect(stepFromSearch(`?step=${bad}`, 4), bad).toBeUndefined();
    }
    expect(stepFromSearch("?mode=present", 4)).toBeUndefined();
  });

  it("an invalid step starts at the first (or at the event the link names) and says so", () => {
    const slides = buildSlides(timeline.events);
    expect(startIndex("?step=9", slides)).toEqual({ index: 0, ignored: "step=9 (there are 4 steps)" });
    expect(startIndex("?step=x&event=visit", slides).index).toBe(2);
    expect(startIndex("?event=test", slides)).toEqual({ index: 1, ignored: undefined });
    expect(startIndex("?step=2&event=visit", slides)).toEqual({ index: 1 });
  });

  it("reads the presentation's options and writes them back", () => {
    expect(presentationSettings("?mode=present")).toMatchObject({ order: "story", reveal: "mute", grouping: undefined });
    const s = presentationSettings("?mode=present&steps=all&reveal=hide&lanes=actor&categories=visit&status=nonsense");
    expect(s).toMatchObject({ order: "date", reveal: "hide", grouping: "actor" });
    expect(s.filter.categories).toEqual(["visit"]);
    expect(s.ignored.join()).toMatch(/status: nonsense/);
    expect(searchWithPresentation("?mode=present&step=2", { order: "date", reveal: "hide" })).toBe("?mode=present&step=2&steps=all&reveal=hide");
    expect(searchWithPresentation("?mode=present&steps=all&reveal=hide", { order: "story", reveal: "mute" })).toBe("?mode=present");
  });
});

describe("framing", () => {
  it("puts most of the context before a short event: what led to it", () => {
    const event = timeline.events.find((e) => e.id === "summit")!;
    const frame = frameEvent(event, 100);
    const before = event.extent.startDay - frame.startDay;
    const after = frame.endDay - event.extent.endDay;
    expect(before).toBeGreaterThan(1.8 * after);
    expect(spanOf(frame)).toBeCloseTo(100 * 1.2);
  });
});
