/**
 * vis-timeline data (https://visjs.github.io/vis-timeline/docs/timeline/#Data_Format): an array of
 * items, or an object {items, groups}. Items are {id, content, start, end?, group?, type?, title?}.
 *
 * Maps: content → title, title (the tooltip) → summary, start/end → EDTF, group → category (or
 * actor, by option) labelled with the group's content, id → id.
 * Precision: vis-timeline dates are instants, so an ISO day "2014-04-20" is that day, and a date
 * with a time "2014-04-20T10:00" is that day too (the time is dropped, with a warning). A date
 * written as only a year or month ("2014", "2014-04") keeps that precision, as written.
 * Loses (each with a warning): times of day, className, style, subgroups, nested groups,
 * background items' special drawing. vis-timeline has no sources, quotes or statuses: see
 * foreignDataset.ts.
 */
import { dayOfMs, isoOfDay, msOfDay } from "../domain/fuzzyDate";
import type { Issue } from "../domain/types";
import { buildForeignDataset, type EventDraft } from "./foreignDataset";
import { failedImport, IssueList } from "./finishImport";
import { drain, type Steps } from "../domain/steps";
import { checkEventCount } from "./limits";
import { checkTextSize } from "./checkTextSize";
import { isPlainObject, own, parseJsonSafely } from "./safeJson";
import { parseFuzzyDate } from "../domain/readFuzzyDate";
import { clip, quoteValue } from "./text";
import { LossTally, plainText } from "./timelineJs";
import { endsBeforeStart, MAX_YEAR, MIN_YEAR } from "./timelineJsDate";
import type { ImportOptions, ImportResult } from "./types";
import { GROUP_NAME, otherFieldsOf, settleChoice, type FieldChoice, type FieldOptions } from "./fieldChoice";
import type { FormatSteps } from "./recogniseText";
import { formatCount, plural } from "../domain/formatCount";

const ITEM_FIELDS: ReadonlySet<string> = new Set(["id", "content", "start", "end", "group", "type", "title", "className", "style", "subgroup", "editable", "selectable", "align", "limitSize"]);
const LOST_ITEM_FIELDS: ReadonlySet<string> = new Set(["className", "style", "subgroup"]);
/** The dataset format's longest category or actor label. */
const MAX_LABEL_LENGTH = 120;
const ITEM_TYPES: ReadonlySet<string> = new Set(["box", "point", "range", "background"]);

/** A vis-timeline date as EDTF, at the precision written; or why it cannot be read. */
export function readVisDate(value: unknown): { edtf?: string; error?: string; timeDropped?: boolean } {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || Math.abs(value) > 8.64e15) return { error: `${quoteValue(value)} is not a time in milliseconds` };
    const day = dayOfMs(value);
    const iso = isoOfDay(day);
    const year = Number(/^(-?\d+)/.exec(iso)?.[1]);
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return { error: `${quoteValue(value)} is outside the years this app can draw (${MIN_YEAR} to ${MAX_YEAR})` };
    return { edtf: iso, timeDropped: msOfDay(day) !== value };
  }
  if (typeof value !== "string") return { error: `must be a date such as "2014-04-20", not ${quoteValue(value)}` };
  const text = value.trim();
  const date = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (date) return { edtf: text };
  const dateTime = /^(-?\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (dateTime) return { edtf: dateTime[1], timeDropped: true };
  const hint = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(text) ? "write the year first: 2014-04-20" : "write an ISO date such as 2014-04-20 or 2014-04-20T10:00:00Z";
  return { error: `${quoteValue(text)} is not a date this app can read unambiguously (${hint})` };
}

/** Import vis-timeline JSON: an item array, or {items, groups}. */
export function importVisTimeline(text: string, options: ImportOptions = {}): ImportResult {
  return drain(importVisTimelineSteps(text, options));
}

/** importVisTimeline in steps (the validator's). */
export function* importVisTimelineSteps(text: string, options: ImportOptions = {}): Steps<ImportResult> {
  const tooBig = checkTextSize(text);
  if (tooBig) return failedImport("vis-timeline", [tooBig]);
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return failedImport("vis-timeline", parsed.issues);
  return yield* importVisTimelineValueSteps(parsed.value, options, parsed.issues);
}

/** Import already parsed vis-timeline data. */
export function importVisTimelineValue(json: unknown, options: ImportOptions = {}, earlier: Issue[] = []): ImportResult {
  return drain(importVisTimelineValueSteps(json, options, earlier));
}

/** importVisTimelineValue in steps (the validator's). */
export function* importVisTimelineValueSteps(json: unknown, options: ImportOptions = {}, earlier: Issue[] = []): Steps<ImportResult> {
  const format = "vis-timeline" as const;
  const items = Array.isArray(json) ? json : own(json, "items");
  const groups = Array.isArray(json) ? undefined : own(json, "groups");
  const prefix = Array.isArray(json) ? "" : "items";
  if (!Array.isArray(items)) {
    return failedImport(format, [
      ...earlier,
      { path: "(the file)", message: 'must be a list of vis-timeline items ({"id", "content", "start"}), or an object with "items" and "groups".', severity: "error" },
    ]);
  }
  const eventCount = items.length;
  const tooMany = checkEventCount(eventCount);
  if (tooMany) return failedImport(format, [...earlier, { path: prefix || "(the file)", message: tooMany, severity: "error" }], eventCount);
  const issues = new IssueList();
  issues.file.push(...earlier);
  const tally = new LossTally();
  const groupsAs = options.visGroupsAs ?? "categories";

  // Groups: id → label, in order.
  const groupLabels = new Map<string, string>();
  let nested = 0;
  if (groups !== undefined && !Array.isArray(groups)) issues.fileIssue("groups", `must be a list, not ${quoteValue(groups)}: ignored.`);
  (Array.isArray(groups) ? groups : []).forEach((group, g) => {
    const id = own(group, "id");
    if (typeof id !== "string" && typeof id !== "number") {
      issues.fileIssue(`groups[${g}].id`, `must be text or a number, not ${quoteValue(id)}: the group is ignored.`);
      return;
    }
    const fullLabel = plainText(own(group, "content"), `groups[${g}].content`, -1, true, tally, issues) || String(id);
    // Every group becomes a category (or actor), used or not: one label too long must not refuse the file.
    const { text: label, clipped } = clip(fullLabel, MAX_LABEL_LENGTH);
    if (clipped) issues.fileIssue(`groups[${g}].content`, `is ${formatCount(fullLabel.length)} characters long: cut to ${MAX_LABEL_LENGTH}.`);
    if (groupLabels.has(String(id))) issues.fileIssue(`groups[${g}].id`, `${quoteValue(id)} is used by an earlier group: this one is ignored.`);
    else groupLabels.set(String(id), label);
    if (own(group, "nestedGroups") !== undefined) nested++;
  });
  if (nested > 0) issues.fileIssue("groups", `${plural(nested, "group")} had nested groups: they are imported as a flat list of ${groupsAs}.`);

  // The file's own field names, in the order they first appear: items with custom fields and no
  // "content" take their title from one of them (the report offers to choose another).
  const names: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (!isPlainObject(item)) continue;
    for (const k of Object.keys(item)) {
      if (seen.has(k)) continue;
      seen.add(k);
      names.push(k);
    }
  }
  const custom = names.filter((k) => !ITEM_FIELDS.has(k));
  const firstText = custom.find((k) => items.some((item) => typeof own(item, k) === "string" && (own(item, k) as string).trim() !== ""));
  const titleGuess = seen.has("content") || firstText === undefined ? "content" : firstText;
  const groupGuess = seen.has("group") ? "group" : custom.find((k) => k !== titleGuess && GROUP_NAME.test(k));
  const guess: FieldChoice = { title: titleGuess, date: "start", ...(groupGuess ? { group: groupGuess } : {}) };
  let fieldOptions: FieldOptions | undefined;
  let chosen: FieldChoice = guess;
  if (custom.length > 0 || !seen.has("content")) {
    const settled = settleChoice(names, options.fields, options.rememberedFields, guess, (message) => issues.fileIssue("(the file)", message));
    chosen = settled.chosen;
    fieldOptions = { names, chosen, shape: settled.shape };
    if (!settled.fromFile && chosen.title !== "content") {
      issues.fileIssue("(the file)", `items have no "content": each title is taken from "${chosen.title}"; choose another field as the title in the import report.`);
    }
    if (!settled.fromFile && chosen.group !== undefined && chosen.group !== "group") {
      issues.fileIssue("(the file)", `items have no "group": they are grouped by "${chosen.group}"; choose another field (or none) in the import report.`);
    }
  }
  const titleField = chosen.title ?? "content";
  const dateField = chosen.date ?? "start";
  const groupField = chosen.group ?? "group";
  const taken = new Set([...ITEM_FIELDS, titleField, dateField, groupField]);

  const lostFields = new Map<string, number>();
  let timesDropped = 0;
  let backgrounds = 0;
  let rangesWithEnd = 0;
  const drafts: EventDraft[] = [];
  items.forEach((item, i) => {
    const place = `${prefix}[${i}]`;
    const at = (field: string) => `${place}.${field}`;
    if (!isPlainObject(item)) {
      issues.skip(i, place, place, `must be an item such as {"id": 1, "content": "…", "start": "2014-04-20"}, not ${quoteValue(item)}: left out.`);
      return;
    }
    for (const k of Object.keys(item)) {
      if (LOST_ITEM_FIELDS.has(k)) lostFields.set(k, (lostFields.get(k) ?? 0) + 1);
      // Lists and objects have no text to show among the other fields.
      else if (!taken.has(k) && item[k] !== null && typeof item[k] === "object") tally.unknown(k);
    }
    const title = plainText(own(item, titleField), at(titleField), i, true, tally, issues);
    const start = readVisDate(own(item, dateField));
    if (start.error || !start.edtf) {
      issues.skip(i, place, at(dateField), `${own(item, dateField) === undefined ? "is missing: every item needs a start date" : start.error}: the item is left out.`, title);
      return;
    }
    const endValue = own(item, "end");
    const end = endValue === undefined || endValue === null ? undefined : readVisDate(endValue);
    if (end && (end.error || !end.edtf)) {
      issues.skip(i, place, at("end"), `${end.error}: the item is left out (remove "end" for a one-day item).`, title);
      return;
    }
    if (end?.edtf && endsBeforeStart(start.edtf, end.edtf)) {
      issues.skip(i, place, at("end"), `${quoteValue(endValue)} is before the start, ${quoteValue(own(item, "start"))}: the item is left out. Swap start and end.`, title);
      return;
    }
    if (start.timeDropped || end?.timeDropped) timesDropped++;
    if (end) rangesWithEnd++;
    const type = own(item, "type");
    if (type !== undefined && (typeof type !== "string" || !ITEM_TYPES.has(type))) {
      issues.eventIssue(i, at("type"), `${quoteValue(type)} is not a vis-timeline item type (box, point, range, background): ignored.`);
    }
    if (type === "background") backgrounds++;
    const groupId = own(item, groupField);
    let groupLabel: string | undefined;
    if (typeof groupId === "string" || typeof groupId === "number") {
      groupLabel = groupLabels.get(String(groupId));
      if (groupLabel === undefined) {
        groupLabel = String(groupId);
        if (groupLabels.size > 0) issues.eventIssue(i, at(groupField), `${quoteValue(groupId)} is not one of the groups: a ${groupsAs === "actors" ? "actor" : "category"} of that name is created.`);
      }
    }
    const id = own(item, "id");
    const when = end?.edtf && end.edtf !== start.edtf ? `${start.edtf}/${end.edtf}` : start.edtf;
    const check = parseFuzzyDate(when);
    if (!check.ok) {
      issues.skip(i, place, at(end ? "end" : "start"), `${when.replace("/", " to ")} is not a date this app can draw (${check.error}): the item is left out.`, title);
      return;
    }
    drafts.push({
      sourceIndex: i,
      place,
      fields: { id: at("id"), title: at(titleField), summary: at("title"), when: end ? `${place}.${dateField}/end` : at(dateField), category: at(groupField), actors: at(groupField), evidence: at("title") },
      idHint: typeof id === "string" || typeof id === "number" ? String(id) : undefined,
      title,
      summary: plainText(own(item, "title"), at("title"), i, false, tally, issues),
      when,
      ...(groupLabel === undefined ? {} : groupsAs === "actors" ? { actors: [groupLabel] } : { category: groupLabel }),
      otherFields: otherFieldsOf(Object.entries(item), taken),
    });
  });
  tally.report(issues, "vis-timeline");
  if (timesDropped > 0) issues.fileIssue("(the file)", `${plural(timesDropped, "item")} had a time of day: dropped, since this app works in whole days (each date is the day as written).`);
  if (rangesWithEnd > 0) {
    issues.fileIssue("(the file)", `vis-timeline ends are moments, so a range ending "2014-04-23" stops as that day begins; here the end day is counted as the range's last day. Check the ${plural(rangesWithEnd, "range")}.`);
  }
  if (backgrounds > 0) issues.fileIssue("(the file)", `${plural(backgrounds, "background item")} ${backgrounds === 1 ? "was" : "were"} imported as an ordinary event${backgrounds === 1 ? "" : "s"}.`);
  if (lostFields.size > 0) {
    issues.fileIssue("(the file)", `the item fields ${[...lostFields.keys()].map((k) => `"${k}"`).join(", ")} (styling and subgroups) were not imported.`);
  }
  const declared = [...groupLabels.values()];
  return yield* buildForeignDataset({
    format,
    eventCount,
    options,
    titlePlace: "(the file)",
    drafts,
    issues,
    fieldOptions,
    ...(groupsAs === "actors" ? { declaredActors: declared } : { declaredCategories: declared }),
  });
}

/** This format's import in steps, as importAny and importInSlices run it. */
export const formatSteps: FormatSteps = { text: importVisTimelineSteps, value: importVisTimelineValueSteps };
