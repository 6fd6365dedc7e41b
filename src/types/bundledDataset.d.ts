/** data/events.json, validated at build time (scripts/embedBuild.ts), with its events' dates parsed. */
declare module "virtual:bundled-dataset" {
  import type { ValidationResult } from "../domain/validateDataset";
  import type { FuzzyDate } from "../domain/fuzzyDate";
  const result: ValidationResult & { dates: Record<string, FuzzyDate> };
  export default result;
}
