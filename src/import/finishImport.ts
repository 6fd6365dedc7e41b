/**
 * The last step of every importer: validate the dataset it built with `checkDataset` (the same
 * check as for our own files), move each issue to its place in the input, and list what was skipped.
 */
import { checkDatasetSteps } from "../domain/checkDataset";
import { drain, type Steps } from "../domain/steps";
import { measureSteps } from "../domain/measureSteps";
import { IssueCollector, MAX_LISTED_ISSUES } from "../domain/IssueCollector";
import type { Issue } from "../domain/types";
import type { FormatId, ImportResult, SkippedEvent } from "./types";
import { formatCount } from "../domain/formatCount";

/** Issues found by an importer before validation, in input order; past a few thousand, counted by kind. */
export class IssueList {
  readonly file: Issue[] = [];
  readonly events: { sourceIndex: number; issue: Issue }[] = [];
  /** Events the importer itself could not use (not passed to the validator). */
  readonly skipped: { sourceIndex: number; skipped: SkippedEvent }[] = [];
  /** Event issues past the listed ones: counted by kind, not kept. */
  private readonly more = new IssueCollector(0);

  fileIssue(path: string, message: string, severity: Issue["severity"] = "warning"): void {
    this.file.push({ path, message, severity });
  }

  eventIssue(sourceIndex: number, path: string, message: string, severity: Issue["severity"] = "warning"): void {
    if (this.events.length < MAX_LISTED_ISSUES) this.events.push({ sourceIndex, issue: { path, message, severity } });
    else this.more.push({ path, message, severity });
  }

  /** Report an event as unusable: an error at `path`, and an entry in the skipped list. */
  skip(sourceIndex: number, place: string, path: string, message: string, title?: string): void {
    this.eventIssue(sourceIndex, path, message, "error");
    this.skipped.push({ sourceIndex, skipped: { place, title, reason: `${path}: ${message}` } });
  }

  /** One entry per kind for the event issues not listed. */
  counted(): Issue[] {
    return this.more.issues();
  }
}

export interface Assembly {
  format: FormatId;
  /** How many events the input had. */
  eventCount: number;
  /** The dataset built from the input, before validation. */
  raw: unknown;
  /** For each entry of `raw.events`: its place in the input, its title and its index in the input. */
  origins: readonly { place: string; title?: string; sourceIndex: number }[];
  /** Where a validation path inside event `index` (e.g. ".when", "" for the event) is in the input. */
  eventPath: (index: number, rest: string) => string;
  /** Where a validation path outside the events (e.g. "sources[0].url") is in the input. */
  topPath?: (path: string) => string;
  issues: IssueList;
}

const EVENT_PATH = /^events\[(\d+)\](.*)$/;

/** Validate, place every issue in the input, list skipped events, and say when nothing was usable. */
export function finishImport(a: Assembly): ImportResult {
  return drain(finishImportSteps(a));
}

/** finishImport in steps (the validator's). */
export function* finishImportSteps(a: Assembly): Steps<ImportResult> {
  const result = yield* measureSteps("validate", checkDatasetSteps(a.raw));
  const fileIssues: Issue[] = [...a.issues.file];
  const eventIssues = [...a.issues.events];
  const counted: Issue[] = a.issues.counted();
  const skipped = [...a.issues.skipped];
  const place = (issue: Issue): { issue: Issue; sourceIndex?: number } => {
    const match = EVENT_PATH.exec(issue.path);
    const origin = match ? a.origins[Number(match[1])] : undefined;
    if (!match || !origin) return { issue: { ...issue, path: a.topPath ? a.topPath(issue.path) : issue.path } };
    return { issue: { ...issue, path: a.eventPath(Number(match[1]), match[2]) }, sourceIndex: origin.sourceIndex };
  };
  for (const found of result.issues) {
    const { issue, sourceIndex } = place(found);
    if ((issue.count ?? 1) > 1) counted.push(issue);
    else if (sourceIndex === undefined) fileIssues.push(issue);
    else eventIssues.push({ sourceIndex, issue });
  }
  // Skipped events are listed only beside events that open (a file none of whose 100,000 events
  // can be used needs no list of them).
  if (result.dataset && result.dataset.events.length > 0) {
    for (const { index, reason } of result.failed ?? []) {
      const origin = a.origins[index];
      if (!origin) continue;
      const placed = place(reason).issue;
      skipped.push({ sourceIndex: origin.sourceIndex, skipped: { place: origin.place, title: origin.title, reason: `${placed.path}: ${placed.message}` } });
    }
  }
  eventIssues.sort((x, y) => x.sourceIndex - y.sourceIndex);
  skipped.sort((x, y) => x.sourceIndex - y.sourceIndex);
  // The importer's issues and the validator's, each listed up to the limit, are listed up to it together.
  const collector = new IssueCollector();
  for (const issue of fileIssues) collector.push(issue);
  for (const { issue } of eventIssues) collector.push(issue);
  for (const issue of counted) collector.push(issue);
  const issues = collector.issues();
  let dataset = result.dataset;
  if (dataset && dataset.events.length === 0 && a.eventCount > 0) {
    issues.unshift({
      path: "(the file)",
      message: a.eventCount === 1 ? "its only event could not be used: see the problem below." : `none of its ${formatCount(a.eventCount)} events could be used: see the problems below.`,
      severity: "error",
    });
    dataset = undefined;
  } else if (dataset && a.eventCount === 0) {
    issues.push({ path: "(the file)", message: "has no events: the timeline will be empty.", severity: "warning" });
  }
  return {
    dataset,
    issues,
    eventCount: a.eventCount,
    format: a.format,
    skipped: dataset ? skipped.map((s) => s.skipped) : [],
  };
}

/** A result for input that could not be read at all. */
export function failedImport(format: FormatId | "unknown", issues: Issue[], eventCount = 0): ImportResult {
  return { issues, eventCount, format, skipped: [] };
}
