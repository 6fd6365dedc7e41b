import { describe, expect, it } from "vitest";
import { eventProblems, hasErrors, timelineProblems } from "../../src/editor/eventProblems";
import { validateDataset } from "../../src/domain/validateDataset";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";
import type { Dataset } from "../../src/domain/types";

const dataset = validateDataset(makeDataset()).dataset as Dataset;
const messages = (problems: Map<string, { message: string }[]>, field: string) => (problems.get(field) ?? []).map((i) => i.message);

describe("edits are checked by the validator that checks files, field by field", () => {
  it("a valid event has no problems", () => {
    expect(hasErrors(eventProblems(dataset, makeEvent(), "singapore-summit"))).toBe(false);
  });

  it("an empty title, a date that is not one and an unknown actor are errors at their fields, in the file's words", () => {
    const problems = eventProblems(dataset, makeEvent({ title: "", when: "2019/02/30", actors: ["usa"] }), "singapore-summit");
    expect(messages(problems, "title")).toEqual(["must not be empty"]);
    expect(messages(problems, "when").join()).toMatch(/not an EDTF date.*write 2019-02-30/);
    expect(hasErrors(problems)).toBe(true);
  });

  it("a reference to a missing actor names the fix, as for a file", () => {
    const problems = eventProblems(dataset, makeEvent({ actors: ["usa"] }), "singapore-summit");
    expect(messages(problems, "actors[0]")).toEqual(['unknown actor "usa" (add it to "actors" or fix the spelling)']);
  });

  it("evidence without a quote is a warning, which does not stop a save", () => {
    const problems = eventProblems(dataset, makeEvent({ evidence: [{ source: "bbc" }] }), "singapore-summit");
    expect(messages(problems, "evidence")[0]).toMatch(/has no quote/);
    expect(hasErrors(problems)).toBe(false);
  });

  it("a new event may not take an id another event has", () => {
    const problems = eventProblems(dataset, makeEvent(), undefined);
    expect(messages(problems, "id")[0]).toMatch(/used by another event/);
  });

  it("the timeline's fields: an as-of date that is no day, and removing an actor an event names", () => {
    expect(messages(timelineProblems({ ...dataset, asOf: "2019-02-30" }), "asOf")[0]).toMatch(/calendar day written YYYY-MM-DD/);
    const problems = timelineProblems({ ...dataset, actors: [{ id: "us", label: "United States" }] });
    expect(messages(problems, "events[0].actors[1]")[0]).toMatch(/unknown actor "dprk"/);
    expect(hasErrors(problems)).toBe(true);
  });
});
