/**
 * The TimelineJS spreadsheet template, downloaded as CSV: columns Year, Month, Day, Time, End Year,
 * End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
 * Media Thumbnail, Alt Text, Type, Group, Background. A row of Type "title" gives the title and
 * description; rows of Type "era" are eras. Maps and loses the same as TimelineJS JSON (timelineJs.ts);
 * problems are placed as "line 7, column C (Day)".
 */
import { buildForeignDataset, type EventDraft } from "./foreignDataset";
import { columnReader, normaliseHeader, readCsv } from "./csv";
import { failedImport, IssueList } from "./finishImport";
import { drain, type Steps } from "../domain/steps";
import { checkEventCount, eventLimitMessage, MAX_IMPORT_EVENTS } from "./limits";
import { checkTextSize } from "./checkTextSize";
import { quoteValue } from "./text";
import { LossTally, plainText, slideToDraft } from "./timelineJs";
import { readDateFields } from "./timelineJsDate";
import type { ImportOptions, ImportResult } from "./types";
import type { FormatSteps } from "./recogniseText";
import { formatCount, plural } from "../domain/formatCount";

/** The template's columns, by normalised name. */
export const TIMELINEJS_COLUMNS = [
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date", "Headline", "Text",
  "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];
const key = normaliseHeader;

/** Import a TimelineJS spreadsheet saved as CSV. */
export function importTimelineJsCsv(text: string, options: ImportOptions = {}): ImportResult {
  return drain(importTimelineJsCsvSteps(text, options));
}

/** importTimelineJsCsv in steps (the validator's). */
export function* importTimelineJsCsvSteps(text: string, options: ImportOptions = {}): Steps<ImportResult> {
  const format = "timelinejs-csv" as const;
  const tooBig = checkTextSize(text);
  if (tooBig) return failedImport(format, [tooBig]);
  const table = readCsv(text, MAX_IMPORT_EVENTS + 1); // a title row, then the events
  if (table.tooManyRows) {
    return failedImport(format, [{ path: "(the file)", message: eventLimitMessage(`has more than ${formatCount(MAX_IMPORT_EVENTS)} rows`), severity: "error" }], MAX_IMPORT_EVENTS + 1);
  }
  const index = new Map<string, number>();
  table.keys.forEach((k, i) => {
    if (!index.has(k)) index.set(k, i);
  });
  const missing = (["Year", "Headline"] as const).filter((c) => !index.has(key(c)));
  if (missing.length > 0) {
    return failedImport(format, [
      ...table.issues,
      {
        path: "line 1",
        message: `has no column ${missing.map((m) => `"${m}"`).join(" or ")}: the first line must be the TimelineJS template's header (${TIMELINEJS_COLUMNS.slice(0, 11).join(", ")}, …).`,
        severity: "error",
      },
    ]);
  }
  const issues = new IssueList();
  issues.file.push(...table.issues);
  const tally = new LossTally();
  const known = new Set(TIMELINEJS_COLUMNS.map(key));
  table.header.forEach((name, i) => {
    if (!known.has(table.keys[i]) && name.trim() !== "") tally.unknown(name.trim());
  });

  const { cell, place } = columnReader<Column>(table, index);

  const typeColumn = index.get(key("Type"));
  const eventRows = table.rows.filter((row) => typeColumn === undefined || (row.cells[typeColumn] ?? "").trim().toLowerCase() !== "title").length;
  const tooMany = checkEventCount(eventRows);
  if (tooMany) return failedImport(format, [{ path: "(the file)", message: tooMany, severity: "error" }], eventRows);

  let title: string | undefined;
  let description: string | undefined;
  let titlePlace = "(the file)";
  const drafts: EventDraft[] = [];
  let eventCount = 0;
  table.rows.forEach((row, sourceIndex) => {
    const type = cell(row, "Type").toLowerCase();
    if (type === "title") {
      if (title !== undefined) {
        issues.fileIssue(place(row, "Type"), 'is a second "title" row: only the first is used; this one is ignored.');
        return;
      }
      title = plainText(cell(row, "Headline"), place(row, "Headline"), -1, true, tally, issues);
      description = plainText(cell(row, "Text"), place(row, "Text"), -1, false, tally, issues);
      titlePlace = place(row, "Headline");
      if (cell(row, "Media")) tally.media++;
      return;
    }
    eventCount++;
    if (type !== "" && type !== "era") {
      issues.eventIssue(sourceIndex, place(row, "Type"), `${quoteValue(cell(row, "Type"))} is not a TimelineJS type ("title", "era" or empty): read as an ordinary event.`);
    }
    const hasEnd = cell(row, "End Year") !== "" || cell(row, "End Month") !== "" || cell(row, "End Day") !== "" || cell(row, "End Time") !== "";
    const start = readDateFields({ year: cell(row, "Year"), month: cell(row, "Month"), day: cell(row, "Day"), time: { time: cell(row, "Time") } });
    const end = hasEnd ? readDateFields({ year: cell(row, "End Year"), month: cell(row, "End Month"), day: cell(row, "End Day"), time: { time: cell(row, "End Time") } }) : undefined;
    if (start.error && /^year .* is not a whole number/.test(start.error) && /[-/.]/.test(cell(row, "Year"))) {
      start.error += "; put the month and day in their own columns";
    }
    const draft = slideToDraft(
      {
        sourceIndex,
        place: `line ${row.line}`,
        places: {
          start: place(row, "Year"),
          end: place(row, "End Year"),
          headline: place(row, "Headline"),
          text: place(row, "Text"),
          group: place(row, "Group"),
          id: `line ${row.line}`,
          display: place(row, "Display Date"),
          media: place(row, "Media"),
          status: `line ${row.line}`,
          startTime: cell(row, "Time") ? place(row, "Time") : undefined,
          endTime: cell(row, "End Time") ? place(row, "End Time") : undefined,
        },
        start,
        end,
        displayDate: plainText(cell(row, "Display Date"), place(row, "Display Date"), sourceIndex, true, tally, issues) || undefined,
        headline: plainText(cell(row, "Headline"), place(row, "Headline"), sourceIndex, true, tally, issues),
        text: plainText(cell(row, "Text"), place(row, "Text"), sourceIndex, false, tally, issues),
        group: plainText(cell(row, "Group"), place(row, "Group"), sourceIndex, true, tally, issues) || undefined,
        mediaCredit: plainText(cell(row, "Media Credit"), place(row, "Media Credit"), sourceIndex, true, tally, issues) || undefined,
        hasMedia: cell(row, "Media") !== "",
        hasBackground: cell(row, "Background") !== "",
        isEra: type === "era",
      },
      issues,
      tally,
    );
    if (draft) drafts.push(draft);
  });
  tally.report(issues, "the TimelineJS template");
  if (eventCount === 0 && table.rows.length > 0) issues.fileIssue("(the file)", `has ${plural(table.rows.length, "row")} but no event rows.`);
  return yield* buildForeignDataset({ format, eventCount, options, title, titlePlace, description, drafts, issues });
}

/** This format's import in steps, as importAny and importInSlices run it. */
export const formatSteps: FormatSteps = { text: importTimelineJsCsvSteps };
