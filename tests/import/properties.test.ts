/**
 * Property-based tests: whatever the input, the validator and every importer return a result or a
 * report. They never throw, and whatever they accept is a valid dataset.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/domain/validateDataset";
import { IMPORTERS, importAny, summariseImport, type ImportResult } from "../../src/import";
import { CSV_COLUMNS } from "../../src/import/importCsv";
import { TIMELINEJS_COLUMNS } from "../../src/import/timelineJsCsv";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

const RUNS = 150;
const OPTIONS = { importedOn: "2019-01-18" };
const importers = Object.entries(IMPORTERS);

/** What every result must satisfy. */
function checkResult(result: ImportResult): void {
  expect(Array.isArray(result.issues)).toBe(true);
  expect(result.dataset !== undefined || result.issues.some((i) => i.severity === "error")).toBe(true);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe("string");
    expect(typeof issue.message).toBe("string");
  }
  if (result.dataset) {
    expect(result.dataset.events.length).toBeLessThanOrEqual(Math.max(result.eventCount, 0));
    const again = validateDataset(result.dataset);
    expect(again.issues.filter((i) => i.severity === "error")).toEqual([]);
  }
  expect(typeof summariseImport(result)).toBe("string");
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** Values that look a little like dates, HTML and ids, so that the importers' deeper paths run. */
const scalarArb = fc.oneof(
  fc.string(),
  fc.constantFrom("2019", "2019-02", "2019-02-30", "2019-13-01", "-0044-03-15", "1963", "08", "31", "0", "-1", "1e9", "[..2019-02-28]", "2018-11~", "2019/2018", "2019-01-10/2019-01-07"),
  fc.constantFrom("<script>alert(1)</script>", "<b>x</b>", "&amp;&#0;&#x110000;", "javascript:alert(1)", "__proto__", "constructor", "Summit", "happened", "planned", ""),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const valueArb = fc.oneof({ weight: 4, arbitrary: scalarArb }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
const dateObjectArb = fc.dictionary(fc.constantFrom("year", "month", "day", "hour", "minute", "display_date", "__proto__"), valueArb);
const timelineJsArb = fc.record(
  {
    title: fc.record({ text: fc.dictionary(fc.constantFrom("headline", "text"), valueArb) }),
    events: fc.array(
      fc.record(
        {
          start_date: fc.oneof(dateObjectArb, valueArb),
          end_date: fc.oneof(dateObjectArb, valueArb),
          text: fc.dictionary(fc.constantFrom("headline", "text"), valueArb),
          media: fc.dictionary(fc.constantFrom("url", "credit", "caption"), valueArb),
          group: valueArb,
          unique_id: valueArb,
          display_date: valueArb,
          edtf: valueArb,
          status: valueArb,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 8 },
    ),
    eras: fc.array(fc.record({ start_date: dateObjectArb, end_date: dateObjectArb, text: fc.dictionary(fc.constantFrom("headline"), valueArb) }), { maxLength: 2 }),
    scale: fc.constantFrom("human", "cosmological"),
  },
  { requiredKeys: ["events"] },
);
const visArb = fc.oneof(
  fc.array(fc.dictionary(fc.constantFrom("id", "content", "start", "end", "group", "type", "title", "className"), valueArb), { maxLength: 8 }),
  fc.record({
    groups: fc.array(fc.dictionary(fc.constantFrom("id", "content", "nestedGroups"), valueArb), { maxLength: 4 }),
    items: fc.array(fc.dictionary(fc.constantFrom("id", "content", "start", "end", "group"), valueArb), { maxLength: 8 }),
  }),
);
const ourJsonArb = fc
  .array(fc.dictionary(fc.constantFrom("id", "title", "when", "date", "status", "actors", "category", "evidence", "quote", "summary"), valueArb), { maxLength: 6 })
  .chain((events) =>
    fc.record({ version: fc.constantFrom(0, 1, 2, undefined, "1"), events: fc.constant(events.map((e) => ({ ...makeEvent(), ...e }))) }).map(({ version, events }) => ({ ...makeDataset(events), version })),
  );
const csvCell = scalarArb.map((v) => (v === null ? "" : String(v)));
const csvArb = (columns: readonly string[]) =>
  fc
    .tuple(fc.shuffledSubarray([...columns], { minLength: 1 }), fc.array(fc.array(csvCell, { maxLength: columns.length + 2 }), { maxLength: 8 }), fc.constantFrom(",", ";", "\t"))
    .map(([header, rows, sep]) => [header, ...rows].map((row) => row.map((c) => (/[",;\t\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(sep)).join("\n"));

describe("never throws", { timeout: 120_000 }, () => {
  it("validateDataset, given any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateDataset(json);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("validateDataset, given a dataset with arbitrary events", () => {
    fc.assert(
      fc.property(ourJsonArb, (json) => {
        expect(Array.isArray(validateDataset(json).issues)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(importers)("%s, given any JSON", (_name, importer) => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => checkResult(importer(JSON.stringify(json) ?? "null", OPTIONS))),
      { numRuns: RUNS },
    );
  });

  it.each(importers)("%s, given any text", (_name, importer) => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom("{", "}", "[", "]", '"', ",", ":", "\n", "<", ">", "a", "1") })), (text) =>
        checkResult(importer(text, OPTIONS)),
      ),
      { numRuns: RUNS },
    );
  });

  it("importAny, given TimelineJS-shaped objects with arbitrary values", () => {
    fc.assert(fc.property(timelineJsArb, (json) => checkResult(importAny(JSON.stringify(json), OPTIONS))), { numRuns: RUNS });
  });

  it("importAny, given vis-timeline-shaped data with arbitrary values", () => {
    fc.assert(fc.property(visArb, (json) => checkResult(importAny(JSON.stringify(json), OPTIONS))), { numRuns: RUNS });
  });

  it("importAny, given our own format with arbitrary events and versions", () => {
    fc.assert(fc.property(ourJsonArb, (json) => checkResult(importAny(JSON.stringify(json), OPTIONS))), { numRuns: RUNS });
  });

  it("the CSV importers, given spreadsheets with known columns and arbitrary cells", () => {
    fc.assert(
      fc.property(csvArb([...TIMELINEJS_COLUMNS, "Type"]), csvArb(CSV_COLUMNS), (timelineCsv, ourCsv) => {
        checkResult(IMPORTERS["timelinejs-csv"](timelineCsv, OPTIONS));
        checkResult(IMPORTERS.csv(ourCsv, OPTIONS));
        checkResult(importAny(timelineCsv, OPTIONS));
        checkResult(importAny(ourCsv, OPTIONS));
      }),
      { numRuns: RUNS },
    );
  });
});
