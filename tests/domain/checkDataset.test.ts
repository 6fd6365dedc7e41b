/**
 * checkDataset.ts takes a dataset's top level, sources, actors, categories and story without zod
 * when they are valid, and leaves anything else to zod (validateDataset.ts). What it takes, zod must
 * take too, and give back the same: checked here on variations of each field, in modules loaded
 * afresh without zod's wording (so that what is left to zod shows as CodeNeeded).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { datasetSchema } from "../../src/domain/schema";
import { drain } from "../../src/domain/steps";
import { makeDataset, makeEvent } from "../fixtures/makeDataset";
import type { ValidationResult } from "../../src/domain/checkDataset";

let check: typeof import("../../src/domain/checkDataset").checkDatasetSteps;
let CodeNeeded: typeof import("../../src/domain/codeNeeded").CodeNeeded;
beforeAll(async () => {
  vi.resetModules();
  [{ checkDatasetSteps: check }, { CodeNeeded }] = await Promise.all([import("../../src/domain/checkDataset"), import("../../src/domain/codeNeeded")]);
});

type Json = Record<string, unknown>;
const base = () => makeDataset([makeEvent()]) as Json;
const withTop = (key: string, value: unknown) => ({ ...base(), [key]: value });
const without = (key: string) => {
  const d = base();
  delete d[key];
  return d;
};
const withSource = (change: Json) => ({ ...base(), sources: [{ ...(base().sources as Json[])[0], ...change }] });
const withActor = (change: Json) => {
  const actors = base().actors as Json[];
  return { ...base(), actors: [{ ...actors[0], ...change }, actors[1]] };
};
const withStory = (story: unknown) => ({ ...base(), story });
const step = (change: Json = {}) => ({ event: "singapore-summit", ...change });

const CASES: [string, Json][] = [
  ["valid", base()],
  ["title empty", withTop("title", "")],
  ["title blank", withTop("title", "   ")],
  ["title padded", withTop("title", "  Padded  ")],
  ["title too long", withTop("title", "x".repeat(301))],
  ["title a number", withTop("title", 5)],
  ["title null", withTop("title", null)],
  ["description empty", withTop("description", "")],
  ["description padded", withTop("description", " Some words ")],
  ["description a number", withTop("description", 7)],
  ["asOf no such day", withTop("asOf", "2019-02-30")],
  ["asOf a month", withTop("asOf", "2019-02")],
  ["asOf a number", withTop("asOf", 20190118)],
  ["no asOf", without("asOf")],
  ["$schema text", withTop("$schema", "./dataset.schema.json")],
  ["$schema a number", withTop("$schema", 5)],
  ["version 1", withTop("version", 1)],
  ["version 3", withTop("version", 3)],
  ["version as text", withTop("version", "2")],
  ["no version", without("version")],
  ["unknown field", withTop("colour", "red")],
  ["actors null", withTop("actors", null)],
  ["no actors", { ...without("actors"), events: [makeEvent({ actors: [] })] }],
  ["categories null", withTop("categories", null)],
  ["categories text", withTop("categories", "summit")],
  ["no categories", { ...without("categories"), events: [makeEvent({ category: undefined })] }],
  ["no sources", withTop("sources", [])],
  ["sources null", withTop("sources", null)],
  ["events not a list", withTop("events", {})],
  ["source publisher empty", withSource({ publisher: "" })],
  ["source title padded", withSource({ title: "  Trump to meet Kim " })],
  ["source published no such day", withSource({ published: "2019-13-01" })],
  ["source without published", withSource({ published: undefined })],
  ["source url javascript:", withSource({ url: "javascript:alert(1)" })],
  ["source url too long", withSource({ url: `https://example.org/${"x".repeat(2000)}` })],
  ["source file", withSource({ file: "sources/bbc.txt" })],
  ["source file a number", withSource({ file: 5 })],
  ["source unknown field", withSource({ colour: "red" })],
  ["source id with capitals", withSource({ id: "BBC" })],
  ["actor id with a space", withActor({ id: "united states" })],
  ["actor label empty", withActor({ label: "" })],
  ["actor label padded", withActor({ label: " United States " })],
  ["actor label a number", withActor({ label: 5 })],
  ["actor unknown field", withActor({ colour: "red" })],
  ["story", withStory({ title: "The summits", steps: [step({ note: " Start here ", view: "2018-06/2019-03", asOf: "2019-01-18" })] })],
  ["story without steps", withStory({ steps: [] })],
  ["story title empty", withStory({ title: "", steps: [step()] })],
  ["story step asOf no such day", withStory({ steps: [step({ asOf: "2019-02-29" })] })],
  ["story step view not a date", withStory({ steps: [step({ view: "soon" })] })],
  ["story step unknown field", withStory({ steps: [step({ colour: "red" })] })],
  ["story unknown field", withStory({ steps: [step()], colour: "red" })],
  ["story null", withStory(null)],
];

describe("checkDataset's checks without zod", () => {
  it.each(CASES)("%s: taken only when zod takes it, and as zod gives it back", (_name, json) => {
    let taken: ValidationResult;
    try {
      taken = drain(check(json));
    } catch (e) {
      // Left to zod: nothing to compare.
      if (e instanceof CodeNeeded) return;
      throw e;
    }
    const zod = datasetSchema.safeParse(json);
    expect(zod.success).toBe(true);
    expect(taken.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(taken.dataset).toEqual(zod.data);
  });

  it("takes the valid cases without zod", () => {
    for (const name of ["valid", "title padded", "description padded", "no asOf", "version 1", "source title padded", "source file", "actor label padded", "story"]) {
      const json = CASES.find(([n]) => n === name)![1];
      expect(() => drain(check(json)), name).not.toThrow();
    }
  });
});
