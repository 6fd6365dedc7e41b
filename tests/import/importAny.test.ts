import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectFormat, importAny, parseFormatId, summariseImport } from "../../src/import";
import type { ImportResult } from "../../src/import";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

describe("detectFormat", () => {
  it("a .csv file with columns of its own is a spreadsheet (its report offers to choose the title and date columns)", () => {
    expect(detectFormat("Match,Kick-off\nBrazil v Croatia,2014-06-12\n", "world-cup.csv")).toBe("csv");
    expect(detectFormat("Match,Kick-off\nBrazil v Croatia,2014-06-12\n")).toBeUndefined();
  });

  it.each([
    ["timelinejs-houston.json", "timelinejs"],
    ["timelinejs-diplomacy.json", "timelinejs"],
    ["timelinejs-template.csv", "timelinejs-csv"],
    ["vis-items.json", "vis-timeline"],
    ["vis-groups.json", "vis-timeline"],
    ["dataset-v0.json", "dataset"],
    ["events.csv", "csv"],
  ])("recognises %s from its content", (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
    expect(detectFormat(fixture(name), "misleading.txt")).toBe(format);
  });

  it("recognises the bundled dataset", () => {
    expect(detectFormat(readFileSync(new URL("../../data/events.json", import.meta.url), "utf8"))).toBe("dataset");
  });

  it("says nothing for text in no known format", () => {
    expect(detectFormat("hello, world\n1,2")).toBeUndefined();
    expect(detectFormat('{"foo": 1}')).toBeUndefined();
    expect(detectFormat("")).toBeUndefined();
  });

  it("guesses from the first part of broken JSON", () => {
    expect(detectFormat('{"events": [{"start_date": {"year": 1}}')).toBe("timelinejs");
  });
});

describe("importAny", () => {
  it("dispatches by content", () => {
    expect(importAny(fixture("vis-items.json"), { importedOn: "2019-01-18" }).format).toBe("vis-timeline");
    expect(importAny(fixture("events.csv"), { importedOn: "2019-01-18" }).format).toBe("csv");
  });

  it("lets an explicit format override recognition", () => {
    const result = importAny(fixture("timelinejs-houston.json"), { format: "vis-timeline" });
    expect(result.format).toBe("vis-timeline");
    expect(result.dataset).toBeUndefined();
  });

  it("explains an unknown format, listing the ones it reads", () => {
    for (const text of ["hello, world\n1,2", '{"foo": 1}', "", "   \n"]) {
      const result = importAny(text);
      expect(result.format).toBe("unknown");
      expect(result.issues[0].message).toMatch(/TimelineJS/);
    }
  });

  it("reads a file with a byte order mark", () => {
    expect(importAny(`\uFEFF${fixture("events.csv")}`, { importedOn: "2019-01-18" }).dataset).toBeDefined();
    expect(importAny(`\uFEFF${fixture("vis-items.json")}`, { importedOn: "2019-01-18" }).dataset).toBeDefined();
  });
});

describe("parseFormatId", () => {
  it("reads &format= values and aliases", () => {
    expect(parseFormatId("TimelineJS")).toBe("timelinejs");
    expect(parseFormatId("vis")).toBe("vis-timeline");
    expect(parseFormatId("json")).toBe("dataset");
    expect(parseFormatId("timelinejs-csv")).toBe("timelinejs-csv");
    expect(parseFormatId("excel")).toBeUndefined();
    expect(parseFormatId(null)).toBeUndefined();
  });
});

describe("summariseImport", () => {
  it("says how many events were imported and names the skipped ones", () => {
    const result = importAny(fixture("timelinejs-diplomacy.json"), { importedOn: "2019-01-18" });
    expect(summariseImport(result)).toMatch(/^5 of 8 events; 3 skipped: “No year” \(events\[4\]\.start_date: has no year.*\); “Impossible day” \(events\[5\]\.start_date: .*\); “Ends before it starts” \(events\[6\]\.end_date: .*\)\. \d+ warnings to check\.$/);
  });

  it("says when everything was imported", () => {
    const result = importAny(readFileSync(new URL("../../data/events.json", import.meta.url), "utf8"));
    expect(summariseImport(result)).toBe(`${result.eventCount} of ${result.eventCount} events imported.`);
  });

  it("shortens a long list of skipped events", () => {
    const result: ImportResult = {
      dataset: importAny(fixture("vis-items.json"), { importedOn: "2019-01-18" }).dataset,
      issues: [],
      eventCount: 20,
      format: "vis-timeline",
      skipped: Array.from({ length: 12 }, (_, i) => ({ place: `[${i}]`, reason: `[${i}].start: bad.` })),
    };
    expect(summariseImport(result)).toBe("8 of 20 events; 12 skipped: ([0].start: bad); ([1].start: bad); ([2].start: bad), and 9 more.");
  });

  it("says nothing was imported, and why", () => {
    expect(summariseImport(importAny("[[[["))).toMatch(/^Nothing imported: line 1, column 5: is not valid JSON/);
  });
});
