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

describe("importCsv: one bad cell costs its row, not the file", () => {
  const header = "title,when,status,quote,source_id,source_url,source_publisher,source_title,source_published";
  const row = (title: string, source: string) => `${title},2019-01-01,happened,q,${source}`;
  const good = "bbc,https://www.bbc.com/a,BBC News,Summit,2019-01-18";

  it("a day-first source_published skips the rows citing that source, with the cell and the day written right", () => {
    const csv = [header, row("A", good), row("B", "cnn,https://cnn.com/b,CNN,Talks,18/01/2019"), row("C", good)].join("\n");
    const result = importCsv(csv, { importedOn: "2019-01-18" });
    expect(result.dataset!.events.map((e) => e.title)).toEqual(["A", "C"]);
    expect(result.issues).toContainEqual({ path: "line 3, column I (source_published)", message: expect.stringMatching(/"18\/01\/2019" .*write 2019-01-18/), severity: "error" });
    expect(result.skipped).toEqual([expect.objectContaining({ place: "line 3", title: "B" })]);
  });

  it("a source_publisher over 200 characters is cut, with a warning at its cell; the row opens", () => {
    const csv = [header, row("A", `bbc,https://www.bbc.com/a,${"P".repeat(250)},Summit,2019-01-18`)].join("\n");
    const result = importCsv(csv, { importedOn: "2019-01-18" });
    expect(result.dataset!.events).toHaveLength(1);
    expect(result.dataset!.sources[0].publisher).toHaveLength(200);
    expect(result.issues).toContainEqual({ path: "line 2, column G (source_publisher)", message: "is 250 characters long: cut to 200.", severity: "warning" });
  });

  it("a source_id that is not an id (__proto__, a name) gets one, with a warning; the row opens", () => {
    const csv = [header, row("A", "__proto__,https://www.bbc.com/a,BBC,Summit,2019-01-18"), row("B", "BBC News,https://www.bbc.com/b,BBC,Other,2019-01-18")].join("\n");
    const result = importCsv(csv, { importedOn: "2019-01-18" });
    expect(result.dataset!.events.map((e) => e.title)).toEqual(["A", "B"]);
    expect(result.dataset!.sources.map((s) => s.id)).toEqual(["proto", "bbc-news"]);
    expect(result.issues).toContainEqual({ path: "line 2, column E (source_id)", message: expect.stringMatching(/"__proto__" became the id "proto"/), severity: "warning" });
    expect(({} as Record<string, unknown>).publisher).toBeUndefined();
  });

  it("501 categories: 500 are kept, the row naming the 501st is skipped, and the limit is said in words", () => {
    const rows = Array.from({ length: 501 }, (_, i) => `E${i},2019-01-01,happened,q,c${i}`);
    const result = importCsv(["title,when,status,quote,category", ...rows].join("\n"), { importedOn: "2019-01-18" });
    expect(result.dataset!.events).toHaveLength(500);
    expect(result.dataset!.categories).toHaveLength(500);
    const text = result.issues.map((i) => `${i.path}: ${i.message}`).join("\n");
    expect(text).not.toMatch(/Too big/);
    expect(text).toMatch(/has 501 categories; the limit is 500/);
    expect(result.skipped).toEqual([expect.objectContaining({ place: "line 502", reason: expect.stringMatching(/^line 502, column E \(category\): /) })]);
  });

  it("1,001 sources: 1,000 are kept and the row citing the last is skipped", () => {
    const rows = Array.from({ length: 1001 }, (_, i) => row(`E${i}`, `s${i},https://example.org/${i},Pub,T,2019-01-18`));
    const result = importCsv([header, ...rows].join("\n"), { importedOn: "2019-01-18" });
    expect(result.dataset!.events).toHaveLength(1000);
    expect(result.issues.map((i) => i.message).join("\n")).toMatch(/has 1,001 sources; the limit is 1,000/);
  });
});

