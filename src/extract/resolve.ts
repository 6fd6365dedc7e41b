/**
 * Turns one refined chrono-node result into an EDTF date at the granularity the text supports,
 * or says why it cannot. Roles: "by the end of February" → `[..2019-02-28]`; "since June" →
 * `2018-06/2019-01-18`; "the 1990s" → `[1990..1999]`; "last summer" → `[2018-06..2018-08]`.
 */
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import {
  addMonths,
  anchorOfDay,
  dayNumberOf,
  edtfDay,
  edtfDayOfNumber,
  edtfMonth,
  edtfYear,
  lastDayOfMonth,
  mondayOf,
  type Anchor,
} from "./calendar";
import { getInfo, type DurationUnit, type NewsInfo } from "./newsTags";
import type { DateRole, Granularity, UnresolvedKind } from "./types";

/** A date as the text gives it: the granularity says which of month and day mean something. */
export interface Point {
  year: number;
  month: number;
  day: number;
  granularity: Granularity;
}

/** A resolved period: its EDTF, and its first and last plain dates for building intervals. */
export interface Period {
  edtf: string;
  first: string;
  last: string;
  granularity: Granularity;
}

export type Resolution =
  | { ok: true; when: string; granularity: Granularity; role: DateRole; approximate: boolean; point?: Point; reason: string }
  | { ok: false; kind: UnresolvedKind; reason: string };

/** The granularity chrono's certain components support, when no news parser said otherwise. */
function granularityOf(c: ParsedComponents, info: NewsInfo): Granularity | undefined {
  if (info.granularity) return info.granularity;
  if (c.isCertain("day")) return "day";
  if (c.isCertain("weekday")) return "day";
  if (c.isCertain("month")) return "month";
  if (c.isCertain("year")) return "year";
  return undefined;
}

export function pointOf(c: ParsedComponents, info: NewsInfo): Point | undefined {
  let granularity = granularityOf(c, info);
  if (!granularity) return undefined;
  let month = c.get("month") ?? 1;
  let day = c.get("day") ?? 1;
  const year = c.get("year")!;
  // "the end of 2020" is its last month, "the start of next year" its first.
  if (granularity === "year" && (info.part === "end" || info.part === "start")) {
    granularity = "month";
    month = info.part === "end" ? 12 : 1;
  }
  // chrono puts "end of February" on the 28th; outside a deadline the text only says February.
  if (granularity === "day" && info.part === "end" && info.role !== "deadline" && !c.isCertain("weekday")) granularity = "month";
  if (granularity === "month" && info.part === "end" && info.role === "deadline") {
    granularity = "day";
    day = lastDayOfMonth(year, month);
  }
  if ((granularity === "year" || granularity === "decade" || granularity === "century") && info.part === "end" && info.role === "deadline") {
    const size = granularity === "year" ? 1 : granularity === "decade" ? 10 : 100;
    return { year: year + size - 1, month: 12, day: 31, granularity: "day" };
  }
  // "by mid-2020", "by early March": the deadline is the end of that part of the period.
  if (info.role === "deadline" && (info.part === "mid" || info.part === "early" || info.part === "start")) {
    const early = info.part !== "mid";
    if (granularity === "year") {
      const m = early ? 3 : 6;
      return { year, month: m, day: lastDayOfMonth(year, m), granularity: "day" };
    }
    if (granularity === "month") return { year, month, day: early ? 10 : 15, granularity: "day" };
  }
  return { year, month, day, granularity };
}

/** The EDTF of a point, with its first and last plain dates. */
export function periodOf(p: Point, info: NewsInfo, approximate = false): Period {
  const q = approximate ? "~" : "";
  const range = (first: string, last: string): Period => ({ edtf: first === last ? first : `[${first}..${last}]`, first, last, granularity: p.granularity });
  switch (p.granularity) {
    case "day": {
      const d = edtfDay(p.year, p.month, p.day);
      return { edtf: d + q, first: d, last: d, granularity: "day" };
    }
    case "week": {
      const monday = mondayOf(dayNumberOf(p));
      return range(edtfDayOfNumber(monday), edtfDayOfNumber(monday + 6));
    }
    case "weekend": {
      const saturday = dayNumberOf(p);
      return range(edtfDayOfNumber(saturday), edtfDayOfNumber(saturday + 1));
    }
    case "month": {
      const m = edtfMonth(p.year, p.month);
      return { edtf: m + q, first: m, last: m, granularity: "month" };
    }
    case "season":
    case "quarter": {
      const end = addMonths(p.year, p.month, (info.months ?? 3) - 1);
      return range(edtfMonth(p.year, p.month), edtfMonth(end.year, end.month));
    }
    case "year": {
      const y = edtfYear(p.year);
      return { edtf: y + q, first: y, last: y, granularity: "year" };
    }
    case "decade":
    case "century": {
      const size = p.granularity === "decade" ? 10 : 100;
      const third = Math.round(size / 3);
      const [a, b] =
        info.part === "early" || info.part === "start" ? [0, third] : info.part === "mid" ? [third, size - third] : info.part === "late" || info.part === "end" ? [size - third, size - 1] : [0, size - 1];
      return range(edtfYear(p.year + a), edtfYear(p.year + b));
    }
  }
}

/** A day, month or year `count` units away from a point, as precise as both allow. */
export function shiftPoint(p: Point, count: number, unit: DurationUnit): Point {
  if (unit === "day" || unit === "week") {
    const day = anchorOfDay(dayNumberOf(p) + count * (unit === "week" ? 7 : 1));
    return { ...day, granularity: p.granularity === "day" ? "day" : p.granularity };
  }
  const months = count * (unit === "month" ? 1 : unit === "year" ? 12 : unit === "decade" ? 120 : 1200);
  const { year, month } = addMonths(p.year, p.month, months);
  const day = Math.min(p.day, lastDayOfMonth(year, month));
  // A gap of years from a day is known to about the month; of decades, to about the year.
  const finest: Granularity = unit === "month" ? "day" : unit === "year" ? "month" : "year";
  const order: Granularity[] = ["day", "month", "year"];
  const base = order.includes(p.granularity) ? p.granularity : "year";
  const granularity = order[Math.max(order.indexOf(base), order.indexOf(finest))];
  return { year, month, day, granularity };
}

const describe = (p: Period) => p.edtf;

/** Resolves one chrono result against the publication day (or the anchor it was parsed against). */
export function resolveResult(result: ParsedResult, published: Anchor): Resolution {
  const info = getInfo(result);
  if (info.vague) return { ok: false, kind: "duration", reason: "a length of time with no start or end in the text" };
  const pub: Point = { ...published, granularity: "day" };

  if (info.duration && (info.role === "since" || info.role === "deadline")) {
    const { count, unit } = info.duration;
    if (info.role === "since") {
      const start = shiftPoint(pub, -count, unit);
      const first = periodOf(start, {}).first;
      return { ok: true, when: `${first}~/${published.iso}`, granularity: start.granularity, role: "since", approximate: true, reason: `from about ${count} ${unit}(s) before publication until publication` };
    }
    const end = shiftPoint(pub, count, unit);
    const last = periodOf({ ...end, granularity: "day" }, {}).last;
    return { ok: true, when: `[..${last}]`, granularity: "day", role: "deadline", approximate: false, reason: `within ${count} ${unit}(s) of publication` };
  }

  if (info.part === "overnight") {
    const night = info.tense === "future" ? [published.dayNumber, published.dayNumber + 1] : [published.dayNumber - 1, published.dayNumber];
    const [from, to] = night.map(edtfDayOfNumber);
    return { ok: true, when: `${from}/${to}`, granularity: "day", role: "span", approximate: false, reason: `the night ${info.tense === "future" ? "after" : "before"} publication` };
  }

  const start = pointOf(result.start, info);
  if (!start) return { ok: false, kind: "partial", reason: "a time of day with no date to attach it to" };
  const approximate = info.approximate ?? false;
  const period = periodOf(start, info, approximate);

  if (result.end) {
    const endInfo = { ...info, part: undefined };
    const end = pointOf(result.end, endInfo);
    if (end) {
      const endPeriod = periodOf(end, endInfo);
      return { ok: true, when: `${period.first}/${endPeriod.last}`, granularity: coarser(start.granularity, end.granularity), role: "span", approximate: false, point: start, reason: `from ${period.first} to ${endPeriod.last}` };
    }
  }

  switch (info.role) {
    case "deadline":
      return { ok: true, when: `[..${period.last}]`, granularity: start.granularity, role: "deadline", approximate: false, point: start, reason: `on or before ${period.last}` };
    case "since":
      if (dayNumberOf(start) > published.dayNumber) break;
      return { ok: true, when: `${period.first}/${published.iso}`, granularity: start.granularity, role: "since", approximate: false, point: start, reason: `from ${period.first} until publication` };
    case "span": {
      if (lastDay(period) <= published.dayNumber) return { ok: false, kind: "partial", reason: `the end of a period (until ${describe(period)}) whose start the text does not give` };
      return { ok: true, when: `${published.iso}/${period.last}`, granularity: start.granularity, role: "span", approximate: false, point: start, reason: `from publication until ${period.last}` };
    }
  }
  return { ok: true, when: period.edtf, granularity: start.granularity, role: "at", approximate, point: start, reason: reasonFor(result, info, period) };
}

function reasonFor(result: ParsedResult, info: NewsInfo, period: Period): string {
  if (info.weekdayOnly) {
    if (info.tense === "past") return `the most recent ${weekdayName(result)} on or before publication (past tense)`;
    if (info.tense === "future") return `the next ${weekdayName(result)} on or after publication (future tense)`;
    return `the ${weekdayName(result)} nearest publication (tense unclear)`;
  }
  if (info.yearless) {
    if (info.modifier === "last") return `the most recent one before publication ("last")`;
    if (info.modifier === "next") return `the next one after publication ("next")`;
    if (info.modifier === "this") return `the one in the publication year ("this")`;
    if (info.tense === "past") return "no year given: the most recent one on or before publication (past tense)";
    if (info.tense === "future") return "no year given: the next one on or after publication (future tense)";
    return "no year given: the one nearest publication (tense unclear)";
  }
  if (result.tags().has("result/relativeDate") || result.tags().has("parser/ENCasualDateParser")) return `counted from publication: ${period.edtf}`;
  return `as written: ${period.edtf}`;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const weekdayName = (r: ParsedResult) => WEEKDAYS[r.start.get("weekday") ?? 0];

const ORDER: Granularity[] = ["day", "weekend", "week", "month", "season", "quarter", "year", "decade", "century"];
const coarser = (a: Granularity, b: Granularity) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

/** The last day a period can be on, as a day number. */
export function lastDay(period: Period): number {
  const parsed = parseFuzzyDate(period.last);
  return parsed.ok ? parsed.date.end.latestDay : Number.POSITIVE_INFINITY;
}
