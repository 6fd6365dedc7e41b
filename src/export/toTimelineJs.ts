/**
 * Download as Knight Lab TimelineJS JSON, so that nobody is locked in.
 *
 * Keeps: titles (headline), dates at their precision (a month exports as {year, month}, a span
 * as start_date/end_date), summaries, quotes and source links (in the slide text, as escaped HTML),
 * categories (as TimelineJS groups, by label), ids (unique_id), the dataset title and description.
 * Dates TimelineJS cannot express (approximate, uncertain, deadlines, "between") also get a
 * display_date in words. Two extra event fields that TimelineJS ignores, `edtf` and `status`, let
 * this app read its own export back without loss of date or status.
 * Loses in TimelineJS itself: actors, places, time phrases, status, the "as of" date, the story.
 */
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { fuzzyDate, parseFuzzyDate } from "../domain/parseFuzzyDate";
import type { Dataset, EventRecord, Source } from "../domain/types";
import { escapeHtml } from "../import/htmlToText";
import { isSafeLink } from "../import/isSafeLink";
import { timelineJsDatesOf, type TimelineJsDate } from "../import/timelineJsDatesOf";

/** A TimelineJS slide as this app writes it. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text?: string };
  group?: string;
  unique_id?: string;
  /** Extension: the exact EDTF date (TimelineJS ignores it). */
  edtf?: string;
  /** Extension: the event's status (TimelineJS ignores it). */
  status?: string;
}

export interface TimelineJsFile {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  scale: "human";
}

/** Plain text as HTML: escaped, line breaks kept. */
const html = (text: string) => escapeHtml(text).replace(/\r?\n/g, "<br>");

function citation(source: Source | undefined, sourceId: string): string {
  if (!source) return escapeHtml(sourceId);
  const published = source.published === undefined ? undefined : parseFuzzyDate(source.published);
  const words = `${source.publisher}, “${source.title}”${published?.ok ? `, ${formatFuzzyDate(published.date)}` : ""}`;
  return source.url && isSafeLink(source.url) ? `<a href="${escapeHtml(source.url)}">${html(words)}</a>` : html(words);
}

function slideText(event: EventRecord, sources: Map<string, Source>): string {
  const parts: string[] = [];
  if (event.summary) parts.push(`<p>${html(event.summary)}</p>`);
  for (const evidence of event.evidence) {
    if (evidence.quote) parts.push(`<blockquote>“${html(evidence.quote)}”</blockquote>`);
    parts.push(`<p>— ${citation(sources.get(evidence.source), evidence.source)}${evidence.note ? ` (${html(evidence.note)})` : ""}</p>`);
  }
  return parts.join("");
}

/** The dataset as a TimelineJS object. */
export function toTimelineJsObject(dataset: Dataset): TimelineJsFile {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const categories = new Map(dataset.categories.map((c) => [c.id, c.label]));
  const events = dataset.events.map((event): TimelineJsSlide => {
    const dates = timelineJsDatesOf(event.when) ?? { start_date: undefined };
    const group = event.category ? categories.get(event.category) ?? event.category : undefined;
    return {
      ...dates,
      text: { headline: html(event.title), text: slideText(event, sources) },
      ...(group ? { group: escapeHtml(group) } : {}),
      unique_id: event.id,
      edtf: event.when,
      status: event.status,
    };
  });
  const asOf = dataset.asOf ? `<p>As of ${escapeHtml(formatFuzzyDate(fuzzyDate(dataset.asOf)))}.</p>` : "";
  const description = `${dataset.description ? `<p>${html(dataset.description)}</p>` : ""}${asOf}` || undefined;
  return {
    title: { text: { headline: html(dataset.title), ...(description ? { text: description } : {}) } },
    events,
    scale: "human",
  };
}

/** The dataset as TimelineJS JSON text, pretty-printed, ending with a newline. */
export function toTimelineJs(dataset: Dataset): string {
  return `${JSON.stringify(toTimelineJsObject(dataset), null, 2)}\n`;
}
