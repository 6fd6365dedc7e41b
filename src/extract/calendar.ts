/**
 * The few calendar steps the extractor needs beyond what chrono-node computes, written on the
 * domain's whole UTC day numbers (`domain/fuzzyDate.ts`): no local-time Date, no string parsing.
 * These are integer steps (a weekday offset, a month count) plus EDTF formatting; candidates to
 * move into `domain/fuzzyDate.ts` if another module needs them.
 */
import { dayOf, dayOfIso, daysInMonth, isoOfDay, MS_PER_DAY, msOfDay } from "../domain/fuzzyDate";
import type { ParsingReference } from "chrono-node";

/** A calendar day as plain numbers; `month` counts from 1. */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** The publication day in every form the extractor uses. */
export interface Anchor extends CivilDay {
  /** Whole UTC days since 1970-01-01. */
  dayNumber: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  iso: string;
}

/** The anchor for a YYYY-MM-DD string, or undefined when it is not a real calendar day. */
export function anchorOfIso(iso: string): Anchor | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const dayNumber = dayOfIso(iso);
  return dayNumber === undefined ? undefined : anchorOfDay(dayNumber);
}

export function anchorOfDay(dayNumber: number): Anchor {
  const date = new Date(msOfDay(dayNumber));
  return {
    dayNumber,
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    iso: isoOfDay(dayNumber),
  };
}

export const dayNumberOf = (d: CivilDay) => dayOf(d.year, d.month, d.day);

/**
 * The reference chrono-node resolves against: noon of the day, in a fixed UTC offset of 0, so that
 * chrono's wall-clock components are that day whatever the machine's time zone.
 */
export function chronoReference(dayNumber: number): ParsingReference {
  return { instant: new Date(msOfDay(dayNumber) + MS_PER_DAY / 2), timezone: 0 };
}

/** The day a chrono reference instant (noon UTC, from `chronoReference`) stands for. */
export function anchorOfInstant(instant: Date): Anchor {
  return anchorOfDay(Math.floor(instant.getTime() / MS_PER_DAY));
}

/** Days back to the most recent `weekday` on or before `from` (0 when `from` is that weekday). */
export const daysBackToWeekday = (from: number, weekday: number) => (from - weekday + 7) % 7;
/** Days forward to the next `weekday` on or after `from` (0 when `from` is that weekday). */
export const daysForwardToWeekday = (from: number, weekday: number) => (weekday - from + 7) % 7;

/** A month `count` months away from year/month (month from 1). */
export function addMonths(year: number, month: number, count: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

export const lastDayOfMonth = (year: number, month: number) => daysInMonth(year, month - 1);

/** The Monday that starts the ISO week containing the day. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - daysBackToWeekday(anchorOfDay(dayNumber).weekday, 1);
}

// EDTF formatting, through the domain's `isoOfDay` so years below 1000 or before year 1 come out right.
export const edtfDay = (year: number, month: number, day: number) => isoOfDay(dayOf(year, month, day));
export const edtfDayOfNumber = (dayNumber: number) => isoOfDay(dayNumber);
export const edtfMonth = (year: number, month: number) => isoOfDay(dayOf(year, month, 1)).slice(0, -3);
export const edtfYear = (year: number) => isoOfDay(dayOf(year, 1, 1)).slice(0, -6);
