import { describe, expect, it } from "vitest";
import { asOfView, publicationDays, timelineAsOf } from "../../src/domain/asOfView";
import { dayOfIso } from "../../src/domain/fuzzyDate";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";
import { toTimeline } from "../../src/domain/toTimeline";
import { validateDataset } from "../../src/domain/validateDataset";
import type { Dataset } from "../../src/domain/types";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

/** A plan reported on 18 January and its outcome reported on 28 February, as in the bundled timeline. */
function followedStory(): Dataset {
  const json = makeDataset(
    [
      makeEvent(),
      makeEvent({
        id: "second-summit",
        title: "Second summit",
        when: "[..2019-02-28]",
        timePhrase: "by the end of February",
        status: "planned",
        evidence: [{ source: "bbc", quote: "by the end of February" }],
        claims: [{ source: "bbc", when: "[..2019-02-28]", timePhrase: "by the end of February", status: "planned" }],
      }),
      makeEvent({
        id: "venue-named",
        title: "Venue named",
        when: "2019-02",
        status: "planned",
        place: "Hanoi",
        evidence: [{ source: "bbc", quote: "a second summit" }, { source: "wire", quote: "in Hanoi" }],
        claims: [
          { source: "bbc", when: "2019-02", status: "speculated" },
          { source: "wire", when: "2019-02-27/2019-02-28", status: "planned", place: "Hanoi" },
        ],
      }),
      makeEvent({
        id: "hanoi-summit",
        title: "Hanoi summit ends without agreement",
        when: "2019-02-27/2019-02-28",
        status: "happened",
        place: "Hanoi",
        evidence: [{ source: "wire", quote: "No agreement was reached at this time" }],
        links: [{ type: "outcome-of", event: "second-summit" }],
      }),
    ],
    {
      sources: [
        { id: "bbc", publisher: "BBC News", title: "Trump to meet Kim", published: "2019-01-18" },
        { id: "wire", publisher: "Wire", title: "No agreement in Hanoi", published: "2019-02-28" },
      ],
      story: { steps: [{ event: "second-summit" }, { event: "hanoi-summit", asOf: "2019-03-01" }] },
    },
  );
  const { dataset, issues } = validateDataset(json);
  expect(issues).toEqual([]);
  return dataset!;
}

describe("asOfView", () => {
  it("keeps only what had been reported by the day, with the latest claim by then", () => {
    const view = asOfView(followedStory(), "2019-01-18");
    expect(view.asOf).toBe("2019-01-18");
    expect(view.events.map((e) => [e.id, e.when, e.status, e.place])).toEqual([
      ["singapore-summit", "2018-06-12", "happened", undefined],
      ["second-summit", "[..2019-02-28]", "planned", undefined],
      // The wire's place and dates were not out yet.
      ["venue-named", "2019-02", "speculated", undefined],
    ]);
    expect(view.events[2].evidence).toEqual([{ source: "bbc", quote: "a second summit" }]);
    expect(view.events[2].claims).toHaveLength(1);
    expect(view.sources.map((s) => s.id)).toEqual(["bbc"]);
    // A story step about an event not reported yet is left out.
    expect(view.story?.steps.map((s) => s.event)).toEqual(["second-summit"]);
  });

  it("shows the outcome and the later claim once their source is published", () => {
    const view = asOfView(followedStory(), "2019-03-01");
    expect(view.events.map((e) => [e.id, e.when, e.status, e.place])).toEqual([
      ["singapore-summit", "2018-06-12", "happened", undefined],
      ["second-summit", "[..2019-02-28]", "planned", undefined],
      ["venue-named", "2019-02-27/2019-02-28", "planned", "Hanoi"],
      ["hanoi-summit", "2019-02-27/2019-02-28", "happened", "Hanoi"],
    ]);
    expect(view.events[3].links).toEqual([{ type: "outcome-of", event: "second-summit" }]);
  });

  it("reports nothing before the first source, and the view is still a valid dataset", () => {
    expect(asOfView(followedStory(), "2019-01-17").events).toEqual([]);
    for (const day of ["2019-01-18", "2019-02-27", "2019-02-28"]) {
      expect(validateDataset(asOfView(followedStory(), day)).issues).toEqual([]);
    }
  });

  it("drops a link whose other event is not known yet", () => {
    const dataset = followedStory();
    dataset.events[1] = { ...dataset.events[1], links: [{ type: "follows", event: "hanoi-summit" }] };
    expect(asOfView(dataset, "2019-01-18").events[1].links).toEqual([]);
  });
});

describe("timelineAsOf", () => {
  it("makes the same choice as asOfView on a parsed timeline, and moves the as-of day", () => {
    const dataset = followedStory();
    const timeline = toTimeline(dataset, fuzzyDate);
    for (const date of ["2019-01-18", "2019-03-01"]) {
      const shown = timelineAsOf(timeline, dayOfIso(date)!);
      const expected = toTimeline(asOfView(dataset, date), fuzzyDate);
      expect(shown.asOfDay).toBe(dayOfIso(date));
      expect(shown.events.map((e) => [e.id, e.when.edtf, e.status, e.place, e.extent])).toEqual(expected.events.map((e) => [e.id, e.when.edtf, e.status, e.place, e.extent]));
    }
  });

  it("lists only the sources published by the day", () => {
    const timeline = toTimeline(followedStory(), fuzzyDate);
    expect([...timelineAsOf(timeline, dayOfIso("2019-01-18")!).sources.keys()]).toEqual(["bbc"]);
    expect([...timelineAsOf(timeline, dayOfIso("2019-03-01")!).sources.keys()]).toEqual(["bbc", "wire"]);
  });

  it("offers each source's publication day once, oldest first", () => {
    const timeline = toTimeline(followedStory(), fuzzyDate);
    expect(publicationDays(timeline)).toEqual([dayOfIso("2019-01-18"), dayOfIso("2019-02-28")]);
  });
});
