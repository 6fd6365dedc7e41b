import type { Locale } from "date-fns";
import { civilDay } from "../domain/civilDay";
import { formatDayRange } from "../domain/fuzzyDate";

/** The range on screen in words: "Showing 25 Jun 1976 – 9 Jul 2023". */
export function showingWords(startDay: number, endDay: number, locale: Locale): string {
  return `Showing ${formatDayRange(Math.floor(startDay), Math.ceil(endDay), locale)}`;
}

/**
 * The widest the range's words can be in this language: a two-digit day in each month (the
 * digits are tabular, so any other date is no wider). Laid under the words, they give them one
 * width whatever the range: words that took only their own room made a toolbar near its width
 * wrap for one range and not the next, and the chart under it jump by a line at every pan step.
 */
export function widestShowingWords(locale: Locale): string[] {
  return Array.from({ length: 12 }, (_, month0) => {
    const day = civilDay(2000, month0 + 1, 28);
    return showingWords(day, day, locale);
  });
}
