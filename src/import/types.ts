import type { Dataset, Issue } from "../domain/types";
import type { DecodedText } from "./decodeText";
import type { FieldChoice, FieldOptions } from "./fieldChoice";

/** The formats an import understands. Also the values of `&format=` in the URL. */
export type FormatId = "dataset" | "timelinejs" | "timelinejs-csv" | "vis-timeline" | "csv";

/** Each format's name, for people (the report, `format=` errors). */
export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = {
  dataset: "Diplomacy Timeline JSON",
  timelinejs: "TimelineJS JSON",
  "timelinejs-csv": "TimelineJS spreadsheet (CSV)",
  "vis-timeline": "vis-timeline JSON",
  csv: "Spreadsheet (CSV)",
};

const ALIASES: ReadonlyMap<string, FormatId> = new Map([
  ["dataset", "dataset"],
  ["json", "dataset"],
  ["ours", "dataset"],
  ["native", "dataset"],
  ["timelinejs", "timelinejs"],
  ["timelinejs-json", "timelinejs"],
  ["timeline3", "timelinejs"],
  ["knightlab", "timelinejs"],
  ["tl", "timelinejs"],
  ["timelinejs-csv", "timelinejs-csv"],
  ["timelinejs-sheet", "timelinejs-csv"],
  ["gsheet", "timelinejs-csv"],
  ["vis-timeline", "vis-timeline"],
  ["vis", "vis-timeline"],
  ["visjs", "vis-timeline"],
  ["csv", "csv"],
  ["tsv", "csv"],
  ["spreadsheet", "csv"],
] as const);

/** Read a format name as given in `&format=` (case and aliases tolerated); undefined when unknown. */
export function parseFormatId(value: string | null | undefined): FormatId | undefined {
  if (typeof value !== "string") return undefined;
  return ALIASES.get(value.trim().toLowerCase());
}

export function formatLabel(id: FormatId): string {
  return FORMAT_LABELS[id] ?? id;
}

/** An event that the import could not use, with where it was and why. */
export interface SkippedEvent {
  /** Where it is in the input: "events[3]", "items[2]", "line 7". */
  place: string;
  /** Its title, when it has one, so that the report can name it. */
  title?: string;
  /** The first problem that made it unusable. */
  reason: string;
}

/** What an import produced. */
export interface ImportResult {
  /** Present when something is usable: the events that passed. Already validated. */
  dataset?: Dataset;
  /** Every problem and every lossy mapping, each with its place in the input and a hint. */
  issues: Issue[];
  /** How many events the input had, to say "16 of 18 events". */
  eventCount: number;
  /** The format that was read; "unknown" when it could not be recognised. */
  format: FormatId | "unknown";
  /** The events left out, in input order. */
  skipped: SkippedEvent[];
  /**
   * For a file whose fields are not the names its format expects (vis items with custom fields,
   * a spreadsheet with other columns): its field names and which were taken as title, date and
   * group, so that the report can offer to choose others.
   */
  fieldOptions?: FieldOptions;
}

/** Options every importer accepts. All are optional. */
export interface ImportOptions {
  /** Read the input as this format instead of recognising it (`&format=`). */
  format?: FormatId;
  /** The file's name, used for the imported timeline's title and its source, and to help recognise the format. */
  fileName?: string;
  /** Where the file came from (a `?data=` address), recorded on the source created for formats without sources. Only http(s) is kept. */
  sourceUrl?: string;
  /**
   * The day of the import as YYYY-MM-DD (defaults to today, in UTC). Formats without publication dates
   * or statuses are dated by it: events after it are "planned", the rest "happened".
   */
  importedOn?: string;
  /** Which of the file's own fields are the title, date and group (chosen in the import report). */
  fields?: FieldChoice;
  /** The choice remembered for files of this shape (sorted field names, `shapeOf`), used when `fields` is not given. */
  rememberedFields?: (shape: string) => FieldChoice | undefined;
  /** vis-timeline groups become categories (default) or actors. */
  visGroupsAs?: "categories" | "actors";
  /** How the text was decoded from the file's bytes (decodeText), said in the report when it was not plain UTF-8. */
  decoded?: Omit<DecodedText, "text">;
}

/** One importer: text in, a result or a report out. Never throws. */
export type Importer = (text: string, options?: ImportOptions) => ImportResult;
