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
