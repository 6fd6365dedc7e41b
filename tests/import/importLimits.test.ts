/**
 * Files within the size and event limits that used to cost seconds of work or gigabytes of
 * problems: the work is bounded and the report stays short, with the rest counted.
 */
import { describe, expect, it } from "vitest";
import { importAny, MAX_FULL_PARSER_DATES, MAX_LISTED_ISSUES, summariseImport } from "../../src/import";
import { countIssues } from "../../src/domain/issuePath";
import { fullParserReads } from "../../src/domain/parseFuzzyDate";
import { isoOfDay } from "../../src/domain/fuzzyDate";
import { edtfSetDataset, slowDateDataset, unknownActorsDataset } from "../fixtures/makeHostileInputs";

describe("bounded parsing work", () => {
  it("20,000 events dated by eight-day EDTF sets are refused with a report, none of them read by the full parser", () => {
    const before = fullParserReads();
    const result = importAny(edtfSetDataset(20_000));
    expect(fullParserReads() - before).toBe(0);
    expect(result.dataset).toBeUndefined();
    expect(summariseImport(result)).toMatch(/^Nothing imported: none of the 20,000 events could be used; the first: events\[0\]\.when: .*only the sets/);
  }, 60_000);

  it("more dates in forms only the full parser reads than it may read: refused at once, the limit and the first such date named", () => {
    const before = fullParserReads();
    const result = importAny(slowDateDataset(MAX_FULL_PARSER_DATES + 500));
    // The generator's dates start on 1990-01-01 (day 7,305), one a day.
    const firstUnread = `${isoOfDay(7305 + MAX_FULL_PARSER_DATES)}T12:00:00Z`;
    expect(fullParserReads() - before).toBeLessThanOrEqual(MAX_FULL_PARSER_DATES);
    expect(result.dataset).toBeUndefined();
    expect(result.issues).toEqual([
      {
        path: "(the file)",
        message: expect.stringMatching(new RegExp(`more than ${MAX_FULL_PARSER_DATES.toLocaleString("en")} different dates .*"${firstUnread}".*2018-06-12`)),
        severity: "error",
      },
    ]);
  }, 60_000);

  it("as many such dates as the full parser may read are all read: the file opens", () => {
    const result = importAny(slowDateDataset(200));
    expect(result.dataset?.events).toHaveLength(200);
  });
});

describe("problems are counted, not hoarded", () => {
  it("6,000 events each naming 50 unknown actors: a few thousand problems listed, the rest counted per kind with an example", () => {
    const result = importAny(unknownActorsDataset(6_000));
    expect(result.issues.length).toBeLessThanOrEqual(MAX_LISTED_ISSUES + 10);
    const counts = countIssues(result.issues);
    // 50 unknown actors and a missing quote per event, and "none of its events could be used".
    expect(counts).toEqual({ total: 6_000 * 51 + 1, errors: 6_000 * 50 + 1, warnings: 6_000 });
    const tail = result.issues.filter((i) => (i.count ?? 1) > 1);
    expect(tail.map((i) => i.message)).toEqual([
      expect.stringMatching(/^\d{3},\d{3} more problems of this kind, not listed one by one; the first: unknown actor "[a-z]+" \(add it to "actors" or fix the spelling\)$/),
      expect.stringMatching(/^\d,\d{3} more problems of this kind, not listed one by one; the first: has no quote/),
    ]);
    for (const issue of tail) expect(issue.path).toMatch(/^events\[\d+\]/);
    expect(summariseImport(result)).toMatch(/\(and 299,999 more problems\)$/);
  }, 60_000);
});
