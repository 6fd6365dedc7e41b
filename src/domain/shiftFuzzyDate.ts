/**
 * Moving a date by whole units of its precision, as the editor does when a mark is dragged or
 * nudged with Alt+arrow: "2018-06" a month later is "2018-07", never a day in July, so a date
 * keeps saying exactly as much as its sources do.
 */
import { dayOf, daysInMonth, isoOfDay, msOfDay, type Precision } from "./fuzzyDate";
import { parseFuzzyDate } from "./parseFuzzyDate";

/** Which part of a date moves: all of it, or the end of a span (a deadline's day). */
export type DatePart = "whole" | "end";

const TOKEN = /(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/g;

function civil(day: number): { year: number; month: number; day: number } {
  const d = new Date(msOfDay(day));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole units of `precision` from one day to another, counted on the calendar (1 March is a month after 28 February). */
export function unitsBetween(fromDay: number, toDay: number, precision: Precision): number {
  if (precision === "day") return Math.round(toDay - fromDay);
  const a = civil(Math.round(fromDay));
  const b = civil(Math.round(toDay));
  return precision === "month" ? (b.year - a.year) * 12 + (b.month - a.month) : b.year - a.year;
}

function shiftToken(year: number, month: number | undefined, day: number | undefined, units: number, unit: Precision): string | undefined {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  if (unit === "day") {
    if (month === undefined || day === undefined) return undefined;
    return isoOfDay(dayOf(year, month, day) + units);
  }
  const months = unit === "month" ? units : units * 12;
  if (month === undefined) return unit === "year" ? pad(year + units, 4) : undefined;
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  if (y < 0 || y > 9999) return undefined;
  if (day === undefined) return `${pad(y, 4)}-${pad(m)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m - 1)))}`;
}

/**
 * The EDTF `units` units of `unit` later (earlier when negative): every date in it, or only the
 * last one (`part` "end"). Undefined when the result is no date (a span's end moved before its start).
 */
export function shiftEdtf(edtf: string, units: number, unit: Precision, part: DatePart = "whole"): string | undefined {
  if (units === 0) return edtf;
  const tokens = [...edtf.matchAll(TOKEN)];
  if (tokens.length === 0) return undefined;
  const last = tokens.length - 1;
  let failed = false;
  let index = -1;
  const next = edtf.replace(TOKEN, (whole, y: string, m?: string, d?: string) => {
    index++;
    if (part === "end" && index !== last) return whole;
    const moved = shiftToken(Number(y), m === undefined ? undefined : Number(m), d === undefined ? undefined : Number(d), units, unit);
    if (moved === undefined) failed = true;
    return moved ?? whole;
  });
  if (failed || !parseFuzzyDate(next).ok) return undefined;
  return next;
}
