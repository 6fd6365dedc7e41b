/** data/events.json, validated at build time (scripts/embedBuild.ts). */
declare module "virtual:bundled-dataset" {
  import type { ValidationResult } from "../domain/validateDataset";
  const result: ValidationResult;
  export default result;
}
