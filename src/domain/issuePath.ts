import type { Issue } from "./types";
import { plural } from "./formatCount";

/** Paths in the style `events[12].when`, so that an author can find the place in the file. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(the file)" : out;
}

export function formatIssue(issue: { path: string; message: string }): string {
  return `${issue.path}: ${issue.message}`;
}

/** How many problems a list of issues stands for (an entry counting several counts as that many). */
export function countIssues(issues: readonly Issue[]): { total: number; errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const issue of issues) {
    const n = issue.count ?? 1;
    if (issue.severity === "error") errors += n;
    else warnings += n;
  }
  return { total: errors + warnings, errors, warnings };
}

/** "3,060,001 problems in events.json", "1 warning in x.csv" (an entry counting several counts as that many). */
export function problemsIn(issues: readonly Issue[], name: string, noun = "problem"): string {
  const { total } = countIssues(issues);
  return `${plural(total, noun)} in ${name}`;
}
