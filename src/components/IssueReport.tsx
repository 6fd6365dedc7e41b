import type { Issue } from "../domain/types";
import { formatIssue } from "../domain/issuePath";
import { formatCount } from "../domain/formatCount";


/** Shown after the first few problems: a file with 5,000 bad rows should not make 5,000 list items. */
const MAX_LISTED = 50;

/**
 * Every problem found in a dataset, each with its place, so the author can fix the file. Entries
 * that stand for many problems of one kind (counted, not listed one by one) are always shown.
 */
export function IssueReport({ issues, summary }: { issues: Issue[]; summary: string }) {
  if (issues.length === 0) return null;
  const single = issues.filter((i) => (i.count ?? 1) === 1);
  const counted = issues.filter((i) => (i.count ?? 1) > 1);
  const rest = single.length - Math.min(single.length, MAX_LISTED);
  return (
    <details className="issue-report">
      <summary>{summary}</summary>
      <IssueList issues={single.slice(0, MAX_LISTED)} />
      {rest > 0 && <p>…and {formatCount(rest)} more.</p>}
      {counted.length > 0 && <IssueList issues={counted} />}
    </details>
  );
}

function IssueList({ issues }: { issues: Issue[] }) {
  return (
    <ul>
      {issues.map((issue, i) => (
        <li key={i} className={`issue is-${issue.severity}`}>
          <span className="issue-severity">{issue.severity === "error" ? "Error" : "Warning"}:</span> <code>{formatIssue(issue)}</code>
        </li>
      ))}
    </ul>
  );
}
