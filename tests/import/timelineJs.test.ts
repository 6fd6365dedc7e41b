import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importTimelineJs } from "../../src/import/timelineJs";
import { parseFuzzyDate } from "../../src/domain/parseFuzzyDate";
import { edtfOfParts, readTimelineJsDate } from "../../src/import/timelineJsDate";
import { timelineJsDatesOf } from "../../src/import/timelineJsDatesOf";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");
const options = { fileName: "houston.json", importedOn: "2025-01-01" };

describe("importTimelineJs: the Whitney Houston example", () => {
  const houston = JSON.parse(fixture("timelinejs-houston.json"));
  const result = importTimelineJs(fixture("timelinejs-houston.json"), options);
  const events = result.dataset!.events;

  it("imports every event, in order, with its headline as title", () => {
    expect(result.eventCount).toBe(18);
    expect(events).toHaveLength(18);
    expect(result.skipped).toEqual([]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(events.map((e) => e.title)).toEqual(houston.events.map((e: { text: { headline: string } }) => e.text.headline.replace(/<[^>]*>/g, "").trim()));
  });

  it("dates each event at the precision the file gives: a year is a year, not 1 January", () => {
    expect(events[0].when).toBe("1963-08-09");
    expect(events[1].when).toBe("1978");
    expect(parseFuzzyDate(events[1].when)).toMatchObject({ ok: true, date: { precision: "year" } });
    expect(events[17].when).toBe("2012-02-11");
    const precisions = events.map((e) => (parseFuzzyDate(e.when) as { date: { precision: string } }).date.precision);
    expect(precisions.filter((p) => p === "day")).toHaveLength(2);
    expect(precisions.filter((p) => p === "year")).toHaveLength(16);
  });

  it("turns HTML into safe plain text", () => {
    expect(result.dataset!.title).toBe("Whitney Houston 1963 - 2012");
    expect(events[0].summary).toBe(
      "Born in New Jersey on August 9th, 1963, Houston grew up surrounded by the music business. Her mother is gospel singer Cissy Houston and her cousins are Dee Dee and Dionne Warwick.",
    );
    expect(events[2].summary).toContain("for the Bodyguard soundtrack");
    const everything = JSON.stringify(result.dataset);
    expect(everything).not.toMatch(/<[a-z/!]/i);
    expect(everything).not.toContain("href");
  });

  it("keeps media credits as text, without their links", () => {
    expect(events[0].evidence[0].note).toBe("Media credit: Cissy Houston photo:Tom Marcello Dionne Warwick: CBS Television via Wikimedia Commons");
    expect(events[1].evidence[0].note).toBe("Media credit: Unidisc Music");
  });

  it("records the file as the source (undated: the day of import is no publication day), and says the text is not a verbatim quote", () => {
    expect(result.dataset!.sources).toEqual([{ id: "imported-file", publisher: "Unknown publisher", title: "houston.json" }]);
    expect(events.every((e) => e.evidence[0].source === "imported-file" && e.evidence[0].quote)).toBe(true);
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: "warning", message: expect.stringMatching(/no quotes.*not a verbatim quote/) }));
  });

  it("gives ids from headlines, unique", () => {
    expect(events[0].id).toBe("a-musical-heritage");
    expect(new Set(events.map((e) => e.id)).size).toBe(18);
  });

  it("reports every lossy mapping as a warning", () => {
    const messages = result.issues.map((i) => i.message).join("\n");
    expect(messages).toMatch(/HTML formatting was removed/);
    expect(messages).toMatch(/media\) were not imported/);
    expect(messages).toMatch(/do not say whether events happened: 18 events .* "happened"/);
  });
});

describe("importTimelineJs: eras, groups, end dates, times and bad dates", () => {
  const result = importTimelineJs(fixture("timelinejs-diplomacy.json"), { importedOn: "2019-01-18" });
  const byTitle = new Map(result.dataset!.events.map((e) => [e.title, e]));

  it("decodes the title's entities and drops its markup", () => {
    expect(result.dataset!.title).toBe("Trump & Kim: the road to Hanoi");
    expect(result.dataset!.description).toBe("From the Singapore summit to the second summit.");
  });

  it("maps precision, spans and display dates honestly", () => {
    expect(byTitle.get("Singapore summit")!.when).toBe("2018-06-12");
    expect(byTitle.get("Weapons test")).toMatchObject({ when: "2017-11", timePhrase: "last November" });
    expect(byTitle.get("Kim Yong-chol visits Washington")!.when).toBe("2019-01-17/2019-01-19");
    expect(byTitle.get("A year-only event")).toMatchObject({ when: "2019", status: "planned" });
  });

  it("drops the time of day with a warning at its place", () => {
    expect(result.issues).toContainEqual({ path: "events[0].start_date", message: expect.stringMatching(/hour "9", minute "0": dropped/), severity: "warning" });
  });

  it("turns groups into categories and eras into events in the category Era", () => {
    expect(result.dataset!.categories.map((c) => c.label)).toEqual(["Summit", "Weapons test", "Visit", "Era"]);
    expect(byTitle.get("Singapore summit")!.category).toBe("summit");
    expect(byTitle.get("Spring diplomacy")).toMatchObject({ when: "2018-03/2018-06", category: "era" });
  });

  it("slugifies and deduplicates unique_id, warning when it changes", () => {
    expect(byTitle.get("Singapore summit")!.id).toBe("singapore-summit");
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "events[0].unique_id", message: expect.stringMatching(/"Singapore Summit" became the id "singapore-summit"/) }));
  });

  it("drops javascript: links in credits to their text", () => {
    expect(byTitle.get("Singapore summit")!.evidence[0].note).toBe("Media credit: Photo: White House");
    expect(JSON.stringify(result.dataset)).not.toContain("javascript");
  });

  it("skips events with no year, an impossible day or an end before the start, each with its place", () => {
    expect(result.eventCount).toBe(8);
    expect(result.dataset!.events).toHaveLength(5);
    expect(result.skipped.map((s) => [s.place, s.title])).toEqual([
      ["events[4]", "No year"],
      ["events[5]", "Impossible day"],
      ["events[6]", "Ends before it starts"],
    ]);
    expect(result.issues).toContainEqual({ path: "events[5].start_date", message: expect.stringMatching(/day 30 does not exist \(February 2019 has 28 days\)/), severity: "error" });
    expect(result.issues).toContainEqual({ path: "events[6].end_date", message: expect.stringMatching(/before the start.*Swap/), severity: "error" });
  });
});

describe("importTimelineJs: not a timeline", () => {
  it.each([
    ["[]", /TimelineJS object/],
    ['{"events": 5}', /must be a list of events/],
    ['{"title": {}}', /"events".*is missing|is missing/],
    ['{"events": [null, "x", {"text": {"headline": "no date"}}]}', /none of its 3 events could be used/],
  ])("%s gives a clear report", (text, message) => {
    const result = importTimelineJs(text);
    expect(result.dataset).toBeUndefined();
    expect(result.issues.map((i) => i.message).join("\n")).toMatch(message);
  });
});

describe("TimelineJS dates", () => {
  it("reads any subset of year, month and day, as numbers or text", () => {
    expect(readTimelineJsDate({ year: "1963" }).parts).toEqual({ year: 1963 });
    expect(readTimelineJsDate({ year: 1963, month: "08" }).parts).toEqual({ year: 1963, month: 8 });
    expect(readTimelineJsDate({ year: -44, month: 3, day: 15 }).parts).toEqual({ year: -44, month: 3, day: 15 });
    expect(readTimelineJsDate({ year: 2019, day: 5 })).toMatchObject({ parts: { year: 2019 }, dropped: ["day 5 (given without a month)"] });
  });

  it("writes EDTF at the given precision", () => {
    expect(edtfOfParts({ year: 1963 })).toBe("1963");
    expect(edtfOfParts({ year: 1963, month: 8 })).toBe("1963-08");
    expect(edtfOfParts({ year: 33, month: 4, day: 3 })).toBe("0033-04-03");
    // TimelineJS -44 is 44 BCE, EDTF -0043.
    expect(edtfOfParts({ year: -44, month: 3, day: 15 })).toBe("-0043-03-15");
  });

  it("refuses what is not a date", () => {
    expect(readTimelineJsDate({ year: "1963.5" }).error).toMatch(/not a whole number/);
    expect(readTimelineJsDate({ year: 2019, month: 13 }).error).toMatch(/month 13/);
    expect(readTimelineJsDate({ year: 1e12 }).error).toMatch(/outside the years/);
    expect(readTimelineJsDate("2019").error).toMatch(/must be an object/);
  });

  it("exports each kind of EDTF date at its precision, with words where TimelineJS has none", () => {
    expect(timelineJsDatesOf("2018-06-12")).toEqual({ start_date: { year: 2018, month: 6, day: 12 } });
    expect(timelineJsDatesOf("2018-06")).toEqual({ start_date: { year: 2018, month: 6 } });
    expect(timelineJsDatesOf("2018")).toEqual({ start_date: { year: 2018 } });
    expect(timelineJsDatesOf("2019-01-07/2019-01-10")).toEqual({ start_date: { year: 2019, month: 1, day: 7 }, end_date: { year: 2019, month: 1, day: 10 } });
    expect(timelineJsDatesOf("2018-03/2018-06")).toEqual({ start_date: { year: 2018, month: 3 }, end_date: { year: 2018, month: 6 } });
    expect(timelineJsDatesOf("2018-11~")).toEqual({ start_date: { year: 2018, month: 11 }, display_date: "c. November 2018" });
    expect(timelineJsDatesOf("[..2019-02-28]")).toEqual({ start_date: { year: 2019, month: 2, day: 28 }, display_date: "by 28 February 2019" });
    expect(timelineJsDatesOf("[2019-01-18..2019-02-28]")).toMatchObject({ start_date: { year: 2019, month: 1, day: 18 }, end_date: { year: 2019, month: 2, day: 28 }, display_date: expect.stringMatching(/^between/) });
    expect(timelineJsDatesOf("not a date")).toBeUndefined();
  });
});
