/**
 * EDTF to TimelineJS dates, as this app exports them (export/toTimelineJs.ts). The import of a
 * TimelineJS file needs it only for a file this app exported (its `edtf` fields): apart from
 * timelineJsDate.ts, so that other files never load it. Importing it lets the import use it.
 */
import { formatFuzzyDate, isoOfDay, type DayRange, type FuzzyDate } from "../domain/fuzzyDate";
import { parseFuzzyDate } from "../domain/readFuzzyDate";
import { CodeNeeded } from "../domain/codeNeeded";
import { setTimelineJsDatesOf, timelineJsYear, type TimelineJsDateParts, type TimelineJsDates } from "./timelineJsDate";

export type { TimelineJsDate, TimelineJsDates } from "./timelineJsDate";

/** The calendar parts of a day number, with TimelineJS's year (from `isoOfDay`, which handles years before 1000 and BCE). */
function partsOfDay(day: number): { year: number; month: number; day: number } {
  const match = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(isoOfDay(day));
  if (!match) throw new Error(`no calendar date for day ${day}`);
  return { year: timelineJsYear(Number(match[1])), month: Number(match[2]), day: Number(match[3]) };
}

/** The TimelineJS year after this one: 1 follows -1. */
const nextYear = (year: number) => (year === -1 ? 1 : year + 1);

/** A day range as TimelineJS parts when it is exactly one day, month or year; undefined otherwise. */
function partsOfRange(range: DayRange): TimelineJsDateParts | undefined {
  if (!Number.isFinite(range.earliestDay) || !Number.isFinite(range.latestDay)) return undefined;
  const first = partsOfDay(range.earliestDay);
  if (range.latestDay === range.earliestDay) return first;
  const after = partsOfDay(range.latestDay + 1);
  if (first.day !== 1 || after.day !== 1) return undefined;
  if (first.month === 1 && after.month === 1 && after.year === nextYear(first.year)) return { year: first.year };
  const nextMonth = first.month === 12 ? { year: nextYear(first.year), month: 1 } : { year: first.year, month: first.month + 1 };
  if (after.year === nextMonth.year && after.month === nextMonth.month) return { year: first.year, month: first.month };
  return undefined;
}

/** The last day of a deadline at its stated precision: "[..2019-02]" → {2019, 2}. */
function deadlineParts(date: FuzzyDate): TimelineJsDateParts {
  const last = partsOfDay(date.end.latestDay);
  if (date.precision === "year") return { year: last.year };
  if (date.precision === "month") return { year: last.year, month: last.month };
  return last;
}

/**
 * TimelineJS dates for an EDTF string, keeping its precision: a month exports as {year, month}.
 * Deadlines, approximate, uncertain and between-two-days dates also get a `display_date` in words,
 * since TimelineJS has no way to say them. Undefined for a string that is not a date.
 */
export function timelineJsDatesOf(edtf: string): TimelineJsDates | undefined {
  try {
    return datesOf(edtf);
  } catch (e) {
    if (e instanceof CodeNeeded) throw e;
    return undefined; // a date beyond the calendar this app can write
  }
}

function datesOf(edtf: string): TimelineJsDates | undefined {
  const parsed = parseFuzzyDate(edtf);
  if (!parsed.ok) return undefined;
  const date = parsed.date;
  let out: TimelineJsDates;
  let needsWords = date.approximate || date.uncertain;
  if (date.kind === "deadline") {
    out = { start_date: deadlineParts(date) };
    needsWords = true;
  } else if (date.kind === "instant") {
    const exact = partsOfRange(date.start);
    if (exact) out = { start_date: exact };
    else {
      out = { start_date: partsOfDay(date.start.earliestDay), end_date: partsOfDay(date.start.latestDay) };
      needsWords = true;
    }
  } else {
    out = {
      start_date: partsOfRange(date.start) ?? partsOfDay(date.start.earliestDay),
      end_date: partsOfRange(date.end) ?? partsOfDay(date.end.latestDay),
    };
  }
  if (needsWords) out.display_date = formatFuzzyDate(date);
  return out;
}

setTimelineJsDatesOf(timelineJsDatesOf);
