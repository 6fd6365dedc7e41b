import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toTimelineJs, toTimelineJsObject } from "../../src/export";
import { importAny, importTimelineJs } from "../../src/import";
import { parseFuzzyDate } from "../../src/domain/parseFuzzyDate";
import { validateDataset } from "../../src/domain/validateDataset";
import type { Dataset } from "../../src/domain/types";
import { datasetArb, plainEdtfArb, qualifiedEdtfArb } from "./arbitraries";

const bundled = importAny(readFileSync(new URL("../../data/events.json", import.meta.url), "utf8")).dataset!;
const IMPORT_DAY = { importedOn: "2019-01-18" };

/** The file as TimelineJS itself would save it: without this app's extension fields. */
function withoutExtensions(text: string): string {
  const file = JSON.parse(text);
  for (const event of file.events) {
    delete event.edtf;
    delete event.status;
  }
  return JSON.stringify(file);
}

const parsed = (edtf: string) => {
  const result = parseFuzzyDate(edtf);
  if (!result.ok) throw new Error(result.error);
  return result.date;
};

describe("toTimelineJs", () => {
  it("writes the title slide, and one slide per event with a headline, text, group and unique_id", () => {
    const file = toTimelineJsObject(bundled);
    expect(file.title!.text.headline).toBe(bundled.title);
    expect(file.events).toHaveLength(bundled.events.length);
    const first = file.events[0];
    expect(first).toMatchObject({ unique_id: bundled.events[0].id, text: { headline: bundled.events[0].title }, group: "Weapons test" });
    expect(first.text.text).toContain("<blockquote>");
    expect(first.text.text).toContain('<a href="https://www.bbc.com/news/world-us-canada-46919239">');
  });

  it("keeps precision: a month-precise date exports as {year, month}, a span as start and end", () => {
    const dataset = validateDataset({
      version: 1,
      title: "T",
      sources: [{ id: "s", publisher: "P", title: "T", published: "2019-01-18" }],
      events: [
        { id: "m", title: "Month", when: "2018-06", status: "happened", evidence: [{ source: "s", quote: "q" }] },
        { id: "y", title: "Year", when: "2018", status: "happened", evidence: [{ source: "s", quote: "q" }] },
        { id: "s", title: "Span", when: "2019-01-07/2019-01-10", status: "happened", evidence: [{ source: "s", quote: "q" }] },
        { id: "d", title: "Deadline", when: "[..2019-02-28]", status: "planned", evidence: [{ source: "s", quote: "q" }] },
        { id: "a", title: "Approximate", when: "2018-11~", status: "happened", evidence: [{ source: "s", quote: "q" }] },
      ],
    }).dataset!;
    const events = toTimelineJsObject(dataset).events;
    expect(events[0]).toMatchObject({ start_date: { year: 2018, month: 6 } });
    expect(events[0].start_date).not.toHaveProperty("day");
    expect(events[1].start_date).toEqual({ year: 2018 });
    expect(events[2]).toMatchObject({ start_date: { year: 2019, month: 1, day: 7 }, end_date: { year: 2019, month: 1, day: 10 } });
    expect(events[3]).toMatchObject({ start_date: { year: 2019, month: 2, day: 28 }, display_date: "by 28 February 2019" });
    expect(events[4]).toMatchObject({ start_date: { year: 2018, month: 11 }, display_date: "c. November 2018" });
  });

  it("escapes text, so that a title is never markup in TimelineJS, and links only safe addresses", () => {
    const dataset = validateDataset({
      version: 1,
      title: "<script>alert(1)</script>",
      sources: [{ id: "s", publisher: "P", title: "T", published: "2019-01-18", url: "https://example.org/?a=1&b=\"2\"" }],
      events: [{ id: "x", title: '<img src=x onerror="alert(1)">', summary: "a & b\nc", when: "2019", status: "happened", evidence: [{ source: "s", quote: "<b>q</b>" }] }],
    }).dataset!;
    const file = toTimelineJsObject(dataset);
    expect(file.title!.text.headline).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(file.events[0].text.headline).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(file.events[0].text.text).toContain("<p>a &amp; b<br>c</p>");
    expect(file.events[0].text.text).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    const back = importTimelineJs(toTimelineJs(dataset), IMPORT_DAY).dataset!;
    expect(back.title).toBe("<script>alert(1)</script>");
    expect(back.events[0].title).toBe('<img src=x onerror="alert(1)">');
  });
});

describe("TimelineJS round trip", { timeout: 120_000 }, () => {
  it("the bundled dataset comes back with the same ids, titles, dates and statuses", () => {
    const back = importTimelineJs(toTimelineJs(bundled), IMPORT_DAY);
    expect(back.skipped).toEqual([]);
    expect(back.dataset!.events.map((e) => [e.id, e.title, e.when, e.status])).toEqual(bundled.events.map((e) => [e.id, e.title, e.when, e.status]));
    expect(back.dataset!.title).toBe(bundled.title);
  });

  it("keeps titles, dates and statuses of any dataset (property)", () => {
    fc.assert(
      fc.property(datasetArb(), (dataset: Dataset) => {
        const back = importTimelineJs(toTimelineJs(dataset), IMPORT_DAY);
        expect(back.skipped).toEqual([]);
        expect(back.dataset!.title).toBe(dataset.title);
        expect(back.dataset!.events.map((e) => [e.id, e.title, e.when, e.status])).toEqual(dataset.events.map((e) => [e.id, e.title, e.when, e.status]));
      }),
      { numRuns: 100 },
    );
  });

  it("through TimelineJS alone (no extension fields), plain dates and spans come back exactly (property)", () => {
    fc.assert(
      fc.property(datasetArb(plainEdtfArb), (dataset: Dataset) => {
        const back = importTimelineJs(withoutExtensions(toTimelineJs(dataset)), IMPORT_DAY);
        expect(back.dataset!.events.map((e) => [e.title, e.when])).toEqual(dataset.events.map((e) => [e.title, e.when]));
      }),
      { numRuns: 100 },
    );
  });

  it("through TimelineJS alone, qualified dates keep their day range and precision, and their words as the time phrase (property)", () => {
    fc.assert(
      fc.property(datasetArb(qualifiedEdtfArb), (dataset: Dataset) => {
        const back = importTimelineJs(withoutExtensions(toTimelineJs(dataset)), IMPORT_DAY);
        back.dataset!.events.forEach((event, i) => {
          const before = parsed(dataset.events[i].when);
          const after = parsed(event.when);
          expect(after.precision).toBe(before.precision);
          expect(after.end.latestDay).toBe(before.end.latestDay);
          if (before.kind !== "deadline") expect(after.start).toEqual(before.start);
          expect(event.timePhrase).toMatch(/^(c\. |by )|\?$/);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("ignores an edtf field edited out of step with the TimelineJS dates, and says so", () => {
    const file = JSON.parse(toTimelineJs(bundled));
    file.events[0].start_date = { year: 1999 };
    const back = importTimelineJs(JSON.stringify(file), IMPORT_DAY);
    expect(back.dataset!.events[0].when).toBe("1999");
    expect(back.issues).toContainEqual(expect.objectContaining({ path: "events[0].edtf", message: expect.stringMatching(/does not match the TimelineJS dates/) }));
  });
});
