import { formatDuration, intervalToDuration, type Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { DAYS_PER_YEAR, isDateDay, utcDateOfDay, yearCountWords, type FuzzyDate } from "./fuzzyDate";
import { plural } from "./formatCount";

const DAYS_PER_MONTH = 30.4375;

/** The earliest and latest number of days from when `a` began to when `b` began. */
export function daysBetween(a: FuzzyDate, b: FuzzyDate): { minDays: number; maxDays: number } {
  const startOf = (d: FuzzyDate) => ({
    // A deadline's start is open; measure to its deadline day, the one thing known.
    earliest: Number.isFinite(d.start.earliestDay) ? d.start.earliestDay : d.end.latestDay,
    latest: d.start.latestDay,
  });
  const sa = startOf(a);
  const sb = startOf(b);
  return { minDays: sb.earliest - sa.latest, maxDays: sb.latest - sa.earliest };
}

function months(days: number): number {
  return Math.round(Math.abs(days) / DAYS_PER_MONTH);
}

/**
 * The time between two events in words, honest about precision: "7 months and 6 days" when both
 * days are known, "about 5 months" when one is only month-precise, "between 2 and 14 months" when
 * the uncertainty is wider than the answer is worth rounding.
 */
export function describeTimeBetween(a: FuzzyDate, b: FuzzyDate, locale: Locale = enGB): { words: string; direction: "before" | "after" | "same" } {
  const { minDays, maxDays } = daysBetween(a, b);
  const direction = minDays > 0 ? "after" : maxDays < 0 ? "before" : minDays === 0 && maxDays === 0 ? "same" : minDays >= 0 ? "after" : "before";
  if (![a.start.latestDay, b.start.latestDay].every(isDateDay)) {
    // Beyond JavaScript's dates there are no calendar durations to count, and days would be a
    // meaningless precision: years, to four significant figures ("about 9.2 billion years").
    const years = Number((Math.abs(minDays + maxDays) / 2 / DAYS_PER_YEAR).toPrecision(4));
    if (years < 1) return { words: "too close to tell which came first", direction: "same" };
    return { words: `about ${yearCountWords(Math.round(years), locale)} year${years === 1 ? "" : "s"}`, direction };
  }
  if (minDays === maxDays) {
    if (minDays === 0) return { words: "the same day", direction: "same" };
    const [from, to] = minDays > 0 ? [a.start.latestDay, b.start.latestDay] : [b.start.latestDay, a.start.latestDay];
    const duration = intervalToDuration({ start: utcDateOfDay(from), end: utcDateOfDay(to) });
    const days = Math.abs(minDays);
    const words = formatDuration(duration, { format: ["years", "months", "days"], locale, delimiter: ", " });
    return { words: days > 31 ? `${words} (${plural(days, "day")})` : words, direction };
  }
  const crossesZero = minDays < 0 && maxDays > 0;
  if (crossesZero) return { words: "too close to tell which came first", direction: "same" };
  const lo = Math.min(Math.abs(minDays), Math.abs(maxDays));
  const hi = Math.max(Math.abs(minDays), Math.abs(maxDays));
  if (hi < 45) return { words: lo === hi ? plural(hi, "day") : `between ${lo} and ${plural(hi, "day")}`, direction };
  const mid = months((lo + hi) / 2);
  if (months(hi) - months(lo) <= 2) return { words: `about ${plural(Math.max(mid, 1), "month")}`, direction };
  // Round outwards: the honest range contains every possible answer.
  const loM = Math.floor(lo / DAYS_PER_MONTH);
  const hiM = Math.ceil(hi / DAYS_PER_MONTH);
  if (hi >= 730) {
    const loY = Math.floor(lo / 365.25);
    const hiY = Math.ceil(hi / 365.25);
    return { words: loY === 0 ? `up to ${plural(hiY, "year")}` : `between ${loY} and ${plural(hiY, "year")}`, direction };
  }
  return { words: loM === 0 ? `up to ${plural(hiM, "month")}` : `between ${loM} and ${plural(hiM, "month")}`, direction };
}
