// Writes data/dataset.schema.json, the JSON Schema for dataset authors, from the zod definition.
// A test checks that the committed file matches, so run this after changing src/domain/schema.ts.
import { writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/domain/jsonSchema";

const out = new URL("../data/dataset.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
