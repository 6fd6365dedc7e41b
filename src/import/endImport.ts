/** The last of every import, at once or in slices: the edtf.js read limit, and what the report says about the file's bytes. */
import type { ReadLimit } from "../domain/readFuzzyDate";
import type { Issue } from "../domain/types";
import type { DecodedText } from "./decodeText";
import { failedImport } from "./finishImport";
import { MAX_FULL_PARSER_DATES, oversizeMessage } from "./limits";
import { plural } from "./text";
import type { ImportOptions, ImportResult } from "./types";

/** The last of an import: refused when it asked edtf.js for more dates than `cap` allowed; how the file was decoded, said. */
export function endImport(result: ImportResult, cap: ReadLimit, options: ImportOptions): ImportResult {
  const capped = cap.refused === 0 ? result : failedImport(result.format, [{ path: "(the file)", message: tooManyUncommonDates(cap.firstRefused ?? ""), severity: "error" }], result.eventCount);
  const note = options.decoded && encodingIssue(options.decoded);
  return note ? { ...capped, issues: [note, ...capped.issues] } : capped;
}

function tooManyUncommonDates(example: string): string {
  return `has more than ${MAX_FULL_PARSER_DATES.toLocaleString("en")} different dates in uncommon forms, such as ${JSON.stringify(example.slice(0, 60))}; reading them all would take too long. Write dates as days, months or years (2018-06-12, 2018-06, 2018), spans of them (2018-06-12/2018-06-14) or deadlines ([..2019-02-28]), or split the file.`;
}

/** The result for more bytes than an import reads. */
export function refuseBytes(bytes: Uint8Array, options: ImportOptions): ImportResult {
  return failedImport(options.format ?? "unknown", [{ path: "(the file)", message: oversizeMessage(bytes.length), severity: "error" }]);
}

/** What the report says about a file's encoding; nothing for UTF-8 read cleanly. */
export function encodingIssue({ encoding, bom, replaced }: Omit<DecodedText, "text">): Issue | undefined {
  if (encoding === "windows-1252") {
    return { path: "(the file)", message: "is not UTF-8: read as Windows-1252 (Western European), the encoding Excel uses for “CSV” files. If any letter looks wrong, save the file as “CSV UTF-8” and open it again.", severity: "warning" };
  }
  if (encoding !== "utf-8") {
    const order = encoding === "utf-16le" ? "little-endian" : "big-endian";
    return { path: "(the file)", message: bom ? `is UTF-16 (${order}, as its first bytes say): read as UTF-16.` : `has no byte order mark, but its bytes are UTF-16 (${order}): read as UTF-16. If the text looks wrong, save the file as UTF-8.`, severity: "warning" };
  }
  if (replaced > 0) {
    return { path: "(the file)", message: `has ${plural(replaced, "byte")} that ${replaced === 1 ? "is" : "are"} not UTF-8: shown as � (the rest is read as UTF-8). Save the file as UTF-8 to keep ${replaced === 1 ? "that character" : "those characters"}.`, severity: "warning" };
  }
  return undefined;
}
