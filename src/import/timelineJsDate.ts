/**
 * TimelineJS date objects ({year, month?, day?, hour?, …}) and EDTF, in both directions, at the
 * precision each side states: {year: 1963} is the year 1963, never 1 January 1963.
 */
import { daysInMonth, formatFuzzyDate, MAX_YEARS_AWAY } from "../domain/fuzzyDate";
import { fuzzyDate, parseFuzzyDate } from "../domain/readFuzzyDate";
import { CodeNeeded } from "../domain/codeNeeded";
import { own, isPlainObject } from "./safeJson";
import { quoteValue } from "./text";

/**
 * A TimelineJS date at the precision it was given. Its year is TimelineJS's: -3500 is 3500 BCE
 * (TimelineJS labels negative years by their number, with no year 0), not EDTF's astronomical
 * year, where -3499 is 3500 BCE and 0000 is 1 BCE.
 */
export interface TimelineJsDateParts {
  year: number;
  month?: number;
  day?: number;
}

/** A TimelineJS date object as this app writes it. */
export interface TimelineJsDate extends TimelineJsDateParts {
  display_date?: string;
}

/** Years written as four-digit EDTF (vis-timeline's ISO dates stop there). */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;
/** TimelineJS years this app reads: its "cosmological" scale goes to the Big Bang and beyond. */
const MAX_TIMELINEJS_YEARS_AWAY = MAX_YEARS_AWAY;

/** The time-of-day fields TimelineJS has and this app drops (it works in whole days). */
const TIME_FIELDS = ["hour", "minute", "second", "millisecond"] as const;

export interface ReadDate {
  parts?: TimelineJsDateParts;
  /** Why the date is unusable (then `parts` is absent). */
  error?: string;
  /** What was dropped on the way, for a warning. */
  dropped: string[];
  /** The object's own display_date, if any. */
  displayDate?: string;
}

/** A number written as a number or as text ("1963", " 08 "); undefined when the field is empty. */
function integerField(value: unknown): number | undefined | "invalid" {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return Number.isInteger(value) ? value : "invalid";
  if (typeof value !== "string") return "invalid";
  const text = value.trim();
  if (text === "") return undefined;
  return /^[+-]?\d{1,15}$/.test(text) ? Number(text) : "invalid";
}

/** Read date fields given separately (a TimelineJS date object, or spreadsheet columns). */
export function readDateFields(fields: { year?: unknown; month?: unknown; day?: unknown; time?: Record<string, unknown> }): ReadDate {
  const dropped: string[] = [];
  const year = integerField(fields.year);
  const month = integerField(fields.month);
  const day = integerField(fields.day);
  if (year === undefined) return { error: "has no year (TimelineJS dates need at least a year)", dropped };
  if (year === "invalid") return { error: `year ${quoteValue(fields.year)} is not a whole number (write e.g. 1963; for BC write -44)`, dropped };
  if (Math.abs(year) > MAX_TIMELINEJS_YEARS_AWAY) return { error: `year ${year} is outside the years this app can draw (100 billion years either side of year 1)`, dropped };
  if (month === "invalid" || (typeof month === "number" && (month < 1 || month > 12))) {
    return { error: `month ${quoteValue(fields.month)} is not a month number from 1 to 12`, dropped };
  }
  if (day === "invalid" || (typeof day === "number" && (day < 1 || day > 31))) {
    return { error: `day ${quoteValue(fields.day)} is not a day of the month from 1 to 31`, dropped };
  }
  for (const [name, value] of Object.entries(fields.time ?? {})) {
    if (value !== undefined && value !== null && String(value).trim() !== "") dropped.push(`${name} ${quoteValue(value)}`);
  }
  if (month === undefined) {
    if (day !== undefined) dropped.push(`day ${day} (given without a month)`);
    return { parts: { year }, dropped };
  }
  if (!fitsFourDigits(year)) {
    // EDTF writes years beyond four digits as "Y" years, which have no months or days.
    dropped.push(day === undefined ? `month ${month}` : `month ${month} and day ${day}`);
    return { parts: { year }, dropped };
  }
  const length = daysInMonth(astronomicalYear(year), month - 1);
  if (day !== undefined && day > length) {
    const monthWords = formatFuzzyDate(fuzzyDate(edtfOfParts({ year, month })));
    return { error: `day ${day} does not exist (${monthWords} has ${length} days)`, dropped };
  }
  return { parts: day === undefined ? { year, month } : { year, month, day }, dropped };
}

/** Read a TimelineJS date object. */
export function readTimelineJsDate(value: unknown): ReadDate {
  if (!isPlainObject(value)) return { error: `must be an object such as {"year": 1963, "month": 8}, not ${quoteValue(value)}`, dropped: [] };
  const time: Record<string, unknown> = {};
  for (const name of TIME_FIELDS) time[name] = own(value, name);
  const read = readDateFields({ year: own(value, "year"), month: own(value, "month"), day: own(value, "day"), time });
  const display = own(value, "display_date");
  if (typeof display === "string" && display.trim() !== "") read.displayDate = display;
  return read;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

/** EDTF's astronomical year for a TimelineJS year: -3500 (3500 BCE) is -3499; 0, which TimelineJS never labels, is read as 1 BCE. */
export const astronomicalYear = (timelineJsYear: number) => (timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear);
/** TimelineJS's year for an astronomical one: -3499 is -3500, 0 (1 BCE) is -1. */
export const timelineJsYear = (astronomical: number) => (astronomical <= 0 ? astronomical - 1 : astronomical);
const fitsFourDigits = (timelineJs: number) => Math.abs(astronomicalYear(timelineJs)) <= MAX_YEAR;

/**
 * EDTF for a date at the precision given: {year: 1963} → "1963", {year: 1963, month: 8} →
 * "1963-08", {year: -44, month: 3, day: 15} → "-0043-03-15", {year: -13800000000} → "Y-13799999999".
 */
export function edtfOfParts(parts: TimelineJsDateParts): string {
  const astronomical = astronomicalYear(parts.year);
  if (Math.abs(astronomical) > MAX_YEAR) return `Y${astronomical}`;
  const year = `${astronomical < 0 ? "-" : ""}${pad(astronomical, 4)}`;
  if (parts.month === undefined) return year;
  if (parts.day === undefined) return `${year}-${pad(parts.month, 2)}`;
  return `${year}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** True when `end` is wholly before `start` (both EDTF). */
export function endsBeforeStart(start: string, end: string): boolean {
  const from = parseFuzzyDate(start);
  const to = parseFuzzyDate(end);
  return from.ok && to.ok && to.date.end.latestDay < from.date.start.earliestDay;
}

/** EDTF for a start and optional end: a span when they differ. */
export function edtfOfRange(start: TimelineJsDateParts, end?: TimelineJsDateParts): string {
  const from = edtfOfParts(start);
  if (!end) return from;
  const to = edtfOfParts(end);
  return to === from ? from : `${from}/${to}`;
}

export interface TimelineJsDates {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  /** Words for what the date objects cannot say: "c. November 2018", "by 28 February 2019". */
  display_date?: string;
}

/** timelineJsDatesOf.ts's reading, once it has loaded. */
let datesOfEdtf: ((edtf: string) => TimelineJsDates | undefined) | undefined;

/** Called by timelineJsDatesOf.ts as it loads. */
export function setTimelineJsDatesOf(datesOf: (edtf: string) => TimelineJsDates | undefined): void {
  datesOfEdtf = datesOf;
}

/**
 * The TimelineJS dates this app writes for `edtf` (timelineJsDatesOf.ts), to check the `edtf` field
 * of a file it exported. Only such files need it: until it has loaded, this throws CodeNeeded.
 */
export function exportedDatesOf(edtf: string): TimelineJsDates | undefined {
  if (!datesOfEdtf) throw new CodeNeeded("timelineJsDatesOf");
  return datesOfEdtf(edtf);
}

/** Same date at the same precision. */
export function samePartsAs(a: TimelineJsDateParts | undefined, b: TimelineJsDateParts | undefined): boolean {
  if (!a || !b) return a === b;
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
