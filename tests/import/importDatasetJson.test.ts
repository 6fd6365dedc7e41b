import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDatasetJson } from "../../src/import/importDatasetJson";
import { migrateDataset } from "../../src/domain/migrate";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), "utf8");

describe("importDatasetJson", () => {
  it("imports the bundled dataset without issues", () => {
    const result = importDatasetJson(readFileSync(new URL("../../data/events.json", import.meta.url), "utf8"));
    expect(result.issues).toEqual([]);
    expect(result.format).toBe("dataset");
    expect(result.dataset?.events.length).toBe(result.eventCount);
  });

  it("skips a bad event, keeps the rest, and lists it with its path", () => {
    const text = JSON.stringify(makeDataset([makeEvent(), makeEvent({ id: "bad", title: "Bad", when: "2019-02-30" })]));
    const result = importDatasetJson(text);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(["singapore-summit"]);
    expect(result.eventCount).toBe(2);
    expect(result.skipped).toEqual([{ place: "events[1]", title: "Bad", reason: expect.stringMatching(/^events\[1\]\.when: .*2019-02-30/) }]);
  });

  it("reports a JSON syntax error with line and column", () => {
    const result = importDatasetJson('{\n  "version": 1,\n  "title": "x"\n  "events": []\n}');
    expect(result.dataset).toBeUndefined();
    expect(result.issues[0].path).toBe("line 4, column 3");
  });

  it("refuses a file from a newer version of the app", () => {
    const result = importDatasetJson(JSON.stringify(makeDataset(undefined, { version: 7 })));
    expect(result.dataset).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ path: "version", severity: "error", message: expect.stringMatching(/newer version/) });
  });

  it("reads a file without a version as the current version when it looks like one, with a warning", () => {
    const { version: _v, ...noVersion } = makeDataset();
    const result = importDatasetJson(JSON.stringify(noVersion));
    expect(result.dataset?.version).toBe(2);
    expect(result.issues).toEqual([expect.objectContaining({ path: "version", severity: "warning", message: expect.stringMatching(/missing: read as version 2/) })]);
  });

  it("ignores prototype keys, warns, and pollutes nothing", () => {
    const text = JSON.stringify(makeDataset()).replace('"version":2', '"version":2,"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}');
    const result = importDatasetJson(text);
    expect(result.dataset?.events).toHaveLength(1);
    expect(result.issues.some((i) => i.message.includes('"__proto__"'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("migrateDataset", () => {
  it("upgrades a version 0 file step by step, and says so", () => {
    const result = importDatasetJson(fixture("dataset-v0.json"));
    const dataset = result.dataset!;
    expect(dataset.version).toBe(2);
    expect(dataset.sources).toEqual([expect.objectContaining({ id: "source", publisher: "BBC News", published: "2019-01-18" })]);
    expect(dataset.events.map((e) => [e.id, e.when, e.evidence])).toEqual([
      ["singapore-summit", "2018-06-12", [{ source: "source", quote: "their historic summit in Singapore last June" }]],
      ["second-summit", "[..2019-02-28]", [{ source: "source", quote: "by the end of February" }]],
    ]);
    expect(result.issues[0]).toMatchObject({ path: "version", severity: "warning", message: expect.stringMatching(/^was 0: upgraded to version 2/) });
  });

  it("reports problems at their place in the old file", () => {
    const result = importDatasetJson(fixture("dataset-v0.json"));
    expect(result.issues).toContainEqual(expect.objectContaining({ path: "events[2].date", severity: "error" }));
    expect(result.skipped).toEqual([expect.objectContaining({ place: "events[2]", title: "A date that does not exist" })]);
  });

  it("recognises a version 0 file without a version", () => {
    const v0 = JSON.parse(fixture("dataset-v0.json"));
    delete v0.version;
    const result = migrateDataset(v0);
    expect(result.fromVersion).toBe(0);
    expect(result.issues[0].message).toMatch(/missing: read as version 0/);
  });

  it("leaves a current file untouched", () => {
    const file = makeDataset();
    const result = migrateDataset(file);
    expect(result.json).toBe(file);
    expect(result.issues).toEqual([]);
  });

  it("never throws on odd input", () => {
    for (const json of [null, 1, "x", [], { version: "1" }, { version: 0, source: 5, events: "x" }, { version: 0, events: [null, 1, { date: 1 }] }, { version: -1 }]) {
      expect(() => migrateDataset(json)).not.toThrow();
    }
  });
});
