/** The last of every import, at once or in slices: the edtf.js read limit, and what the report says about the file's bytes (encodingIssue.ts). */
import type { ReadLimit } from "../domain/readFuzzyDate";
import type { Issue } from "../domain/types";
import { failedImport } from "./finishImport";
import { MAX_FULL_PARSER_DATES, oversizeMessage } from "./limits";
import type { ImportOptions, ImportResult } from "./types";
import { formatCount } from "../domain/formatCount";

/** The last of an import: refused when it asked edtf.js for more dates than `cap` allowed; how the file was decoded (`note`, encodingIssue.ts), said first. */
export function endImport(result: ImportResult, cap: ReadLimit, note?: Issue): ImportResult {
  const capped = cap.refused === 0 ? result : failedImport(result.format, [{ path: "(the file)", message: tooManyUncommonDates(cap.firstRefused ?? ""), severity: "error" }], result.eventCount);
  return note ? { ...capped, issues: [note, ...capped.issues] } : capped;
}

function tooManyUncommonDates(example: string): string {
  return `has more than ${formatCount(MAX_FULL_PARSER_DATES)} different dates in uncommon forms, such as ${JSON.stringify(example.slice(0, 60))}; reading them all would take too long. Write dates as days, months or years (2018-06-12, 2018-06, 2018), spans of them (2018-06-12/2018-06-14) or deadlines ([..2019-02-28]), or split the file.`;
}

/** The result for more bytes than an import reads. */
export function refuseBytes(bytes: Uint8Array, options: ImportOptions): ImportResult {
  return failedImport(options.format ?? "unknown", [{ path: "(the file)", message: oversizeMessage(bytes.length), severity: "error" }]);
}
