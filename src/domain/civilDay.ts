/**
 * Day numbers of calendar dates, by arithmetic alone: a module of its own, without date-fns, so
 * that the import code (which reads dates before the app's script has arrived) can use it.
 */

/** How far from year 0 a date may be: seven times the age of the universe, and day numbers still exact. */
export const MAX_YEARS_AWAY = 100_000_000_000;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; `month0` counts from 0 like edtf.js's values. Astronomical years (0 is 1 BCE). */
export function daysInMonth(year: number, month0: number): number {
  return month0 === 1 && isLeapYear(year) ? 29 : MONTH_DAYS[month0];
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (month from 1; astronomical years, so 0 is
 * 1 BCE), by arithmetic and no Date object, exact for any year a double holds (H. Hinnant's
 * days_from_civil).
 */
export function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
