import { describe, expect, it } from "vitest";
import { migrateDataset } from "../../src/domain/migrate";
import { validateDataset } from "../../src/domain/validateDataset";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

describe("migrateDataset, version 1 → 2", () => {
  it("renumbers a version 1 file and keeps every event as it was, without a warning", () => {
    const v1 = makeDataset([makeEvent(), makeEvent({ id: "second-summit", when: "[..2019-02-28]", status: "planned" })], { version: 1 });
    const result = migrateDataset(v1);
    expect(result.fromVersion).toBe(1);
    expect(result.issues).toEqual([]);
    const json = result.json as typeof v1;
    expect(json.version).toBe(2);
    expect(json.events).toEqual(v1.events);
    const validated = validateDataset(json);
    expect(validated.issues).toEqual([]);
    expect(validated.dataset?.events.map((e) => [e.id, e.when, e.status, e.claims, e.links])).toEqual([
      ["singapore-summit", "2018-06-12", "happened", undefined, undefined],
      ["second-summit", "[..2019-02-28]", "planned", undefined, undefined],
    ]);
  });

  it("takes a version 0 file all the way to version 2, and says it was upgraded", () => {
    const v0 = {
      version: 0,
      title: "x",
      source: { publisher: "BBC News", title: "t", published: "2019-01-18" },
      events: [{ id: "a", title: "A", date: "2018-06-12", status: "happened", quote: "q" }],
    };
    const result = migrateDataset(v0);
    expect((result.json as { version: number }).version).toBe(2);
    expect(result.issues[0].message).toMatch(/^was 0: upgraded to version 2 \(version 0 → 1: .*; version 1 → 2: /);
  });

  it("refuses a file from a version after 2", () => {
    expect(migrateDataset(makeDataset(undefined, { version: 3 })).issues[0]).toMatchObject({ severity: "error", message: expect.stringMatching(/reads up to version 2/) });
  });
});
