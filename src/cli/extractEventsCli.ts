/**
 * The `npm run extract` command, with its input and output passed in so tests can run it.
 * `extract-events.ts` is the Node entry point that wires it to the real process.
 */
import { parseArgs } from "node:util";
import { addArticleToDataset, extractEvents, matchCandidates, MATCH_THRESHOLD, NEW_EVENT_CONFIDENCE, PublishedDateError, toDraftDataset } from "../extract";
import type { CandidateMatch, Decision, ExtractionResult } from "../extract";
import type { Dataset } from "../domain/types";
import { isHttpUrl } from "../domain/vocabulary";
import { importDatasetJson } from "../import/importDatasetJson";

export interface CliIo {
  readFile(path: string): string;
  /** The whole of standard input; undefined when it is a terminal (nothing piped in). */
  readStdin(): string | undefined;
  writeFile(path: string, text: string): void;
  out(text: string): void;
  err(text: string): void;
  /** Terminal width for the table, if known. */
  columns?: number;
}

export const USAGE = `Usage: npm run extract -- [article.txt | -] --published YYYY-MM-DD [options]

Finds the dated events in a news article's text and prints them as a table, or writes a
draft dataset. Reads standard input when no file (or "-") is given.

Or adds the article to a timeline you have (a follow-up report):

  npm run extract -- follow-up.txt --published 2019-02-28 --publisher AP --url https://… --into timeline.json

Each candidate is matched to the timeline's events (overlapping dates, shared actors, shared
words). A match scoring ${MATCH_THRESHOLD} or more is applied: more evidence for the event, a changed status
(a plan that happened becomes its outcome, linked to it) or a more precise date, each as a claim
of the new source beside the earlier ones. A candidate that matches nothing is added as a new
event when the extractor is at least ${NEW_EVENT_CONFIDENCE} sure of its date. The timeline (any version of the
format) is written back in the current version, or to --out. Each candidate's fate is printed.

Options:
  --published YYYY-MM-DD   the day the article was published (required)
  --into TIMELINE.json     add the article to this timeline (see above)
  --out FILE               write a draft dataset (JSON) with every dated candidate; with --into,
                           write the timeline there instead of back into TIMELINE.json
  --json                   print the full extraction result as JSON instead of a table
  --min-confidence N       leave out candidates below N (0 to 1)
  --publisher NAME         publisher for the draft's source entry (default "Unknown publisher")
  --title TEXT             title of the article (default: its first line)
  --url URL                address of the article
  --source-id ID           id of the source entry (default "article")
  -h, --help               show this help
`;

/** Runs the command; returns the process exit code (0 ok, 2 usage or input error). */
export function runExtractCli(argv: string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: "string" },
        out: { type: "string" },
        into: { type: "string" },
        json: { type: "boolean", default: false },
        "min-confidence": { type: "string" },
        publisher: { type: "string" },
        title: { type: "string" },
        url: { type: "string" },
        "source-id": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    io.err(`extract: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    io.err(`extract: give one article at a time (got ${positionals.length} files)\n`);
    return 2;
  }
  if (!values.published) {
    io.err(`extract: --published is required: the day the article was published, e.g. --published 2019-01-18\n`);
    return 2;
  }
  const minConfidence = values["min-confidence"] === undefined ? 0 : Number(values["min-confidence"]);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    io.err(`extract: --min-confidence must be a number from 0 to 1 (got "${values["min-confidence"]}")\n`);
    return 2;
  }

  if (values.url !== undefined && !isHttpUrl(values.url)) {
    io.err(`extract: --url must be an http:// or https:// address (got "${values.url}")\n`);
    return 2;
  }
  // The timeline is read before the article, so a bad one stops the command before any work.
  let into: Dataset | undefined;
  if (values.into !== undefined) {
    const read = readTimeline(values.into, io);
    if (typeof read === "string") {
      io.err(read);
      return 2;
    }
    into = read;
  }

  const file = positionals[0];
  let text: string | undefined;
  if (file === undefined || file === "-") {
    text = io.readStdin();
    if (text === undefined) {
      io.err(`extract: no article: give a file, or pipe the text in (e.g. pbpaste | npm run extract -- --published 2019-01-18)\n`);
      return 2;
    }
  } else {
    try {
      text = io.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
      io.err(`extract: cannot read "${file}": ${why}\n`);
      return 2;
    }
  }
  if (text.trim() === "") {
    io.err(`extract: the article is empty\n`);
    return 2;
  }

  let result: ExtractionResult;
  try {
    result = extractEvents(text, { published: values.published, sourceId: values["source-id"] });
  } catch (e) {
    if (e instanceof PublishedDateError) {
      io.err(`extract: --published ${e.message.replace(/^published /, "")}\n`);
      return 2;
    }
    throw e;
  }
  result = { ...result, candidates: result.candidates.filter((c) => c.confidence >= minConfidence) };

  if (into && values.into) {
    const firstLine = text.trim().split(/\r?\n/)[0].trim();
    const source = {
      publisher: values.publisher ?? "Unknown publisher",
      title: values.title ?? (firstLine.length > 0 ? firstLine.slice(0, 300) : "Untitled article"),
      published: result.published,
      ...(values.url ? { url: values.url } : {}),
    };
    return addInto(into, values.into, values.out ?? values.into, result, source, io);
  }

  if (values.out) {
    const firstLine = text.trim().split(/\r?\n/)[0].trim();
    const source = {
      id: result.sourceId,
      publisher: values.publisher ?? "Unknown publisher",
      title: values.title ?? (firstLine.length > 0 ? firstLine.slice(0, 300) : "Untitled article"),
      published: result.published,
      ...(values.url ? { url: values.url } : {}),
    };
    let draft;
    try {
      draft = toDraftDataset(result.candidates, source);
    } catch (e) {
      io.err(`extract: ${(e as Error).message}\n`);
      return 2;
    }
    io.writeFile(values.out, `${JSON.stringify(draft.dataset, null, 2)}\n`);
    for (const issue of draft.issues) io.err(`extract: ${issue.severity}: ${issue.path}: ${issue.message}\n`);
    io.out(`Wrote ${draft.dataset.events.length} draft event(s) to ${values.out}; ${result.unresolved.length} phrase(s) left unresolved.\n`);
    return 0;
  }
  io.out(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatExtraction(result, io.columns));
  return 0;
}

/** The timeline file, upgraded and checked; or the message saying what is wrong with it and where. */
function readTimeline(path: string, io: CliIo): Dataset | string {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    return `extract: cannot read the timeline "${path}": ${why}\n`;
  }
  const { dataset, issues } = importDatasetJson(text);
  const errors = issues.filter((i) => i.severity === "error");
  // Writing back a timeline with events skipped would lose them: it must be whole.
  if (!dataset || errors.length > 0) {
    const listed = errors.slice(0, 10).map((i) => `  ${path}: ${i.path}: ${i.message}\n`).join("");
    const more = errors.length > 10 ? `  …and ${errors.length - 10} more\n` : "";
    return `extract: the timeline "${path}" cannot be used; fix it first:\n${listed}${more}`;
  }
  return dataset;
}

/** --into: match, apply what is sure enough, write the timeline, and say what happened to each candidate. */
function addInto(
  dataset: Dataset,
  intoPath: string,
  outPath: string,
  result: ExtractionResult,
  source: { publisher: string; title: string; published: string; url?: string },
  io: CliIo,
): number {
  const matches = matchCandidates(result.candidates, dataset, result.published);
  const decisions: Decision[] = [];
  const lines: string[] = [];
  const label = (m: CandidateMatch) => `${m.candidate.when} “${m.candidate.phrase.text}”: ${m.candidate.sentence.text}`;
  const decided = new Map<string, string>();
  for (const m of matches) {
    const { proposal, candidate } = m;
    if (proposal.kind !== "new-event") decisions.push({ candidate, action: proposal.kind, eventId: proposal.eventId });
    else if (candidate.confidence >= NEW_EVENT_CONFIDENCE) decisions.push({ candidate, action: "new-event" });
    else decided.set(candidate.id, `left out: it matches no event, and its date is ${candidate.confidence.toFixed(2)} sure (a new event needs ${NEW_EVENT_CONFIDENCE})`);
  }
  let added;
  try {
    added = addArticleToDataset(dataset, source, decisions);
  } catch (e) {
    io.err(`extract: ${(e as Error).message}\n`);
    return 2;
  }
  for (const change of added.changes) decided.set(change.candidateId, change.done === "skipped" ? `left out: ${change.words}` : change.words);
  for (const m of matches) {
    const score = m.proposal.kind === "new-event" ? "" : ` (score ${m.proposal.score.toFixed(2)}, ${m.proposal.reasons.join("; ")})`;
    const target = m.proposal.kind === "new-event" ? "" : ` [${m.proposal.eventId}]`;
    lines.push(`${label(m)}\n  → ${decided.get(m.candidate.id) ?? "left out"}${target}${score}`);
  }
  io.writeFile(outPath, `${JSON.stringify(added.dataset, null, 2)}\n`);
  const applied = added.changes.filter((c) => c.done === "added").length;
  lines.push(
    "",
    `Added source "${added.sourceId}" and ${applied} of ${matches.length} candidate(s) to ${intoPath === outPath ? intoPath : `${outPath} (from ${intoPath})`}; ${result.unresolved.length} phrase(s) left unresolved.`,
  );
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

/** The readable table: date, precision, phrase, status, confidence and an excerpt of the sentence. */
export function formatExtraction(result: ExtractionResult, columns = 120): string {
  const lines: string[] = [];
  const header = ["date", "precision", "phrase", "status", "conf", "sentence"];
  const rows = result.candidates.map((c) => [c.when, c.granularity, c.phrase.text, c.status, c.confidence.toFixed(2), c.sentence.text]);
  lines.push(`Published ${result.published}: ${result.candidates.length} dated candidate(s), ${result.unresolved.length} unresolved phrase(s)`, "");
  if (rows.length > 0) lines.push(...table(header, rows, columns), "");
  if (result.unresolved.length > 0) {
    lines.push("Unresolved (a person should date these or leave them out):");
    lines.push(...table(["phrase", "why", "sentence"], result.unresolved.map((u) => [u.phrase.text, u.reason, u.sentence.text]), columns), "");
  }
  const dated = new Set([...result.candidates, ...result.unresolved].map((x) => x.sentence.start));
  lines.push(`${result.sentences.length - dated.size} of ${result.sentences.length} sentence(s) carry no time phrase and got no date.`);
  return `${lines.join("\n")}\n`;
}

/** A plain-text table whose last column is cut to fit the width. */
function table(header: string[], rows: string[][], columns: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === header.length - 1 ? 0 : r[i].length))));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  const last = Math.max(20, columns - fixed);
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s);
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? fit(cell, last) : cell.padEnd(widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w, i) => "-".repeat(i === widths.length - 1 ? Math.min(last, 40) : w))), ...rows.map(line)];
}
