import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventSchemaProblems } from "../../src/domain/eventSchemaProblems";
import { eventSchema } from "../../src/domain/schema";
import { makeEvent } from "../fixtures/makeDataset";

/** The kinds zod reports, as validateDataset counts them. */
function zodKinds(raw: unknown): string[] | undefined {
  const parsed = eventSchema.safeParse(raw);
  if (parsed.success) return undefined;
  return parsed.error.issues.map((i) => `${i.code} ${i.path.map((k) => (typeof k === "number" ? "[]" : String(k))).join(".")}`).sort();
}

/** Values that break or nearly break each rule: types, empty and blank text, limits, ids, dates. */
const tricky = fc.oneof(
  fc.constantFrom(undefined, null, 0, 1.5, true, "", "   ", "a", "A", "a-b", "-a", "a b", "x".repeat(80), "x".repeat(81), "X".repeat(81), " x ".repeat(70), "2018-06-12", "2018/06/12", "2019-02-29", "happened", "rumoured", [], {}, ["a"], [1], [{}]),
  // zod measures text in code points, and anything with a length even when its type is wrong.
  fc.constantFrom("😀".repeat(80), "😀".repeat(81), "😀".repeat(200), "😀".repeat(201), " ".repeat(60), { length: 100 }, { length: "x" }, Array(81).fill("a")),
  fc.string({ maxLength: 6 }),
  fc.string({ minLength: 195, maxLength: 205 }),
  fc.string({ minLength: 495, maxLength: 505 }),
);
const evidenceItem = fc.oneof(
  fc.record({ source: tricky, quote: tricky, note: tricky }, { requiredKeys: [] }),
  fc.record({ source: fc.constant("bbc"), quote: fc.constant("q"), extra: tricky }, { requiredKeys: ["source"] }),
  tricky,
);
const list = <T>(item: fc.Arbitrary<T>) => fc.oneof(fc.array(item, { maxLength: 4 }), fc.array(item, { minLength: 49, maxLength: 52 }));
const event = fc
  .record(
    {
      id: tricky,
      title: tricky,
      summary: tricky,
      when: tricky,
      timePhrase: tricky,
      status: tricky,
      actors: fc.oneof(list(tricky), tricky),
      category: tricky,
      place: tricky,
      evidence: fc.oneof(list(evidenceItem), tricky),
      unknown: tricky,
    },
    { requiredKeys: [] },
  )
  .map((fields) => ({ ...makeEvent(), ...fields }));

describe("eventSchemaProblems", () => {
  it("finds what zod's eventSchema finds, kind for kind, on generated events", () => {
    fc.assert(
      fc.property(fc.oneof(event, tricky), (raw) => {
        expect(eventSchemaProblems(raw)?.sort()).toEqual(zodKinds(raw));
      }),
      { numRuns: 1500 },
    );
  });

  it("a valid event has no problems; fifty malformed actor ids are fifty", () => {
    expect(eventSchemaProblems(makeEvent())).toBeUndefined();
    expect(eventSchemaProblems(makeEvent({ actors: Array.from({ length: 50 }, (_, k) => `A${k}`) }))).toEqual(Array(50).fill("invalid_format actors.[]"));
  });
});
