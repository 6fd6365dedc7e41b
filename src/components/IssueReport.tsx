import type { Issue } from "../domain/types";
import { formatIssue } from "../domain/issuePath";

/** Shown after the first few problems: a file with 5,000 bad rows should not make 5,000 list items. */
const MAX_LISTED = 50;

/** Every problem found in a dataset, each with its place, so the author can fix the file. */
export function IssueReport({ issues, summary }: { issues: Issue[]; summary: string }) {
  if (issues.length === 0) return null;
  return (
    <details className="issue-report">
      <summary>{summary}</summary>
      <ul>
        {issues.slice(0, MAX_LISTED).map((issue, i) => (
          <li key={i} className={`issue is-${issue.severity}`}>
            <span className="issue-severity">{issue.severity === "error" ? "Error" : "Warning"}:</span> <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
      {issues.length > MAX_LISTED && <p>…and {issues.length - MAX_LISTED} more.</p>}
    </details>
  );
}
