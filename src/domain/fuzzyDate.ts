/**
 * All calendar maths lives here. Dates are EDTF strings parsed (parseFuzzyDate.ts) into whole UTC
 * days, so that "one day somewhere in June 2018" and "all of June 2018" stay different things.
 */
import { format } from "date-fns";
// The mini Date: the full UTCDate builds three Intl formatters as its module loads (for its
// toString, which date-fns never calls), a cost on every page before the first render.
import { UTCDateMini as UTCDate } from "@date-fns/utc/date/mini";
import { enGB } from "date-fns/locale/en-GB";
import type { Locale } from "date-fns";

export const MS_PER_DAY = 86_400_000;

/** Whole UTC days since 1970-01-01, both ends included. */
export interface DayRange {
  earliestDay: number;
  latestDay: number;
}

export type Precision = "year" | "month" | "day";

/**
 * - `instant`: one day, somewhere in `start` (a month-precise date is one day in that month);
 * - `span`: lasts from a day in `start` to a day in `end` (e.g. a four-day visit);
 * - `deadline`: one day on or before `end.latestDay` ("by the end of February"); its
 *   `start.earliestDay` is -Infinity until the timeline closes it at the source's date.
 */
export type FuzzyKind = "instant" | "span" | "deadline";

/** When something happened, as precisely as its sources say. Parsed from an EDTF string. */
export interface FuzzyDate {
  edtf: string;
  kind: FuzzyKind;
  /** Earliest and latest day it may have begun. */
  start: DayRange;
  /** Earliest and latest day it may have ended (equal to start for an instant). */
  end: DayRange;
  /** The coarsest precision of its parts. */
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

export type ParseResult = { ok: true; date: FuzzyDate } | { ok: false; error: string };



export const dayOfMs = (ms: number) => Math.floor(ms / MS_PER_DAY);
export const msOfDay = (day: number) => day * MS_PER_DAY;

/** Days in a month; `month0` counts from 0 like edtf.js's values. Uses UTC and setUTCFullYear so years 0–99 stay themselves. */
export function daysInMonth(year: number, month0: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0 + 1, 0);
  return d.getUTCDate();
}

/** The UTCDate at the start of a day number, for date-fns. */
export const utcDateOfDay = (day: number) => new UTCDate(msOfDay(day));

/** The day number of a calendar date given in UTC parts (month from 1). */
export function dayOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return dayOfMs(d.getTime());
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})([~?%]?)$/;

/**
 * The day number of a YYYY-MM-DD string (an EDTF day, with or without a ~ ? % qualifier), or
 * undefined when it is not one or the day does not exist. Without the EDTF parser, so pages that
 * only show a timeline need not load it; tested against parseFuzzyDate.
 */
export function dayOfIso(iso: string): number | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  return dayOf(year, month, day);
}

export function isoOfDay(day: number): string {
  const d = new Date(msOfDay(day));
  const y = d.getUTCFullYear();
  const year = y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  return `${year}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** Format one endpoint at its precision: "12 June 2018", "June 2018", "2018". */
function formatPart(range: DayRange, precision: Precision, locale: Locale): string {
  const date = utcDateOfDay(range.earliestDay);
  switch (precision) {
    case "day":
      return format(date, "PPP", { locale });
    case "month":
      return format(date, "LLLL yyyy", { locale });
    case "year":
      return range.latestDay - range.earliestDay > 366
        ? `${format(date, "yyyy", { locale })}–${format(utcDateOfDay(range.latestDay), "yyyy", { locale })}`
        : format(date, "yyyy", { locale });
  }
}

/**
 * The date in words, saying no more than is known: "June 2018", "c. November 2018",
 * "7–10 January 2019", "by 28 February 2019", "between 18 January and 28 February 2019".
 */
export function formatFuzzyDate(d: FuzzyDate, locale: Locale = enGB): string {
  const qualify = (s: string) => `${d.approximate ? "c. " : ""}${s}${d.uncertain && d.kind !== "instant" ? " (uncertain)" : d.uncertain ? "?" : ""}`;
  if (d.kind === "deadline") {
    return `${d.approximate ? "c. " : ""}by ${format(utcDateOfDay(d.end.latestDay), "PPP", { locale })}${d.uncertain ? "?" : ""}`;
  }
  if (d.kind === "instant") {
    const span = d.start.latestDay - d.start.earliestDay;
    const exact = spanMatchesPrecision(d.start, d.precision);
    if (exact) return qualify(formatPart(d.start, d.precision, locale));
    // A range that is not a whole calendar unit, e.g. [2019-01-18..2019-02-28].
    const from = format(utcDateOfDay(d.start.earliestDay), "PPP", { locale });
    const to = format(utcDateOfDay(d.start.latestDay), "PPP", { locale });
    return span === 0 ? qualify(from) : `${d.approximate ? "c. " : ""}between ${from} and ${to}`;
  }
  const from = formatPart(d.start, precisionOf(d.start), locale);
  const to = formatPart(d.end, precisionOf(d.end), locale);
  return qualify(`${from} – ${to}`);
}

function precisionOf(range: DayRange): Precision {
  const days = range.latestDay - range.earliestDay + 1;
  return days <= 1 ? "day" : days <= 31 ? "month" : "year";
}

function spanMatchesPrecision(range: DayRange, precision: Precision): boolean {
  const start = utcDateOfDay(range.earliestDay);
  const end = utcDateOfDay(range.latestDay + 1);
  if (precision === "day") return range.latestDay === range.earliestDay;
  if (precision === "month") return start.getUTCDate() === 1 && end.getUTCDate() === 1 && range.latestDay - range.earliestDay < 31;
  return start.getUTCMonth() === 0 && start.getUTCDate() === 1 && end.getUTCMonth() === 0 && end.getUTCDate() === 1;
}

/** A stable order for sorting and stacking: by earliest start, then latest end, then text. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const startA = Number.isFinite(a.start.earliestDay) ? a.start.earliestDay : a.end.latestDay;
  const startB = Number.isFinite(b.start.earliestDay) ? b.start.earliestDay : b.end.latestDay;
  return startA - startB || a.end.latestDay - b.end.latestDay || (a.edtf < b.edtf ? -1 : a.edtf > b.edtf ? 1 : 0);
}
