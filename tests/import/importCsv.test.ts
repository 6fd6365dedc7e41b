import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importCsv } from "../../src/import/importCsv";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

describe("importCsv", () => {
  const result = importCsv(fixture("events.csv"), { importedOn: "2019-01-18", fileName: "events.csv" });
  const byTitle = new Map(result.dataset!.events.map((e) => [e.title, e]));

  it("reads our own fields, with a multi-line summary and doubled quotes", () => {
    expect(byTitle.get("Singapore summit")).toMatchObject({ id: "singapore-summit", when: "2018-06-12", timePhrase: "last June", status: "happened", place: "Singapore", actors: ["us", "dprk"] });
    expect(byTitle.get("Second summit")).toMatchObject({ id: "second-summit", when: "[..2019-02-28]", summary: "Planned for\nlate February", status: "planned" });
    expect(byTitle.get("Second summit")!.evidence[0].quote).toBe('a second summit "by the end of February"');
  });

  it("shares one source between rows that cite the same address", () => {
    expect(byTitle.get("Singapore summit")!.evidence[0].source).toBe(byTitle.get("Second summit")!.evidence[0].source);
    expect(result.dataset!.sources.find((s) => s.publisher === "BBC News")).toMatchObject({ url: "https://www.bbc.com/news/world-us-canada-46919239", published: "2019-01-18" });
  });

  it("turns names into actor and category ids with labels, and matches names to ids", () => {
    expect(byTitle.get("Second summit")!.actors).toEqual(["united-states", "north-korea"]);
    expect(result.dataset!.actors).toContainEqual({ id: "north-korea", label: "North Korea" });
    expect(byTitle.get("Second summit")!.category).toBe("summit");
    expect(result.dataset!.categories).toContainEqual({ id: "summit", label: "Summit" });
  });

  it("never keeps a javascript: source address, and says so at its cell", () => {
    expect(JSON.stringify(result.dataset)).not.toContain("javascript");
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "line 5, column K (source_url)", severity: "warning" }));
  });

  it("works out a missing status from the date, with a warning", () => {
    expect(byTitle.get("Weapons test")!.status).toBe("happened");
    expect(result.issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/1 row had no status/) }));
  });

  it("skips invalid rows, placing each problem at its line and column", () => {
    expect(result.eventCount).toBe(5);
    expect(result.skipped.map((s) => s.place)).toEqual(["line 6", "line 7"]);
    expect(result.issues).toContainEqual({ path: "line 6, column D (when)", message: expect.stringMatching(/2018\/06\/12.*write 2018-06-12/), severity: "error" });
    expect(result.issues).toContainEqual({ path: "line 7, column F (status)", message: expect.stringMatching(/must be one of/), severity: "error" });
  });

  it("reports a bad source date at the cell where the source was first given", () => {
    const csv = "title,when,status,quote,source_url,source_publisher,source_title,source_published\nA,2019-01-01,happened,q,https://example.org/a,Ex,T,18/01/2019\n";
    const result = importCsv(csv, { importedOn: "2019-01-18" });
    expect(result.dataset).toBeUndefined();
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "line 2, column H (source_published)", severity: "error" }));
  });

  it("says which required columns are missing", () => {
    const result = importCsv("name,date\nx,2019\n");
    expect(result.issues[0]).toMatchObject({ path: "line 1", message: expect.stringMatching(/no column "title" or "when"/) });
  });

  it("matches header names loosely and ignores header names that are prototype keys", () => {
    const csv = "Title,WHEN,Time Phrase,__proto__,constructor\nA,2019-01,in January,x,y\n";
    const result = importCsv(csv, { importedOn: "2019-01-18" });
    expect(result.dataset!.events[0]).toMatchObject({ title: "A", when: "2019-01", timePhrase: "in January" });
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "line 1", message: expect.stringMatching(/not imported: "__proto__", "constructor"/) }));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
