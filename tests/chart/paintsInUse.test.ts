import { describe, expect, it } from "vitest";
import { paintsInUse } from "../../src/chart/paintsInUse";
import { categoryColourIndex } from "../../src/chart/palette";
import { makeTimeline } from "../fixtures/makeTimeline";

const categories = [
  { id: "summit", label: "Summit" },
  { id: "visit", label: "Visit" },
  { id: "test", label: "Weapons test" },
];

describe("paintsInUse", () => {
  it("asks for a soft band per colour with an uncertain day and a hatch per colour with a deadline, each once", () => {
    const timeline = makeTimeline(
      [
        { category: "summit", when: "2018-06" },
        { category: "summit", when: "2018-07" },
        { category: "visit", when: "[..2019-02-28]", status: "planned" },
        { category: "test", when: "2018-11-29" },
        { category: "test", when: "2018-06-12/2018-06-14" },
      ],
      { categories },
    );
    const colourOf = categoryColourIndex(timeline.categories);
    expect(paintsInUse(timeline.events, colourOf)).toEqual({ soft: [colourOf("summit")], hatch: [colourOf("visit")] });
  });

  it("asks for none when every event has its day", () => {
    const timeline = makeTimeline([{ when: "2018-06-12" }, { when: "2018-06-12/2018-06-14" }], { categories });
    expect(paintsInUse(timeline.events, categoryColourIndex(timeline.categories))).toEqual({ soft: [], hatch: [] });
  });

  it("gives the slots in the order the events first use them", () => {
    const timeline = makeTimeline(
      [
        { category: "test", when: "2018" },
        { category: "summit", when: "2018-07~" },
      ],
      { categories },
    );
    const colourOf = categoryColourIndex(timeline.categories);
    // The timeline is in date order: the July band comes after the whole year's.
    expect(paintsInUse(timeline.events, colourOf).soft).toEqual([colourOf("test"), colourOf("summit")]);
  });
});
