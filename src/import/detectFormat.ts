/** Recognising a file's format from its content (the file name only breaks ties). */
import { detectCsvFormat, readCsvHeader } from "./csv";
import { MAX_IMPORT_BYTES } from "./limits";
import { detectJsonFormat } from "./detectJsonFormat";
import { parseJsonSafely } from "./safeJson";
import { stripBom } from "./text";
import type { FormatId } from "./types";

export { detectCsvFormat, detectJsonFormat };

const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

/** Guess a JSON format from the first part of a file too large or too broken to parse. */
function sniffJson(text: string): FormatId {
  const head = text.slice(0, 65_536);
  if (/"(version|sources|when|evidence)"\s*:/.test(head)) return "dataset";
  if (/"(start_date|eras|headline)"\s*:/.test(head)) return "timelinejs";
  if (/^\s*\[/.test(head) || /"items"\s*:/.test(head)) return "vis-timeline";
  return "dataset";
}

/**
 * Recognise the format of a file from its content; the file name's ending helps only when the
 * content says nothing. Undefined when it is none of the formats this app reads.
 */
export function detectFormat(text: string, fileName?: string): FormatId | undefined {
  if (typeof text !== "string") return undefined;
  const body = stripBom(text);
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName ?? "")?.[1]?.toLowerCase();
  if (looksLikeJson(body)) {
    if (body.length > MAX_IMPORT_BYTES) return sniffJson(body);
    const parsed = parseJsonSafely(body);
    if (!parsed.ok) return sniffJson(body);
    return detectJsonFormat(parsed.value);
  }
  const header = readCsvHeader(body);
  const fromHeader = detectCsvFormat(header);
  if (fromHeader) return fromHeader;
  // A spreadsheet with columns of its own: the report offers to choose its title and date columns.
  if ((ext === "csv" || ext === "tsv") && header.filter((h) => h.trim() !== "").length >= 2) return "csv";
  if (ext === "json") return "dataset";
  return undefined;
}
