/**
 * Thrown by work that has reached a part of the app's code not loaded yet: the EDTF parser for a
 * date in an unusual form (parseFuzzyDate.ts), the validator's wording for a problem to report
 * (validateDataset.ts), the export's dates to check a TimelineJS file this app wrote
 * (import/timelineJsDatesOf.ts). Pages that open a file load these only when the file needs them:
 * the import loads the module named and starts the work again (import/importInSlices.ts). Code
 * that may need them at any time imports those modules itself, and never sees this.
 */
export class CodeNeeded extends Error {
  constructor(
    /** The module to load: once it has loaded, the same work does not throw this again. */
    readonly module: "parseFuzzyDate" | "validateDataset" | "timelineJsDatesOf",
  ) {
    super(`${module}.ts is not loaded`);
    this.name = "CodeNeeded";
  }
}
