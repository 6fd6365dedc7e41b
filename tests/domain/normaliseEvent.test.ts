import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventSchemaProblems } from "../../src/domain/eventSchemaProblems";
import { normaliseEvent } from "../../src/domain/normaliseEvent";
import { eventSchema } from "../../src/domain/schema";
import { makeEvent } from "../fixtures/makeDataset";

const text = fc.oneof(fc.constantFrom("a", " padded ", "x".repeat(200), "😀"), fc.string({ minLength: 1, maxLength: 8 }));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.constant(undefined));
const id = fc.constantFrom("a", "bbc", "a-b", "x1");
const event = fc
  .record(
    {
      summary: maybe(text),
      timePhrase: maybe(text),
      place: maybe(text),
      category: maybe(id),
      actors: maybe(fc.array(id, { maxLength: 3 })),
      title: text,
      when: fc.constantFrom("2018-06", "2019-01-07/2019-01-10", "[..2019-02-28]", "2018~"),
      evidence: fc.array(fc.record({ source: id, quote: maybe(text), note: maybe(text) }, { requiredKeys: ["source"] }), { minLength: 1, maxLength: 3 }),
      claims: fc.array(
        fc.record(
          { source: id, when: fc.constantFrom("2019-02", "2019-02-27/2019-02-28"), timePhrase: maybe(text), status: fc.constantFrom("planned", "happened"), place: maybe(text), quote: maybe(text) },
          { requiredKeys: ["source", "when", "status"] },
        ),
        { maxLength: 2 },
      ),
      links: fc.array(fc.record({ type: fc.constantFrom("outcome-of", "follows", "cancels"), event: id }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((fields) => ({ ...makeEvent(), ...fields }));

describe("normaliseEvent", () => {
  it("gives what zod's eventSchema gives for every event that passes it, field for field and in the same order", () => {
    fc.assert(
      fc.property(event, (raw) => {
        if (eventSchemaProblems(raw) !== undefined) return;
        const byZod = eventSchema.parse(raw);
        const byHand = normaliseEvent(raw);
        expect(byHand).toStrictEqual(byZod);
        expect(Object.keys(byHand)).toEqual(Object.keys(byZod));
        expect(JSON.stringify(byHand)).toBe(JSON.stringify(byZod));
      }),
      { numRuns: 800 },
    );
  });

  it("does not share the event's lists with the input", () => {
    const raw = makeEvent({ actors: ["a"] });
    const out = normaliseEvent(raw);
    expect(out.actors).not.toBe(raw.actors);
    expect(out.evidence).not.toBe(raw.evidence);
  });
});
