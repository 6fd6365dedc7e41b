/** What the report says about a file's encoding: apart from endImport.ts, since a file read as plain UTF-8 (nearly all) needs none of it. */
import type { Issue } from "../domain/types";
import type { DecodedText } from "./decodeText";
import { plural } from "../domain/formatCount";

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

