/** Download as this app's own JSON: the format `data/events.json` uses, at the current version. */
import { DATASET_VERSION } from "../domain/schema";
import type { Dataset } from "../domain/types";

/** Where an exported file says its schema is; the UI may pass an absolute address instead. */
export const DEFAULT_SCHEMA_REF = "./dataset.schema.json";

export interface OurJsonOptions {
  /** The `$schema` reference to write. */
  schema?: string;
}

/** The dataset as pretty-printed JSON text with `$schema` and `version` first; ends with a newline. */
export function toOurJson(dataset: Dataset, options: OurJsonOptions = {}): string {
  const { $schema: _old, version: _version, ...rest } = dataset;
  const file = { $schema: options.schema ?? DEFAULT_SCHEMA_REF, version: DATASET_VERSION, ...rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}
