/**
 * Knight Lab TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).
 *
 * Maps: title slide → title and description; events → events (headline → title, text → summary
 * and evidence, start_date/end_date → EDTF at the precision given, display_date → time phrase,
 * group → category, unique_id → id); eras → events in the category "Era".
 * Loses (each with a warning): media (its credit is kept as text), backgrounds, time of day,
 * HTML formatting and links. TimelineJS has no sources, quotes or statuses: see foreignDataset.ts.
 *
 * Files exported by this app carry two extra event fields TimelineJS ignores, `edtf` and
 * `status`, so that a round trip keeps approximate dates, deadlines and statuses. They are used
 * only when they agree with the TimelineJS dates beside them.
 */
import type { Issue } from "../domain/types";
import { buildForeignDataset, type EventDraft } from "./foreignDataset";
import { failedImport, IssueList } from "./finishImport";
import { drain, type Steps } from "../domain/steps";
import { htmlToText } from "./htmlToText";
import { checkEventCount } from "./limits";
import { checkTextSize } from "./checkTextSize";
import { isPlainObject, own, parseJsonSafely } from "./safeJson";
import { parseFuzzyDate } from "../domain/readFuzzyDate";
import { quoteValue } from "./text";
import { edtfOfParts, edtfOfRange, endsBeforeStart, readTimelineJsDate, samePartsAs, exportedDatesOf, type ReadDate } from "./timelineJsDate";
import type { FormatId, ImportOptions, ImportResult } from "./types";
import type { FormatSteps } from "./recogniseText";
import { plural } from "../domain/formatCount";

/** One TimelineJS slide (event or era), from JSON or from a spreadsheet row, with the places of its fields. */
export interface Slide {
  sourceIndex: number;
  place: string;
  places: { start: string; end: string; headline: string; text: string; group: string; id: string; display: string; media: string; status: string; startTime?: string; endTime?: string };
  start: ReadDate;
  end?: ReadDate;
  displayDate?: string;
  headline?: string;
  text?: string;
  group?: string;
  uniqueId?: string;
  mediaCredit?: string;
  hasMedia: boolean;
  hasBackground: boolean;
  /** This app's extension fields. */
  edtf?: unknown;
  status?: unknown;
  isEra: boolean;
}

/** Running counts of what a file lost, turned into one warning each at the end. */
export class LossTally {
  htmlFields = 0;
  links = 0;
  media = 0;
  backgrounds = 0;
  eras = 0;
  readonly unknownFields = new Map<string, number>();

  unknown(name: string): void {
    this.unknownFields.set(name, (this.unknownFields.get(name) ?? 0) + 1);
  }

  report(issues: IssueList, formatName: string): void {
    if (this.htmlFields > 0) {
      issues.fileIssue(
        "(the file)",
        `HTML formatting was removed from ${plural(this.htmlFields, "text")}${this.links ? `, and ${plural(this.links, "link")} kept as plain text only` : ""}: the words are kept, shown as plain text.`,
      );
    }
    if (this.media > 0) issues.fileIssue("(the file)", `${plural(this.media, "image or video", "images and videos")} (media) ${this.media === 1 ? "was" : "were"} not imported: this app shows no media. Media credits are kept in each event's evidence note.`);
    if (this.backgrounds > 0) issues.fileIssue("(the file)", `${plural(this.backgrounds, "slide background")} ${this.backgrounds === 1 ? "was" : "were"} not imported.`);
    if (this.eras > 0) issues.fileIssue("(the file)", `${plural(this.eras, "era")} ${this.eras === 1 ? "was" : "were"} imported as events in the category "Era" (this app draws no separate era bands).`);
    if (this.unknownFields.size > 0) {
      const names = [...this.unknownFields.keys()].slice(0, 10).map((k) => quoteValue(k)).join(", ");
      issues.fileIssue("(the file)", `has fields ${formatName} does not define, not imported: ${names}${this.unknownFields.size > 10 ? ", …" : ""}.`);
    }
  }
}

const MAX_HEADLINE_CHARS = 1000;
const MAX_TEXT_CHARS = 5000;

/** Plain text from HTML, counting what was removed and warning about code at its place. */
export function plainText(html: unknown, place: string, sourceIndex: number, singleLine: boolean, tally: LossTally, issues: IssueList): string | undefined {
  if (html === undefined || html === null) return undefined;
  if (typeof html === "number") return String(html);
  if (typeof html !== "string") {
    issues.eventIssue(sourceIndex, place, `must be text, not ${quoteValue(html)}: ignored.`);
    return undefined;
  }
  const result = htmlToText(html, { singleLine, maxLength: singleLine ? MAX_HEADLINE_CHARS : MAX_TEXT_CHARS });
  if (result.hadMarkup) tally.htmlFields++;
  tally.links += result.linksRemoved;
  if (result.codeRemoved > 0) {
    const message = `contained ${plural(result.codeRemoved, "script or embedded element")} (e.g. <script>, <iframe>): removed, never run.`;
    if (sourceIndex < 0) issues.fileIssue(place, message);
    else issues.eventIssue(sourceIndex, place, message);
  }
  return result.text;
}

/** A slide as an event draft; undefined (and reported) when it has no usable date. */
export function slideToDraft(slide: Slide, issues: IssueList, tally: LossTally): EventDraft | undefined {
  const i = slide.sourceIndex;
  const { places } = slide;
  const title = slide.headline;
  if (slide.start.error || !slide.start.parts) {
    issues.skip(i, slide.place, places.start, `${slide.start.error ?? "is not a date"}: the event is left out.`, title);
    return undefined;
  }
  if (slide.end?.error) {
    issues.skip(i, slide.place, places.end, `${slide.end.error}: the event is left out (remove the end date for a one-day event).`, title);
    return undefined;
  }
  for (const [read, place] of [[slide.start, places.startTime ?? places.start], [slide.end, places.endTime ?? places.end]] as const) {
    if (read && read.dropped.length > 0) {
      issues.eventIssue(i, place, `${read.dropped.join(", ")}: dropped, since this app works in whole days.`);
    }
  }
  if (slide.end?.parts && endsBeforeStart(edtfOfParts(slide.start.parts), edtfOfParts(slide.end.parts))) {
    issues.skip(i, slide.place, places.end, `${edtfOfParts(slide.end.parts)} is before the start, ${edtfOfParts(slide.start.parts)}: the event is left out. Swap the start and end dates.`, title);
    return undefined;
  }
  let when = edtfOfRange(slide.start.parts, slide.end?.parts);
  let displayDate = slide.displayDate;
  if (slide.edtf !== undefined) {
    const exported = typeof slide.edtf === "string" ? exportedDatesOf(slide.edtf) : undefined;
    if (exported && samePartsAs(exported.start_date, slide.start.parts) && samePartsAs(exported.end_date, slide.end?.parts)) {
      when = (slide.edtf as string).trim();
      if (displayDate === exported.display_date) displayDate = undefined; // the words this app wrote for it
    } else {
      issues.eventIssue(i, `${slide.place}.edtf`, `${quoteValue(slide.edtf)} does not match the TimelineJS dates beside it (edited since export?): the TimelineJS dates are used.`);
    }
  }
  const check = parseFuzzyDate(when);
  if (!check.ok) {
    issues.skip(i, slide.place, places.start, `${when.replace("/", " to ")} is not a date this app can draw (${check.error}): the event is left out.`, title);
    return undefined;
  }
  if (slide.hasMedia) tally.media++;
  if (slide.hasBackground) tally.backgrounds++;
  if (slide.isEra) tally.eras++;
  return {
    sourceIndex: i,
    place: slide.place,
    fields: {
      id: places.id,
      title: places.headline,
      summary: places.text,
      when: places.start,
      timePhrase: places.display,
      category: places.group,
      evidence: places.text,
      status: places.status,
    },
    idHint: slide.uniqueId,
    title,
    summary: slide.text,
    when,
    timePhrase: displayDate,
    status: typeof slide.status === "string" ? slide.status : undefined,
    category: slide.isEra ? "Era" : slide.group,
    note: slide.mediaCredit ? `Media credit: ${slide.mediaCredit}` : undefined,
  };
}

const EVENT_FIELDS: ReadonlySet<string> = new Set(["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id", "type", "edtf", "status"]);
const TOP_FIELDS: ReadonlySet<string> = new Set(["title", "events", "eras", "scale"]);

/** Import a TimelineJS JSON file. */
export function importTimelineJs(text: string, options: ImportOptions = {}): ImportResult {
  return drain(importTimelineJsSteps(text, options));
}

/** importTimelineJs in steps (the validator's). */
export function* importTimelineJsSteps(text: string, options: ImportOptions = {}): Steps<ImportResult> {
  const tooBig = checkTextSize(text);
  if (tooBig) return failedImport("timelinejs", [tooBig]);
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return failedImport("timelinejs", parsed.issues);
  return yield* importTimelineJsValueSteps(parsed.value, options, parsed.issues);
}

/** Import already parsed TimelineJS JSON. */
export function importTimelineJsValue(json: unknown, options: ImportOptions = {}, earlier: Issue[] = []): ImportResult {
  return drain(importTimelineJsValueSteps(json, options, earlier));
}

/** importTimelineJsValue in steps (the validator's). */
export function* importTimelineJsValueSteps(json: unknown, options: ImportOptions = {}, earlier: Issue[] = []): Steps<ImportResult> {
  const format: FormatId = "timelinejs";
  if (!isPlainObject(json)) {
    return failedImport(format, [...earlier, { path: "(the file)", message: `must be a TimelineJS object with "events", not ${quoteValue(json)}.`, severity: "error" }]);
  }
  const events = own(json, "events");
  const eras = own(json, "eras");
  if (!Array.isArray(events)) {
    return failedImport(format, [
      ...earlier,
      { path: "events", message: events === undefined ? 'is missing: a TimelineJS file lists its slides in "events".' : `must be a list of events, not ${quoteValue(events)}.`, severity: "error" },
    ]);
  }
  const eraList = Array.isArray(eras) ? eras : [];
  const eventCount = events.length + eraList.length;
  const tooMany = checkEventCount(eventCount);
  if (tooMany) return failedImport(format, [...earlier, { path: "events", message: tooMany, severity: "error" }], eventCount);

  const issues = new IssueList();
  issues.file.push(...earlier);
  const tally = new LossTally();
  for (const key of Object.keys(json)) if (!TOP_FIELDS.has(key)) tally.unknown(key);
  if (eras !== undefined && !Array.isArray(eras)) issues.fileIssue("eras", `must be a list, not ${quoteValue(eras)}: ignored.`);

  const titleSlide = own(json, "title");
  const titleText = own(titleSlide, "text");
  const title = plainText(own(titleText, "headline"), "title.text.headline", -1, true, tally, issues);
  const description = plainText(own(titleText, "text"), "title.text.text", -1, false, tally, issues);
  if (isPlainObject(own(titleSlide, "media"))) tally.media++;
  if (own(titleSlide, "background") !== undefined) tally.backgrounds++;

  const drafts: EventDraft[] = [];
  const read = (slide: unknown, index: number, list: "events" | "eras") => {
    const sourceIndex = list === "events" ? index : events.length + index;
    const place = `${list}[${index}]`;
    if (!isPlainObject(slide)) {
      issues.skip(sourceIndex, place, place, `must be an object with "start_date" and "text", not ${quoteValue(slide)}: left out.`);
      return;
    }
    for (const key of Object.keys(slide)) if (!EVENT_FIELDS.has(key)) tally.unknown(key);
    const textObject = own(slide, "text");
    const media = own(slide, "media");
    const endValue = own(slide, "end_date");
    const start = readTimelineJsDate(own(slide, "start_date"));
    const end = endValue === undefined || endValue === null ? undefined : readTimelineJsDate(endValue);
    const display = own(slide, "display_date");
    const dateWords = [start.displayDate, end?.displayDate].filter((w) => w !== undefined);
    const uniqueId = own(slide, "unique_id");
    const group = own(slide, "group");
    const draft = slideToDraft(
      {
        sourceIndex,
        place,
        places: {
          start: `${place}.start_date`,
          end: `${place}.end_date`,
          headline: `${place}.text.headline`,
          text: `${place}.text.text`,
          group: `${place}.group`,
          id: `${place}.unique_id`,
          display: `${place}.display_date`,
          media: `${place}.media`,
          status: `${place}.status`,
        },
        start,
        end,
        displayDate: typeof display === "string" && display.trim() !== "" ? plainText(display, `${place}.display_date`, sourceIndex, true, tally, issues) : dateWords.length > 0 ? dateWords.join(" – ") : undefined,
        headline: plainText(own(textObject, "headline"), `${place}.text.headline`, sourceIndex, true, tally, issues),
        text: plainText(own(textObject, "text"), `${place}.text.text`, sourceIndex, false, tally, issues),
        group: typeof group === "string" || typeof group === "number" ? plainText(String(group), `${place}.group`, sourceIndex, true, tally, issues) : undefined,
        uniqueId: typeof uniqueId === "string" || typeof uniqueId === "number" ? String(uniqueId) : undefined,
        mediaCredit: isPlainObject(media) ? plainText(own(media, "credit"), `${place}.media.credit`, sourceIndex, true, tally, issues) || undefined : undefined,
        hasMedia: isPlainObject(media) && Object.keys(media).length > 0,
        hasBackground: own(slide, "background") !== undefined,
        edtf: own(slide, "edtf"),
        status: own(slide, "status"),
        isEra: list === "eras",
      },
      issues,
      tally,
    );
    if (draft) drafts.push(draft);
  };
  events.forEach((slide, index) => read(slide, index, "events"));
  eraList.forEach((slide, index) => read(slide, index, "eras"));
  tally.report(issues, "TimelineJS");
  return yield* buildForeignDataset({ format, eventCount, options, title, titlePlace: "title.text.headline", description, descriptionPlace: "title.text.text", drafts, issues });
}

/** This format's import in steps, as importAny and importInSlices run it. */
export const formatSteps: FormatSteps = { text: importTimelineJsSteps, value: importTimelineJsValueSteps };
