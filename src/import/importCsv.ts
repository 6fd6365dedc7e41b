/**
 * A plain spreadsheet of this app's own fields, one event per row (CSV or tab-separated):
 *
 * id, title, summary, when, timePhrase, status, actors, category, place, quote, note,
 * source_id, source_url, source_publisher, source_title, source_published
 *
 * `title` and `when` are required; the rest are optional. `actors` holds several names separated
 * by semicolons ("us; dprk"); a name that is not already an id ("North Korea") becomes the label
 * of a new id ("north-korea"). Rows citing the same source (by source_id, else source_url, else
 * publisher and title) share one source. Header names are matched loosely ("Time phrase",
 * "time_phrase" and "timePhrase" are the same). Problems are placed as "line 7, column D (when)".
 */
import { isHttpUrl } from "../domain/vocabulary";
import { MAX_ID_LENGTH } from "../domain/datasetLimits";
import { isIsoDay } from "../domain/readFuzzyDate";
import { cellPlace, columnReader, normaliseHeader, readCsv, type CsvRow } from "./csv";
import { failedImport, finishImportSteps, IssueList } from "./finishImport";
import { drain, type Steps } from "../domain/steps";
import { importDay, IMPORTED_SOURCE_ID, statusFromDate } from "./foreignDataset";
import { eventLimitMessage, MAX_IMPORT_EVENTS } from "./limits";
import { checkTextSize } from "./checkTextSize";
import { baseName, clip, IdAllocator, quoteValue, slugify } from "./text";
import type { ImportOptions, ImportResult } from "./types";
import { DATE_NAME, GROUP_NAME, otherFieldsOf, RESERVED_NAMES, settleChoice, type FieldChoice, type FieldOptions } from "./fieldChoice";
import type { FormatSteps } from "./recogniseText";
import { formatCount, plural } from "../domain/formatCount";

const NONE: ReadonlySet<string> = new Set();
const optionalFields = (fields: Record<string, string> | undefined) => (fields ? { fields } : {});

/** The columns, in the order this app documents them. */
export const CSV_COLUMNS = [
  "id", "title", "summary", "when", "timePhrase", "status", "actors", "category", "place", "quote", "note",
  "source_id", "source_url", "source_publisher", "source_title", "source_published",
] as const;

type Column = (typeof CSV_COLUMNS)[number];
const key = normaliseHeader;
const ID = /^[a-z0-9][a-z0-9-]*$/;
/** The dataset format's limits on a source's fields (schema.ts). */
const MAX_PUBLISHER = 200;
const MAX_SOURCE_TITLE = 500;
const MAX_URL_LENGTH = 2000;

/** How to write a day that is not YYYY-MM-DD: "write 2019-01-18" when the order is clear. */
function isoDayHint(text: string): string {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!match) return "write it as 2019-01-18";
  const [a, b] = [Number(match[1]), Number(match[2])];
  const pad = (n: number) => String(n).padStart(2, "0");
  if (a > 12 && b <= 12) return `write ${match[3]}-${pad(b)}-${pad(a)}`;
  if (b > 12 && a <= 12) return `write ${match[3]}-${pad(a)}-${pad(b)}`;
  return "write the year first, then the month and the day: YYYY-MM-DD";
}

interface SourceRecord {
  id: string;
  publisher: string;
  title: string;
  published?: string;
  url?: string;
  line: number;
  places: Record<string, string>;
}

/** Import a spreadsheet of this app's fields. */
export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  return drain(importCsvSteps(text, options));
}

/** importCsv in steps (the validator's). */
export function* importCsvSteps(text: string, options: ImportOptions = {}): Steps<ImportResult> {
  const format = "csv" as const;
  const tooBig = checkTextSize(text);
  if (tooBig) return failedImport(format, [tooBig]);
  const table = readCsv(text, MAX_IMPORT_EVENTS);
  if (table.tooManyRows) {
    return failedImport(format, [{ path: "(the file)", message: eventLimitMessage(`has more than ${formatCount(MAX_IMPORT_EVENTS)} rows`), severity: "error" }], MAX_IMPORT_EVENTS + 1);
  }
  const index = new Map<string, number>();
  const issues = new IssueList();
  issues.file.push(...table.issues);
  const known = new Set<string>(CSV_COLUMNS.map(key));
  const unknown: number[] = [];
  table.keys.forEach((k, i) => {
    if (index.has(k)) issues.fileIssue(cellPlace(1, i, table.header[i]), `repeats an earlier column: only the first "${table.header[i]}" column is read.`);
    else index.set(k, i);
    if (!known.has(k) && table.header[i].trim() !== "") unknown.push(i);
  });
  // Columns with other names than this app's: a title and a date are guessed among them (the
  // report offers to choose others), and the rest are kept as each event's other fields.
  let fieldOptions: FieldOptions | undefined;
  if (unknown.length > 0 || !index.has(key("title")) || !index.has(key("when"))) {
    const names = table.header.map((h) => h.trim()).filter((h, i) => h !== "" && index.get(table.keys[i]) === i);
    const headerOf = (column: Column) => (index.has(key(column)) ? table.header[index.get(key(column))!].trim() : undefined);
    const others = unknown.map((i) => table.header[i].trim()).filter((n) => !RESERVED_NAMES.has(n));
    const dateGuess = headerOf("when") ?? others.find((n) => DATE_NAME.test(n));
    const titleGuess = headerOf("title") ?? others.find((n) => n !== dateGuess);
    const guess: FieldChoice = {
      title: titleGuess,
      date: dateGuess,
      group: headerOf("category") ?? others.find((n) => n !== titleGuess && n !== dateGuess && GROUP_NAME.test(n)),
    };
    const settled = settleChoice(names, options.fields, options.rememberedFields, guess, (message) => issues.fileIssue("(the file)", message));
    fieldOptions = { names, chosen: settled.chosen, shape: settled.shape };
    const roles: [keyof FieldChoice, Column][] = [["title", "title"], ["date", "when"], ["group", "category"]];
    for (const [role, column] of roles) {
      const name = settled.chosen[role];
      if (name === undefined || name === headerOf(column)) continue;
      index.set(key(column), table.header.findIndex((h) => h.trim() === name));
      if (!settled.fromFile) issues.fileIssue("line 1", `has no column "${column}": the ${role} is read from ${quoteValue(name)}; choose another column in the import report.`);
    }
  }
  const chosenColumns = new Set([index.get(key("title")), index.get(key("when")), index.get(key("category"))]);
  const reserved = unknown.filter((i) => RESERVED_NAMES.has(table.header[i].trim()));
  const otherColumns = unknown.filter((i) => !chosenColumns.has(i) && !reserved.includes(i));
  const missing = (["title", "when"] as const).filter((c) => !index.has(key(c)));
  if (missing.length > 0) {
    return {
      ...failedImport(format, [
        ...table.issues,
        { path: "line 1", message: `has no column ${missing.map((m) => `"${m}"`).join(" or ")}: the first line must name the columns (${CSV_COLUMNS.slice(0, 8).join(", ")}, …), or choose which column is the ${missing.map((m) => (m === "when" ? "date" : m)).join(" and which the ")}.`, severity: "error" },
      ]),
      ...(fieldOptions ? { fieldOptions } : {}),
    };
  }
  if (reserved.length > 0) issues.fileIssue("line 1", `has columns with reserved names, not imported: ${reserved.map((i) => quoteValue(table.header[i].trim())).join(", ")}.`);
  if (otherColumns.length > 0) {
    const listed = otherColumns.slice(0, 10).map((i) => quoteValue(table.header[i].trim())).join(", ");
    issues.fileIssue("line 1", `has columns this app has no place for, kept as each event's other fields: ${listed}${otherColumns.length > 10 ? ", …" : ""} (this app's columns: ${CSV_COLUMNS.join(", ")}).`);
  }
  const { cell, place } = columnReader<Column>(table, index);

  const today = importDay(options);
  const eventIds = new IdAllocator("event");
  for (const row of table.rows) {
    const id = cell(row, "id");
    if (id !== "") eventIds.reserve(id);
  }
  const sourceIds = new IdAllocator("source");
  const sources = new Map<string, SourceRecord>();
  const actors = new LabelTable("actor");
  const categories = new LabelTable("category");
  let fileSourceUsed = 0;
  let derivedStatus = 0;

  /** The id of the row's source, made on its first row; undefined when the row must be left out (a bad publication day). */
  const sourceFor = (row: CsvRow, sourceIndex: number, eventTitle: string): string | undefined => {
    const given = { id: cell(row, "source_id"), url: cell(row, "source_url"), publisher: cell(row, "source_publisher"), title: cell(row, "source_title"), published: cell(row, "source_published") };
    let url: string | undefined = given.url || undefined;
    if (url !== undefined && !isHttpUrl(url)) {
      issues.eventIssue(sourceIndex, place(row, "source_url"), `${quoteValue(url)} is not an http:// or https:// address: left out (only web addresses become links).`);
      url = undefined;
    } else if (url !== undefined && url.length > MAX_URL_LENGTH) {
      issues.eventIssue(sourceIndex, place(row, "source_url"), `is ${formatCount(url.length)} characters long, more than an address may be (${formatCount(MAX_URL_LENGTH)}): left out.`);
      url = undefined;
    }
    const sourceKey = given.id || url || (given.publisher || given.title ? `${given.publisher}\u0000${given.title}` : "");
    if (sourceKey === "") {
      fileSourceUsed++;
      return IMPORTED_SOURCE_ID;
    }
    const existing = sources.get(sourceKey);
    if (existing) {
      for (const field of ["publisher", "title", "published"] as const) {
        const kept = existing[field] ?? "";
        if (given[field] !== "" && given[field] !== kept) {
          issues.eventIssue(sourceIndex, place(row, `source_${field}`), `${quoteValue(given[field])} differs from line ${existing.line} for the same source: line ${existing.line}'s ${kept === "" ? "empty cell" : quoteValue(kept)} is kept.`);
        }
      }
      return existing.id;
    }
    const published = given.published || undefined;
    if (published === undefined) {
      issues.eventIssue(sourceIndex, place(row, "source_published"), `is empty: the source has no publication date (and gives no "as of" line). Give its publication day (YYYY-MM-DD), against which phrases such as "last June" are read.`);
    } else if (!isIsoDay(published)) {
      // Its day is what relative phrases ("last June") are read against: no day is better than a guessed one.
      issues.skip(sourceIndex, `line ${row.line}`, place(row, "source_published"), `${quoteValue(published)} is not a day written YYYY-MM-DD (${isoDayHint(published)}): this row is left out.`, eventTitle || undefined);
      return undefined;
    }
    let host: string | undefined;
    if (url) host = new URL(url).hostname.replace(/^www\./, "");
    let id = given.id;
    if (id === "" || !ID.test(id) || id.length > MAX_ID_LENGTH) {
      id = sourceIds.allocate(given.id || given.publisher || host, given.title);
      if (given.id !== "") issues.eventIssue(sourceIndex, place(row, "source_id"), `${quoteValue(given.id)} became the id "${id}" (ids use lower-case letters, digits and hyphens).`);
    }
    sourceIds.reserve(id);
    const publisher = clipped(given.publisher || host || "Unknown publisher", MAX_PUBLISHER, sourceIndex, place(row, "source_publisher"));
    if (!given.publisher) issues.eventIssue(sourceIndex, place(row, "source_publisher"), `is empty: the source's publisher is recorded as "${publisher}"${host ? " from its address" : ""}.`);
    const title = clipped(given.title || url || publisher, MAX_SOURCE_TITLE, sourceIndex, place(row, "source_title"));
    if (!given.title) issues.eventIssue(sourceIndex, place(row, "source_title"), `is empty: the source's title is recorded as ${quoteValue(title)}.`);
    const record: SourceRecord = {
      id,
      publisher,
      title,
      ...(published ? { published } : {}),
      ...(url ? { url } : {}),
      line: row.line,
      places: {
        id: place(row, "source_id"),
        publisher: place(row, "source_publisher"),
        title: place(row, "source_title"),
        published: place(row, "source_published"),
        url: place(row, "source_url"),
      },
    };
    sources.set(sourceKey, record);
    return id;
  };

  /** Text cut to `max` characters, with a warning at its cell when it was longer. */
  const clipped = (text: string, max: number, sourceIndex: number, at: string) => {
    const result = clip(text, max);
    if (result.clipped) issues.eventIssue(sourceIndex, at, `is ${formatCount(text.length)} characters long: cut to ${formatCount(max)}.`);
    return result.text;
  };

  // The rows that become events, with their place in the table (a row with a bad source is left out).
  const used: { row: CsvRow; sourceIndex: number }[] = [];
  const events = table.rows.flatMap((row, sourceIndex) => {
    const title = cell(row, "title");
    const source = sourceFor(row, sourceIndex, title);
    if (source === undefined) return [];
    used.push({ row, sourceIndex });
    const when = cell(row, "when");
    const idCell = cell(row, "id");
    const id = idCell !== "" ? idCell : eventIds.allocate(title);
    let status = cell(row, "status");
    if (status === "") {
      status = statusFromDate(when, today.day);
      derivedStatus++;
    }
    const actorList = cell(row, "actors")
      .split(";")
      .map((a) => a.trim())
      .filter((a) => a !== "")
      .map((a) => actors.idOf(a));
    const category = cell(row, "category");
    const quote = cell(row, "quote");
    const note = cell(row, "note");
    const optional = (name: "summary" | "timePhrase" | "place") => {
      const value = cell(row, name);
      return value === "" ? {} : { [name]: value };
    };
    return {
      id,
      title,
      ...optional("summary"),
      when,
      ...optional("timePhrase"),
      status,
      actors: [...new Set(actorList)],
      ...(category === "" ? {} : { category: categories.idOf(category) }),
      ...optional("place"),
      evidence: [{ source, ...(quote === "" ? {} : { quote }), ...(note === "" ? {} : { note }) }],
      ...optionalFields(otherFieldsOf(otherColumns.map((i) => [table.header[i].trim(), row.cells[i] ?? ""]), NONE)),
    };
  });

  if (derivedStatus > 0) {
    issues.fileIssue("(the file)", `${plural(derivedStatus, "row")} had no status: "planned" for dates after the day of import (${today.iso}), "happened" for the rest. Correct any that were only expected or speculated.`);
  }
  const sourceList = [...sources.values()];
  if (fileSourceUsed > 0) {
    issues.fileIssue(
      "(the file)",
      `${plural(fileSourceUsed, "row")} name no source: the file itself is recorded as their source (publisher unknown, no publication date). Fill in source_url, source_publisher, source_title and source_published.`,
    );
  }
  const fileName = options.fileName?.split(/[\\/]/).pop()?.trim();
  const datasetTitle = baseName(options.fileName) ?? "Imported timeline";
  issues.fileIssue("(the file)", `has no title (spreadsheets have none): the timeline is titled "${datasetTitle}"${options.fileName ? " after the file" : ""}. Change it if you like.`);
  const allSources = [
    ...(fileSourceUsed > 0
      ? [{ id: IMPORTED_SOURCE_ID, publisher: "Unknown publisher", title: fileName || datasetTitle, ...(options.sourceUrl && isHttpUrl(options.sourceUrl) ? { url: options.sourceUrl } : {}) }]
      : []),
    ...sourceList.map(({ line: _line, places: _places, ...s }) => s),
  ];
  const sourcePlaces = [...(fileSourceUsed > 0 ? [undefined] : []), ...sourceList];

  const result = yield* finishImportSteps({
    format,
    eventCount: table.rows.length,
    raw: {
      version: 1,
      title: datasetTitle,
      sources: allSources.length > 0 ? allSources : [{ id: IMPORTED_SOURCE_ID, publisher: "Unknown publisher", title: datasetTitle }],
      actors: actors.list(),
      categories: categories.list(),
      events,
    },
    origins: used.map(({ row, sourceIndex }, i) => ({ place: `line ${row.line}`, title: events[i].title || undefined, sourceIndex })),
    eventPath: (i, rest) => {
      const row = used[i].row;
      const field = /^\.([A-Za-z]+)/.exec(rest)?.[1];
      const column: Column | undefined =
        field === "evidence" ? (/\.source$/.test(rest) ? "source_id" : /\.note$/.test(rest) ? "note" : "quote") : (CSV_COLUMNS as readonly string[]).includes(field ?? "") ? (field as Column) : undefined;
      if (column === undefined) return `line ${row.line}`;
      if (column === "source_id" && !index.has(key("source_id"))) return place(row, index.has(key("source_url")) ? "source_url" : "source_publisher");
      return place(row, column);
    },
    topPath: (path) => {
      const match = /^sources\[(\d+)\]\.?([a-z]*)/.exec(path);
      const record = match ? sourcePlaces[Number(match[1])] : undefined;
      if (record && match) return record.places[match[2]] ?? `line ${record.line}`;
      // Actors and categories come from cells of many rows: the message names them.
      if (/^(actors|categories)\[/.test(path)) return "(the file)";
      return path;
    },
    issues,
  });
  return fieldOptions ? { ...result, fieldOptions } : result;
}

/**
 * Actors or categories named in cells: an id ("dprk") is used as it is; a name ("North Korea")
 * gets an id ("north-korea") and becomes its label. "summit" and "Summit" are the same category,
 * labelled "Summit".
 */
class LabelTable {
  private readonly entries = new Map<string, { id: string; label: string }>();
  private readonly ids: IdAllocator;

  constructor(fallback: string) {
    this.ids = new IdAllocator(fallback);
  }

  idOf(value: string): string {
    const isId = ID.test(value) && value.length <= 80;
    const key = isId ? value : slugify(value) || value;
    let entry = this.entries.get(key);
    if (!entry) {
      const id = isId ? value : this.ids.allocate(value);
      this.ids.reserve(id);
      entry = { id, label: value.slice(0, 120) };
      this.entries.set(key, entry);
    } else if (entry.label === entry.id && !isId) {
      entry.label = value.slice(0, 120);
    }
    return entry.id;
  }

  list(): { id: string; label: string }[] {
    return [...this.entries.values()];
  }
}

/** This format's import in steps, as importAny and importInSlices run it. */
export const formatSteps: FormatSteps = { text: importCsvSteps };
