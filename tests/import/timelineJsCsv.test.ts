import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importTimelineJsCsv } from "../../src/import/timelineJsCsv";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

describe("importTimelineJsCsv", () => {
  const result = importTimelineJsCsv(fixture("timelinejs-template.csv"), { importedOn: "2019-01-18", fileName: "template.csv" });
  const byTitle = new Map(result.dataset!.events.map((e) => [e.title, e]));

  it("takes the title row as the timeline's title and description", () => {
    expect(result.dataset!.title).toBe("US–North Korea diplomacy");
    expect(result.dataset!.description).toBe("As reported in January 2019.");
  });

  it("maps the date columns at their precision, with end columns as spans", () => {
    expect(byTitle.get("Singapore summit")!.when).toBe("2018-06-12");
    expect(byTitle.get("Weapons test")).toMatchObject({ when: "2017-11", timePhrase: "last November", category: "weapons-test" });
    expect(byTitle.get("Kim Yong-chol visits")!.when).toBe("2019-01-17/2019-01-19");
    expect(byTitle.get("Year only")!.when).toBe("2019");
    expect(byTitle.get("Spring diplomacy")).toMatchObject({ when: "2018-03/2018-06", category: "era" });
  });

  it("keeps a multi-line cell's text and strips HTML", () => {
    expect(byTitle.get("Singapore summit")!.summary).toBe("Trump and Kim met. They signed a statement.");
    expect(byTitle.get("Weapons test")!.summary).toBe("A high-tech weapon.");
    expect(byTitle.get("Singapore summit")!.evidence[0].note).toBe("Media credit: AP");
  });

  it("places problems by line and column, counting lines inside quoted cells", () => {
    expect(result.issues).toContainEqual({ path: "line 3, column D (Time)", message: expect.stringMatching(/time "10:00": dropped/), severity: "warning" });
    expect(result.skipped.map((s) => s.place)).toEqual(["line 9", "line 10"]);
    expect(result.issues).toContainEqual({ path: "line 9, column A (Year)", message: expect.stringMatching(/day 30 does not exist/), severity: "error" });
    expect(result.issues).toContainEqual({ path: "line 10, column A (Year)", message: expect.stringMatching(/put the month and day in their own columns/), severity: "error" });
  });

  it("counts events, not the title row", () => {
    expect(result.eventCount).toBe(7);
    expect(result.dataset!.events).toHaveLength(5);
  });

  it("reads a tab-separated paste from a spreadsheet", () => {
    const tsv = "Year\tMonth\tDay\tHeadline\tText\n2018\t6\t12\tSingapore summit\tThey met.\n";
    const pasted = importTimelineJsCsv(tsv, { importedOn: "2019-01-18" });
    expect(pasted.dataset!.events).toMatchObject([{ title: "Singapore summit", when: "2018-06-12" }]);
  });

  it("says which template columns are missing", () => {
    const result = importTimelineJsCsv("Date,Title\n2019,x\n");
    expect(result.dataset).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ path: "line 1", message: expect.stringMatching(/no column "Year" or "Headline"/) });
  });

  it("reports a quote that is never closed", () => {
    const result = importTimelineJsCsv('Year,Headline,Text\n2019,"Open quote,text\n2018,b,c\n', { importedOn: "2019-01-18" });
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "line 2", message: expect.stringMatching(/never closed/), severity: "error" }));
  });
});
