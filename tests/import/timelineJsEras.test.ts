import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importTimelineJs } from "../../src/import/timelineJs";
import { importTimelineJsCsv } from "../../src/import/timelineJsCsv";
import { formatFuzzyDate } from "../../src/domain/fuzzyDate";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";
import { toTimeline } from "../../src/domain/toTimeline";
import { edtfOfParts, readTimelineJsDate } from "../../src/import/timelineJsDate";
import { timelineJsDatesOf } from "../../src/import/timelineJsDatesOf";
import { toTimelineJs } from "../../src/export/toTimelineJs";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");
const options = { importedOn: "2026-12-02" };
const words = (edtf: string) => formatFuzzyDate(fuzzyDate(edtf));

describe("TimelineJS years before the common era: -3500 is 3500 BCE (TimelineJS has no year 0)", () => {
  it("a TimelineJS year becomes EDTF's astronomical year, one nearer zero below 1", () => {
    expect(edtfOfParts({ year: -3500 })).toBe("-3499");
    expect(edtfOfParts({ year: -44, month: 3, day: 15 })).toBe("-0043-03-15");
    expect(edtfOfParts({ year: -1 })).toBe("0000");
    expect(edtfOfParts({ year: 33, month: 4, day: 3 })).toBe("0033-04-03");
    expect(words(edtfOfParts({ year: -3500 }))).toBe("3500 BCE");
    expect(words(edtfOfParts({ year: -44, month: 3, day: 15 }))).toBe("15 March 44 BCE");
  });

  it("years beyond four digits become EDTF Y-years, down to the Big Bang", () => {
    expect(edtfOfParts({ year: -13_800_000_000 })).toBe("Y-13799999999");
    expect(words(edtfOfParts({ year: -13_800_000_000 }))).toBe("13.8 billion BCE");
    expect(edtfOfParts({ year: -315_000 })).toBe("Y-314999");
    expect(words(edtfOfParts({ year: -315_000 }))).toBe("315,000 BCE");
    expect(readTimelineJsDate({ year: "-13800000000" }).parts).toEqual({ year: -13_800_000_000 });
    expect(readTimelineJsDate({ year: 1e12 }).error).toMatch(/outside the years/);
  });

  it("exports back to TimelineJS's years, so a round trip keeps the era", () => {
    expect(timelineJsDatesOf("-3499")).toEqual({ start_date: { year: -3500 } });
    expect(timelineJsDatesOf("-0043-03-15")).toEqual({ start_date: { year: -44, month: 3, day: 15 } });
    expect(timelineJsDatesOf("Y-13799999999")).toEqual({ start_date: { year: -13_800_000_000 } });
  });

  it("the spreadsheet template follows the same convention", () => {
    const csv = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n-3500,,,,,,,,,Wheel,\n-44,3,15,,,,,,,Ides of March,\n";
    const result = importTimelineJsCsv(csv, options);
    expect(result.dataset!.events.map((e) => words(e.when))).toEqual(["3500 BCE", "15 March 44 BCE"]);
  });
});

describe("TimelineJS's cosmological examples open whole", () => {
  it("cosmo.json: all 7 events, each dated in its era", () => {
    const result = importTimelineJs(fixture("timelinejs-cosmo.json"), options);
    expect(result.skipped).toEqual([]);
    const timeline = toTimeline(result.dataset!, fuzzyDate);
    expect(timeline.events).toHaveLength(7);
    const byTitle = new Map(timeline.events.map((e) => [e.title, formatFuzzyDate(e.when)]));
    expect(byTitle.get("The Big Bang")).toBe("13.8 billion BCE");
    expect(byTitle.get("Paleozoic era")).toBe("538.8 million BCE – 251.902 million BCE");
    expect(byTitle.get("oldest known depiction of a wheeled vehicle")).toBe("3500 BCE");
    expect(result.issues.map((i) => i.message).join("\n")).not.toMatch(/left out/);
  });

  it("cosmo-mixed.json: all 11 events, deep time beside calendar days", () => {
    const result = importTimelineJs(fixture("timelinejs-cosmo-mixed.json"), options);
    expect(result.skipped).toEqual([]);
    const timeline = toTimeline(result.dataset!, fuzzyDate);
    expect(timeline.events).toHaveLength(11);
    expect(timeline.events[0].title).toBe("The Big Bang");
    expect(formatFuzzyDate(timeline.events.find((e) => e.title === "Julius Caesar is killed")!.when)).toBe("15 March 44 BCE");
    expect(timeline.asOfDay).toBeUndefined();
  });

  it("exported to TimelineJS and read again, every date is the same", () => {
    const first = importTimelineJs(fixture("timelinejs-cosmo-mixed.json"), options).dataset!;
    const again = importTimelineJs(toTimelineJs(first), options).dataset!;
    expect(again.events.map((e) => e.when)).toEqual(first.events.map((e) => e.when));
  });
});
