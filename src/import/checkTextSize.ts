import type { Issue } from "../domain/types";
import { MAX_IMPORT_BYTES, oversizeMessage, utf8Length } from "./limits";

/** The size check every importer makes first: an error issue when the text is over the limit. */
export function checkTextSize(text: unknown): Issue | undefined {
  if (typeof text !== "string") return { path: "(the file)", message: "is not text.", severity: "error" };
  // Every UTF-16 unit is one to three UTF-8 bytes, so most texts need no counting.
  if (text.length > MAX_IMPORT_BYTES) return { path: "(the file)", message: oversizeMessage(text.length), severity: "error" };
  if (text.length * 3 <= MAX_IMPORT_BYTES || utf8Length(text, MAX_IMPORT_BYTES) <= MAX_IMPORT_BYTES) return undefined;
  return { path: "(the file)", message: oversizeMessage(), severity: "error" };
}
