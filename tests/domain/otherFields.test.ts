import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/domain/validateDataset";
import { fuzzyDate } from "../../src/domain/parseFuzzyDate";
import { toTimeline } from "../../src/domain/toTimeline";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";

const withFields = (fields: unknown) => validateDataset(makeDataset([makeEvent({ fields })]));
const errors = (result: ReturnType<typeof validateDataset>) => result.issues.filter((i) => i.severity === "error");

describe("an event's other fields", () => {
  it("are kept as plain text and reach the timeline", () => {
    const result = withFields({ home: "Brazil", away: "Croatia", score: "3–1" });
    expect(errors(result)).toEqual([]);
    const timeline = toTimeline(result.dataset!, fuzzyDate);
    expect(timeline.events[0].fields).toEqual({ home: "Brazil", away: "Croatia", score: "3–1" });
  });

  it("are at most 50, each named in at most 100 characters with a value of at most 2,000", () => {
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`f${i}`, "x"]));
    expect(errors(withFields(many))).toContainEqual(expect.objectContaining({ path: "events[0].fields", message: expect.stringContaining("at most 50 other fields") }));
    expect(errors(withFields({ ["n".repeat(101)]: "x" }))[0]?.path).toMatch(/^events\[0\]\.fields/);
    expect(errors(withFields({ score: "x".repeat(2001) }))[0]?.path).toBe("events[0].fields.score");
  });

  it("are text: numbers, lists, objects and control characters are refused, with their place; __proto__ is never kept", () => {
    expect(errors(withFields({ score: 3 }))[0]?.path).toBe("events[0].fields.score");
    expect(errors(withFields({ score: ["3", "1"] }))[0]?.path).toBe("events[0].fields.score");
    expect(errors(withFields("3–1"))[0]?.path).toBe("events[0].fields");
    expect(errors(withFields({ "bad\u0007name": "x" })).length).toBeGreaterThan(0);
    const proto = validateDataset(JSON.parse(JSON.stringify(makeDataset([makeEvent()])).replace('"evidence"', '"fields":{"__proto__":"x"},"evidence"')));
    expect(errors(proto)).toEqual([]);
    expect(Object.keys(proto.dataset!.events[0].fields ?? {})).not.toContain("__proto__");
    expect(Object.getPrototypeOf(proto.dataset!.events[0].fields ?? {})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
