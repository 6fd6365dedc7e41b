import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { datasetJsonSchema } from "../../src/domain/jsonSchema";

it("the committed JSON Schema for authors matches the zod definition (run npm run schema)", () => {
  const committed = JSON.parse(readFileSync(new URL("../../data/dataset.schema.json", import.meta.url), "utf8"));
  expect(committed).toEqual(datasetJsonSchema());
  expect(committed.required).toEqual(expect.arrayContaining(["version", "title", "sources", "events"]));
});
