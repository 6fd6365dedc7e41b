import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, filterEvents, matchRanges } from "../../src/domain/filterEvents";
import { makeTimeline } from "../fixtures/makeTimeline";

const t = makeTimeline([
  { title: "Singapore summit", actors: ["us", "dprk"], category: "summit", evidence: [{ source: "bbc", quote: "historic summit in Singapore" }] },
  { title: "Kim visits Washington", actors: ["dprk"], category: "visit", status: "happened", when: "2019-01-18", place: "Washington, DC", evidence: [{ source: "bbc", quote: "visited the White House" }] },
  { title: "Second summit", actors: ["us", "dprk"], category: "summit", status: "planned", when: "[..2019-02-28]", summary: "Venue not yet announced", evidence: [{ source: "bbc", quote: "a second summit" }] },
]);
const titles = (f: Partial<typeof EMPTY_FILTER>) => filterEvents(t.events, { ...EMPTY_FILTER, ...f }).map((e) => e.title);

describe("filterEvents", () => {
  it("shows everything without a filter", () => {
    expect(titles({})).toHaveLength(3);
  });
  it("filters by actor (any of), category and status", () => {
    expect(titles({ actors: ["us"] })).toEqual(["Singapore summit", "Second summit"]);
    expect(titles({ categories: ["visit"] })).toEqual(["Kim visits Washington"]);
    expect(titles({ statuses: ["planned"] })).toEqual(["Second summit"]);
    expect(titles({ categories: ["summit"], statuses: ["happened"] })).toEqual(["Singapore summit"]);
  });
  it("searches titles, summaries, quotes and places, every word, ignoring case and accents", () => {
    expect(titles({ query: "VENUE" })).toEqual(["Second summit"]);
    expect(titles({ query: "historic singapore" })).toEqual(["Singapore summit"]);
    expect(titles({ query: "washington dc" })).toEqual(["Kim visits Washington"]);
    expect(titles({ query: "Sümmit" })).toEqual(["Singapore summit", "Second summit"]);
    expect(titles({ query: "pyongyang" })).toEqual([]);
  });
});

describe("matchRanges", () => {
  it("finds every occurrence of every word, merged", () => {
    expect(matchRanges("Summit in Singapore, a summit", "summit")).toEqual([
      [0, 6],
      [23, 29],
    ]);
    expect(matchRanges("Séoul talks", "seoul")).toEqual([[0, 5]]);
    expect(matchRanges("anything", "  ")).toEqual([]);
  });
});
