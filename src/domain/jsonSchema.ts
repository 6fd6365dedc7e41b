import { z } from "zod";
import { datasetSchema } from "./schema";

/**
 * The JSON Schema for authors' editors. EDTF checks are code (edtf.js), so in the schema a date is
 * a string with a description; the app's validator is the full check.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://diplomacy-timeline.example/dataset.schema.json",
    title: "Diplomacy Timeline dataset",
    description:
      "Events from news sources with honest dates: `when` is an EDTF string (2018-06-12, 2018-06, 2018, 2018-11~, 2019-02?, 2019-01-07/2019-01-10, [..2019-02-28]). Validated in full by the app, which names every problem and its place.",
  };
}
