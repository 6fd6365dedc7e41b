import { format } from "date-fns";
import type { Locale } from "date-fns";
import { dayOfIso, utcDateOfDay } from "./fuzzyDate";

/**
 * A day in short words with its month named, "18 Jan 2019", "18 janv. 2019": what the as-of field
 * shows and reads back (readDayText), and how a report's day is named beside its publisher.
 */
export const dayText = (day: number, locale: Locale) => format(utcDateOfDay(day), "d MMM yyyy", { locale });

/**
 * The day a person typed: YYYY-MM-DD, or a day, a month's name and a four-digit year in any order
 * ("1 Mar 2019", "March 1, 2019", "1 mars 2019"), the month named as the page's language or English
 * names it, in full or short. Undefined for anything else, or a day the month does not have.
 * A year typed digit by digit passes through years like 201: only years from 1000 count.
 */
export function readDayText(text: string, locale: Locale): number | undefined {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return dayOfIso(trimmed);
  const lower = trimmed.toLowerCase();
  // Longest names first, so that "mars" is not read as "mar" and "1월" leaves no stray digit.
  const names = monthNames(locale).sort((a, b) => b.name.length - a.name.length);
  const month = names.find((m) => lower.includes(m.name));
  if (!month) return undefined;
  const numbers = lower.replace(month.name, " ").match(/\d+/g) ?? [];
  const year = numbers.find((n) => n.length === 4);
  const date = numbers.find((n) => n.length <= 2);
  if (!year || !date || numbers.length !== 2) return undefined;
  // Read as the ISO day it names: a day the month lacks (31 February) is refused, a typing mistake.
  return dayOfIso(`${year}-${String(month.index + 1).padStart(2, "0")}-${date.padStart(2, "0")}`);
}

const ENGLISH = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthNames(locale: Locale): { name: string; index: number }[] {
  const names: { name: string; index: number }[] = [];
  for (let index = 0; index < 12; index++) {
    const own = (["wide", "abbreviated"] as const).map((width) => String(locale.localize.month(index as never, { width })).toLowerCase());
    for (const name of new Set([...own, ...own.map((n) => n.replace(/\.$/, "")), ENGLISH[index], ENGLISH[index].slice(0, 3)])) names.push({ name, index });
  }
  return names;
}
