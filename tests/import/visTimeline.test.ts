import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importVisTimeline, readVisDate } from "../../src/import/visTimeline";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

describe("importVisTimeline: an item array", () => {
  const result = importVisTimeline(fixture("vis-items.json"), { importedOn: "2019-01-18", fileName: "items.json" });
  const byId = new Map(result.dataset!.events.map((e) => [e.id, e]));

  it("maps content to title and the tooltip to summary, as plain text", () => {
    expect(byId.get("2")).toMatchObject({ title: "item 2", summary: "A tooltip" });
  });

  it("dates a day as a day, a time as its day, and keeps a written month or year as such", () => {
    expect(byId.get("1")!.when).toBe("2014-04-20");
    expect(byId.get("2")!.when).toBe("2014-04-14");
    expect(byId.get("7")!.when).toBe("2014-05");
    expect(byId.get("8")!.when).toBe("2014-04-20");
    expect(byId.get("4")!.when).toBe("2014-04-16/2014-04-19");
    expect(result.issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/2 items had a time of day: dropped/) }));
  });

  it("warns about dropped styling and how range ends are read", () => {
    const messages = result.issues.map((i) => i.message).join("\n");
    expect(messages).toMatch(/"className" .* not imported/);
    expect(messages).toMatch(/end day is counted as the range's last day/);
  });

  it("skips unreadable and backwards items with their place", () => {
    expect(result.skipped).toEqual([
      { place: "[8]", title: "American date", reason: expect.stringMatching(/^\[8\]\.start: .*write the year first/) },
      { place: "[9]", title: "backwards", reason: expect.stringMatching(/^\[9\]\.end: .*before the start/) },
    ]);
    expect(result.eventCount).toBe(10);
  });
});

describe("importVisTimeline: items with groups", () => {
  it("turns groups into categories labelled by their content", () => {
    const result = importVisTimeline(fixture("vis-groups.json"), { importedOn: "2019-01-18" });
    expect(result.dataset!.categories).toEqual([
      { id: "united-states", label: "United States" },
      { id: "north-korea", label: "North Korea" },
      { id: "china", label: "China" },
      { id: "nowhere", label: "nowhere" },
    ]);
    expect(result.dataset!.events.map((e) => e.category)).toEqual(["united-states", "north-korea", "china", "nowhere"]);
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "items[3].group", message: expect.stringMatching(/not one of the groups/) }));
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "groups", message: expect.stringMatching(/nested groups/) }));
  });

  it("can turn groups into actors instead", () => {
    const result = importVisTimeline(fixture("vis-groups.json"), { importedOn: "2019-01-18", visGroupsAs: "actors" });
    expect(result.dataset!.actors.map((a) => a.id)).toEqual(["united-states", "north-korea", "china", "nowhere"]);
    expect(result.dataset!.events[0].actors).toEqual(["united-states"]);
    expect(result.dataset!.categories).toEqual([]);
  });

  it("gives a group named __proto__ or constructor no special power", () => {
    const text = JSON.stringify({ groups: [{ id: "constructor", content: "C" }, { id: "toString", content: "T" }], items: [{ id: 1, content: "x", start: "2019-01-01", group: "constructor" }, { id: 2, content: "y", start: "2019-01-01", group: "hasOwnProperty" }] });
    const result = importVisTimeline(text, { importedOn: "2019-01-18" });
    expect(result.dataset!.events.map((e) => e.category)).toEqual(["c", "hasownproperty"]);
  });
});

describe("readVisDate", () => {
  it("reads ISO dates at their written precision and timestamps as UTC days", () => {
    expect(readVisDate("2014-04-20")).toEqual({ edtf: "2014-04-20" });
    expect(readVisDate("2014-04-20T23:30:00-03:00")).toEqual({ edtf: "2014-04-20", timeDropped: true });
    expect(readVisDate("2014")).toEqual({ edtf: "2014" });
    expect(readVisDate(Date.UTC(2014, 3, 20))).toEqual({ edtf: "2014-04-20", timeDropped: false });
  });

  it("refuses ambiguous or impossible dates with a hint", () => {
    expect(readVisDate("04/20/2014").error).toMatch(/year first/);
    expect(readVisDate("yesterday").error).toMatch(/ISO date/);
    expect(readVisDate(Number.NaN).error).toMatch(/not a time/);
    expect(readVisDate(8.64e15).error).toMatch(/outside the years/);
    expect(readVisDate({}).error).toMatch(/must be a date/);
  });
});

describe("importVisTimeline: a long group label", () => {
  it("a group label over 120 characters, even of an unused group, is cut with a warning; the file opens", () => {
    const json = { items: [{ id: 1, content: "A", start: "2014-04-20", group: "g1" }], groups: [{ id: "g1", content: "Short" }, { id: "g2", content: "L".repeat(130) }] };
    const result = importVisTimeline(JSON.stringify(json), { importedOn: "2019-01-18" });
    expect(result.dataset!.events).toHaveLength(1);
    expect(result.dataset!.categories.map((c) => c.label.length)).toEqual([5, 120]);
    expect(result.issues).toContainEqual({ path: "groups[1].content", message: "is 130 characters long: cut to 120.", severity: "warning" });
  });
});

