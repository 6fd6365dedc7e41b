import { formatIssue } from "../domain/issuePath";
import { countIssues } from "../domain/issuePath";
import type { ImportResult } from "./types";
import { formatCount, plural } from "../domain/formatCount";

const MAX_LISTED = 3;

/**
 * One line for the report dialog's heading: "16 of 18 events; 2 skipped: “Signed” (events[4].start_date: …),
 * line 9 (…). 5 warnings." or "Nothing imported: …".
 */
export function summariseImport(result: ImportResult): string {
  const errors = result.issues.filter((i) => i.severity === "error");
  const counts = countIssues(result.issues);
  const warnings = counts.warnings;
  const warningText = warnings > 0 ? ` ${plural(warnings, "warning")} to check.` : "";
  if (!result.dataset) {
    // When every event failed, the first event's problem says more than "none could be used".
    const noneUsable = errors[0]?.message.startsWith("none of its") || errors[0]?.message.startsWith("its only event");
    const first = noneUsable ? errors[1] : (errors[0] ?? result.issues[0]);
    const rest = counts.errors - (noneUsable ? 2 : 1);
    const more = rest > 0 ? ` (and ${plural(rest, "more problem")})` : "";
    const lead = !noneUsable ? "" : result.eventCount === 1 ? "its only event could not be used: " : `none of the ${plural(result.eventCount, "event")} could be used; the first: `;
    return `Nothing imported: ${lead}${first ? formatIssue(first) : "the file could not be read."}${more}`;
  }
  const imported = result.dataset.events.length;
  const head = `${formatCount(imported)} of ${plural(result.eventCount, "event")}`;
  const skipped = result.skipped;
  if (skipped.length === 0) return `${head} imported.${warningText}`;
  const listed = skipped.slice(0, MAX_LISTED).map((s) => `${s.title ? `“${s.title.length > 60 ? `${s.title.slice(0, 60)}…` : s.title}” ` : ""}(${s.reason.replace(/\.$/, "")})`);
  const rest = skipped.length > MAX_LISTED ? `, and ${formatCount(skipped.length - MAX_LISTED)} more` : "";
  return `${head}; ${formatCount(skipped.length)} skipped: ${listed.join("; ")}${rest}.${warningText}`;
}
