/** The formats an import understands, described for people: apart from types.ts, whose labels every import needs and these descriptions none. */
import { FORMAT_LABELS, type FormatId } from "./types";

/** A format, described for people (the file picker, the report dialog). */
export interface FormatInfo {
  id: FormatId;
  label: string;
  /** File name endings, for the file picker's `accept`. */
  extensions: readonly string[];
  description: string;
}

export const FORMATS: readonly FormatInfo[] = [
  {
    id: "dataset",
    label: FORMAT_LABELS.dataset,
    extensions: [".json"],
    description: "This app's own format (any version); older versions are upgraded.",
  },
  {
    id: "timelinejs",
    label: FORMAT_LABELS.timelinejs,
    extensions: [".json"],
    description: "Knight Lab TimelineJS: title, events, eras and groups.",
  },
  {
    id: "timelinejs-csv",
    label: FORMAT_LABELS["timelinejs-csv"],
    extensions: [".csv", ".tsv", ".txt"],
    description: "The TimelineJS Google Sheets template, downloaded as CSV (Year, Month, Day, …, Headline, Text, …).",
  },
  {
    id: "vis-timeline",
    label: FORMAT_LABELS["vis-timeline"],
    extensions: [".json"],
    description: "vis-timeline items ({id, content, start, end, group}), alone or as {items, groups}.",
  },
  {
    id: "csv",
    label: FORMAT_LABELS.csv,
    extensions: [".csv", ".tsv", ".txt"],
    description: "One event per row with the columns title, when, status, actors, quote, source_url, …",
  },
];
