/**
 * Calendar maths lives here (a date's day number in civilDay.ts). Dates are EDTF strings parsed
 * (parseFuzzyDate.ts) into whole UTC days, so that "one day somewhere in June 2018" and "all of
 * June 2018" stay different things.
 */
import { format } from "date-fns";
// The mini Date: the full UTCDate builds three Intl formatters as its module loads (for its
// toString, which date-fns never calls), a cost on every page before the first render.
import { UTCDateMini as UTCDate } from "@date-fns/utc/date/mini";
import { enGB } from "date-fns/locale/en-GB";
import type { Locale } from "date-fns";
import { civilDay, daysInMonth } from "./civilDay";

export { civilDay, daysInMonth, MAX_YEARS_AWAY } from "./civilDay";

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

/**
 * JavaScript dates reach 100,000,000 days either side of 1970 (about 271,821 BCE to 275,760 CE).
 * Day numbers go on beyond: they come from the calendar's arithmetic below, not from Date, so an
 * event 13.8 billion years ago has a day number like any other and layout works the same. Only
 * what needs a Date (date-fns's formatting, d3's calendar ticks) stops at these bounds: there,
 * dates are said in years (`yearWords`) and the axis counts years.
 */
export const MAX_DATE_DAY = 100_000_000;

/** True when a day number is within JavaScript's Date range, so date-fns can format it. */
export const isDateDay = (day: number) => Math.abs(day) <= MAX_DATE_DAY;

/**
 * The average Gregorian year (146,097 days in 400 years). Beyond the Date range days still follow
 * the proleptic Gregorian calendar exactly, so a year there is 365 or 366 days and 365.2425 on average.
 */
export const DAYS_PER_YEAR = 365.2425;

/** The calendar date of a day number (astronomical year, month and day from 1): Hinnant's civil_from_days. */
export function partsOfDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = Math.floor(dayNumber) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The astronomical year a day falls in (0 is 1 BCE). */
export const yearOfDay = (day: number) => partsOfDay(day).year;

/** The UTCDate at the start of a day number, for date-fns (within the Date range only: see isDateDay). */
export const utcDateOfDay = (day: number) => new UTCDate(msOfDay(day));

/** The day number of a calendar date given in UTC parts (month from 1; a day or month past the end rolls over, as Date's does). */
export function dayOf(year: number, month: number, day: number): number {
  const month0 = month - 1;
  return civilDay(year + Math.floor(month0 / 12), (((month0 % 12) + 12) % 12) + 1, 1) + day - 1;
}

const ISO_DAY = /^(-?\d{4,})-(\d{2})-(\d{2})([~?%]?)$/;

/**
 * The day number of a YYYY-MM-DD string (an EDTF day, with or without a ~ ? % qualifier; a year
 * may be negative or longer, as `isoOfDay` writes it), or undefined when it is not one or the day
 * does not exist. Without the EDTF parser, so pages that only show a timeline need not load it;
 * tested against parseFuzzyDate.
 */
export function dayOfIso(iso: string): number | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!Number.isSafeInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return undefined;
  return civilDay(year, month, day);
}

/** Today's date, YYYY-MM-DD, by UTC: the default day of an article or a new timeline being written. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A day as YYYY-MM-DD (astronomical years: 0000 is 1 BCE, -0001 is 2 BCE), for any day number. */
export function isoOfDay(day: number): string {
  const { year: y, month, day: d } = partsOfDay(day);
  const year = y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * How each language names the eras. English says BCE and CE (as TimelineJS does); the others
 * their own abbreviations (date-fns's French and Spanish ones drop a dot or use another form).
 * A language not listed gets date-fns's own, after the year.
 */
const ERA_WORDS: Record<string, { bce: string; ce: string; before?: boolean }> = {
  en: { bce: "BCE", ce: "CE" },
  fr: { bce: "av. J.-C.", ce: "apr. J.-C." },
  de: { bce: "v. Chr.", ce: "n. Chr." },
  es: { bce: "a. C.", ce: "d. C." },
  ko: { bce: "기원전", ce: "서기", before: true },
};

function eraWordsOf(locale: Locale): { bce: string; ce: string; before?: boolean } {
  const known = ERA_WORDS[(locale.code ?? "en").split("-")[0]];
  if (known) return known;
  return { bce: String(locale.localize.era(0, { width: "abbreviated" })), ce: String(locale.localize.era(1, { width: "abbreviated" })) };
}

/**
 * Text for a date with its era named: before 1 CE always ("44 BCE"), after it when `ce` is asked
 * for (beside a date before it). `astronomicalYear` is the year of the date (0 is 1 BCE).
 */
export function withEra(text: string, astronomicalYear: number, locale: Locale = enGB, ce = false): string {
  if (astronomicalYear > 0 && !ce) return text;
  const words = eraWordsOf(locale);
  const era = astronomicalYear > 0 ? words.ce : words.bce;
  return words.before ? `${era} ${text}` : `${text} ${era}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, compact: boolean): Intl.NumberFormat {
  const key = `${locale.code ?? "en"}|${compact}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale.code ?? "en", compact ? { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 8 } : { useGrouping: true });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * A number of years in words: as written up to 9999 ("3500"), grouped up to a million ("315,000"),
 * then in millions or billions ("13.8 billion"), in the locale's words.
 */
export function yearCountWords(years: number, locale: Locale = enGB): string {
  if (years < 10_000) return String(years);
  if (years < 1_000_000) return numberFormat(locale, false).format(years);
  return numberFormat(locale, true).format(years);
}

/**
 * A year in words with its era: "2018", "500", "3500 BCE", "315,000 BCE", "13.8 billion BCE"
 * (Korean: "기원전 3500년"). `ce` names the common era too, for a year beside one before it.
 */
export function yearWords(astronomicalYear: number, locale: Locale = enGB, ce = false): string {
  const count = astronomicalYear > 0 ? astronomicalYear : 1 - astronomicalYear;
  const number = yearCountWords(count, locale);
  const text = (locale.code ?? "").startsWith("ko") && count < 1_000_000 ? `${number}년` : number;
  return withEra(text, astronomicalYear, locale, ce);
}

/** A date-fns pattern with every year token unpadded ("yyyy" writes 44 as "0044"). */
const unpadded = (pattern: string) => pattern.replace(/y+/g, "y");

/**
 * A day in words with its era: "18 January 2019" (`long`), "18 Jan 2019" (`medium`, the
 * default), "15 March 44 BCE"; beyond the Date range only its year can be said.
 */
export function formatDay(day: number, locale: Locale = enGB, width: "long" | "medium" = "medium", ce = false): string {
  if (!isDateDay(day)) return yearWords(yearOfDay(day), locale, ce);
  const text = format(utcDateOfDay(day), unpadded(locale.formatLong.date({ width })), { locale });
  return withEra(text, yearOfDay(day), locale, ce);
}

/** Two days as a range, "18 Jan 2019 – 3 Mar 2019"; when it crosses 1 CE both ends name their era ("10 Mar 44 BCE – 1 Jan 2 CE"). */
export function formatDayRange(startDay: number, endDay: number, locale: Locale = enGB): string {
  const crosses = yearOfDay(startDay) <= 0 && yearOfDay(endDay) > 0;
  if (isDateDay(startDay) && isDateDay(endDay)) return `${formatDay(startDay, locale, "medium", crosses)} – ${formatDay(endDay, locale, "medium", crosses)}`;
  // Beyond the calendar, each end is said to three figures ("14.6 billion BCE – 828 million
  // CE"), not to the year ("828.00214 million").
  const rounded = (day: number) => {
    const year = yearOfDay(day);
    const count = year > 0 ? year : 1 - year;
    const round = count < 10_000 ? count : Number(count.toPrecision(3));
    return year > 0 ? round : 1 - round;
  };
  return `${yearWords(rounded(startDay), locale, crosses)} – ${yearWords(rounded(endDay), locale, crosses)}`;
}

/** A publication day (YYYY-MM-DD) in words, "18 January 2019"; undefined when there is none, the text itself when it is not a day. */
export function formatIsoDay(iso: string | undefined, locale: Locale = enGB): string | undefined {
  if (iso === undefined) return undefined;
  const day = dayOfIso(iso);
  return day === undefined ? iso : formatDay(day, locale, "long");
}

/** A month in words with its era: "June 2018", "March 44 BCE". */
function formatMonth(day: number, locale: Locale, ce: boolean): string {
  if (!isDateDay(day)) return yearWords(yearOfDay(day), locale, ce);
  return withEra(format(utcDateOfDay(day), "LLLL y", { locale }), yearOfDay(day), locale, ce);
}

/** Format one endpoint at its precision: "12 June 2018", "June 2018", "2018", "3500 BCE". */
function formatPart(range: DayRange, precision: Precision, locale: Locale, ce = false): string {
  switch (precision) {
    case "day":
      return formatDay(range.earliestDay, locale, "long", ce);
    case "month":
      return formatMonth(range.earliestDay, locale, ce);
    case "year": {
      const first = yearOfDay(range.earliestDay);
      const last = yearOfDay(range.latestDay);
      if (range.latestDay - range.earliestDay <= 366 || last === first) return yearWords(first, locale, ce);
      const crosses = first <= 0 && last > 0;
      return `${yearWords(first, locale, ce)}–${yearWords(last, locale, ce || crosses)}`;
    }
  }
}

/**
 * The date in words, saying no more than is known: "June 2018", "c. November 2018",
 * "7–10 January 2019", "by 28 February 2019", "between 18 January and 28 February 2019",
 * "3500 BCE", "13.8 billion BCE". Every date before 1 CE names its era.
 */
export function formatFuzzyDate(d: FuzzyDate, locale: Locale = enGB): string {
  const qualify = (s: string) => `${d.approximate ? "c. " : ""}${s}${d.uncertain && d.kind !== "instant" ? " (uncertain)" : d.uncertain ? "?" : ""}`;
  if (d.kind === "deadline") {
    return `${d.approximate ? "c. " : ""}by ${formatDay(d.end.latestDay, locale, "long")}${d.uncertain ? "?" : ""}`;
  }
  if (d.kind === "instant") {
    const span = d.start.latestDay - d.start.earliestDay;
    const exact = spanMatchesPrecision(d.start, d.precision);
    if (exact) return qualify(formatPart(d.start, d.precision, locale));
    // A range that is not a whole calendar unit, e.g. [2019-01-18..2019-02-28].
    const crosses = yearOfDay(d.start.earliestDay) <= 0 && yearOfDay(d.start.latestDay) > 0;
    const from = formatDay(d.start.earliestDay, locale, "long");
    const to = formatDay(d.start.latestDay, locale, "long", crosses);
    return span === 0 ? qualify(from) : `${d.approximate ? "c. " : ""}between ${from} and ${to}`;
  }
  // A span from before the common era into it says so at both ends.
  const crosses = yearOfDay(d.start.earliestDay) <= 0 && yearOfDay(d.end.latestDay) > 0;
  const from = formatPart(d.start, precisionOf(d.start), locale);
  const to = formatPart(d.end, precisionOf(d.end), locale, crosses);
  return qualify(`${from} – ${to}`);
}

function precisionOf(range: DayRange): Precision {
  const days = range.latestDay - range.earliestDay + 1;
  return days <= 1 ? "day" : days <= 31 ? "month" : "year";
}

function spanMatchesPrecision(range: DayRange, precision: Precision): boolean {
  const start = partsOfDay(range.earliestDay);
  const end = partsOfDay(range.latestDay + 1);
  if (precision === "day") return range.latestDay === range.earliestDay;
  if (precision === "month") return start.day === 1 && end.day === 1 && range.latestDay - range.earliestDay < 31;
  return start.month === 1 && start.day === 1 && end.month === 1 && end.day === 1;
}

/** A stable order for sorting and stacking: by earliest start, then latest end, then text. */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const startA = Number.isFinite(a.start.earliestDay) ? a.start.earliestDay : a.end.latestDay;
  const startB = Number.isFinite(b.start.earliestDay) ? b.start.earliestDay : b.end.latestDay;
  return startA - startB || a.end.latestDay - b.end.latestDay || (a.edtf < b.edtf ? -1 : a.edtf > b.edtf ? 1 : 0);
}
