import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importVisTimeline } from "../../src/import/visTimeline";
import { importCsv } from "../../src/import/importCsv";
import { shapeOf } from "../../src/import/fieldChoice";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");
const worldCup = fixture("vis-world-cup.json");
const options = { importedOn: "2026-12-02", fileName: "world-cup.json" };

describe("vis items with their own fields and no content", () => {
  it("are not 'Untitled event': a text field is the title, and the report offers every field to choose from", () => {
    const result = importVisTimeline(worldCup, options);
    const events = result.dataset!.events;
    expect(events).toHaveLength(15);
    expect(events.some((e) => e.title === "Untitled event")).toBe(false);
    expect(events[0].title).toBe("Brazil");
    expect(result.fieldOptions?.names).toEqual(["id", "start", "home", "away", "score", "venue", "stage"]);
    expect(result.fieldOptions?.chosen).toEqual({ title: "home", date: "start", group: "stage" });
    expect(result.dataset!.categories.map((c) => c.label)).toContain("Group A");
    expect(result.issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/no "content".*"home".*choose/) }));
  });

  it("keep the fields they have no place for as other fields, as text", () => {
    const events = importVisTimeline(worldCup, options).dataset!.events;
    expect(events[0].fields).toEqual({ away: "Croatia", score: "3–1", venue: "Arena de São Paulo" });
  });

  it("take the title, date and group from the fields chosen, and keep the rest", () => {
    const result = importVisTimeline(worldCup, { ...options, fields: { title: "venue", date: "start", group: "stage" } });
    const events = result.dataset!.events;
    expect(events[0].title).toBe("Arena de São Paulo");
    expect(result.dataset!.categories.map((c) => c.label)).toContain("Group A");
    expect(events[0].fields).toEqual({ home: "Brazil", away: "Croatia", score: "3–1" });
    expect(result.issues.map((i) => i.message).join("\n")).not.toMatch(/no "content"/);
  });

  it("use the choice remembered for files of the same shape (the same field names)", () => {
    const asked: string[] = [];
    const result = importVisTimeline(worldCup, { ...options, rememberedFields: (shape) => (asked.push(shape), { title: "score" }) });
    expect(asked).toEqual([shapeOf(["away", "home", "id", "score", "stage", "start", "venue"])]);
    expect(result.dataset!.events[0].title).toBe("3–1");
  });

  it("a chosen field that is not in the file is said, and the usual one used", () => {
    const result = importVisTimeline(worldCup, { ...options, fields: { title: "nope" } });
    expect(result.issues).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/"nope".*not a field/) }));
    expect(result.dataset!.events[0].title).toBe("Brazil");
  });
});

describe("a spreadsheet with other column names", () => {
  const csv = "Match,Date,Stage,Score\nBrazil v Croatia,2014-06-12,Group A,3–1\nMexico v Cameroon,2014-06-13,Group A,1–0\n";

  it("opens with the title and date columns it can tell, the rest kept as other fields", () => {
    const result = importCsv(csv, options);
    expect(result.dataset?.events.map((e) => [e.title, e.when])).toEqual([
      ["Brazil v Croatia", "2014-06-12"],
      ["Mexico v Cameroon", "2014-06-13"],
    ]);
    expect(result.dataset!.events[0].fields).toEqual({ Score: "3–1" });
    expect(result.dataset!.categories.map((c) => c.label)).toEqual(["Group A"]);
    expect(result.fieldOptions?.names).toEqual(["Match", "Date", "Stage", "Score"]);
  });

  it("takes the columns chosen for title, date and group", () => {
    const result = importCsv(csv, { ...options, fields: { title: "Score", date: "Date", group: "Stage" } });
    const events = result.dataset!.events;
    expect(events[0].title).toBe("3–1");
    expect(result.dataset!.categories.map((c) => c.label)).toEqual(["Group A"]);
    expect(events[0].fields).toEqual({ Match: "Brazil v Croatia" });
  });

  it("with no column it can read as a date, it says so and offers the columns", () => {
    const result = importCsv("Match,Kick-off\nBrazil v Croatia,12 June\n", options);
    expect(result.dataset).toBeUndefined();
    expect(result.fieldOptions?.names).toEqual(["Match", "Kick-off"]);
  });
});
