import { checkImportSize } from "../import";
import type { ImportResult } from "../import";

export { checkImportSize };

/** A report for a file refused before it was read (too large, unreadable). */
export function failedImportResult(message: string): ImportResult {
  return { issues: [{ path: "(the file)", message, severity: "error" }], eventCount: 0, format: "unknown", skipped: [] };
}
