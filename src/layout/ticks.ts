// d3's calendar ticks alone: a scaleUtc would bring d3-time-format's formatting, unused here
// (date-fns writes the labels), into every page.
import { utcTicks } from "d3";
import { format, type Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { DAYS_PER_YEAR, dayOf, dayOfMs, isDateDay, msOfDay, partsOfDay, utcDateOfDay, withEra, yearOfDay, yearWords } from "../domain/fuzzyDate";
import type { Tick, Viewport } from "./types";
import { pxOfDay, timeScale } from "./timeScale";

/** Roughly one tick per this many pixels: enough for "Sept 2018" in the UI font. */
export const DEFAULT_TICK_SPACING_PX = 90;

export type TickUnit = "year" | "month" | "day";

/** The coarsest unit that all ticks start on: years, then months, then days. */
export function tickUnit(days: number[]): TickUnit {
  const dates = days.map(partsOfDay);
  if (dates.every((d) => d.month === 1 && d.day === 1)) return "year";
  if (dates.every((d) => d.day === 1)) return "month";
  return "day";
}

/**
 * Ticks for the visible range, in the given locale. Years when a tick spans a year or more, or
 * when the view reaches beyond JavaScript's dates: round years of their own era ("3500 BCE", not
 * the astronomical year -3500, which is 3501 BCE), in thousands, millions or billions as the
 * range widens. Otherwise d3's calendar picks round months or days and date-fns labels them; the
 * first tick and each start of a larger unit carry the larger unit too ("Jan 2019", "1 Feb").
 * Every year before 1 CE says so, and when a view has years of both eras, those after say so too.
 */
export function computeTicks(viewport: Viewport, widthPx: number, locale: Locale = enGB, spacingPx = DEFAULT_TICK_SPACING_PX): Tick[] {
  const count = Math.max(2, Math.floor(widthPx / spacingPx));
  const spanDays = viewport.endDay + 1 - viewport.startDay;
  const inDates = isDateDay(viewport.startDay) && isDateDay(viewport.endDay + 1);
  const ticks = inDates && spanDays / count < DAYS_PER_YEAR ? calendarTicks(viewport, widthPx, count, locale) : yearTicks(viewport, widthPx, count, locale);
  // On a narrow chart there may still be more ticks than labels fit: keep a label only where it
  // clears the one before it and the right edge (majors first, so "Jan 2019" wins over "Dec").
  // A label at the right edge may sit to the left of its tick instead.
  const widthOf = (t: Tick) => t.label.length * TICK_CHAR_PX + 8;
  const spanOf = (t: Tick): [number, number] => (t.anchorEnd ? [t.xPx - widthOf(t), t.xPx] : [t.xPx, t.xPx + widthOf(t)]);
  const kept: Tick[] = [];
  for (const original of [...ticks].sort((a, b) => Number(b.major) - Number(a.major))) {
    const tick = original.xPx + widthOf(original) > widthPx ? { ...original, anchorEnd: true } : original;
    const [l, r] = spanOf(tick);
    if (l >= 0 && r <= widthPx && kept.every((k) => r <= spanOf(k)[0] || spanOf(k)[1] <= l)) kept.push(tick);
  }
  return ticks.map((t) => kept.find((k) => k.day === t.day) ?? { ...t, label: "" });
}

/** Months or days, where d3's calendar ticks and date-fns's labels work (within JavaScript's dates). */
function calendarTicks(viewport: Viewport, widthPx: number, count: number, locale: Locale): Tick[] {
  const x = timeScale(viewport, widthPx);
  // Whole days only: our dates have no time of day, so ticks finer than a day would be noise.
  const days = [...new Set(utcTicks(new Date(msOfDay(viewport.startDay)), new Date(msOfDay(viewport.endDay + 1)), count).map((d) => dayOfMs(d.getTime())))];
  const unit = tickUnit(days);
  const years = days.map(yearOfDay);
  const mixed = years.some((y) => y <= 0) && years.some((y) => y > 0);
  return days.map((day, i) => {
    const date = utcDateOfDay(day);
    const { month, day: dayOfMonth } = partsOfDay(day);
    const startsYear = month === 1 && dayOfMonth === 1;
    const startsMonth = dayOfMonth === 1;
    // The year (unpadded: "44", not "0044") with its era wherever a label shows it.
    const dated = (pattern: string) => withEra(format(date, pattern, { locale }), years[i], locale, mixed);
    let label: string;
    let major: boolean;
    if (unit === "year") {
      label = yearWords(years[i], locale, mixed);
      major = true;
    } else if (unit === "month") {
      major = startsYear;
      label = startsYear || i === 0 ? dated("LLL y") : format(date, "LLL", { locale });
    } else {
      major = startsMonth;
      label = startsMonth || i === 0 ? dated("d LLL y") : format(date, "d LLL", { locale });
    }
    return { xPx: pxOfDay(x, day), day, label, major };
  });
}

/** 1, 2, 5, 10, 20, 50, … years: the smallest at least `years`. */
function niceYears(years: number): number {
  const power = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(years, 1))));
  for (const m of [1, 2, 5, 10]) if (m * power >= years) return m * power;
  return 10 * power;
}

/**
 * Year ticks by the calendar's arithmetic, so they work 13.8 billion years ago as in 2019. They
 * fall on round years as each era counts them: a year before 1 CE is numbered back from 1 BCE,
 * so "3500 BCE" is the astronomical year -3499. Where the eras meet (and the step is more than a
 * year) a tick marks 1 CE.
 */
function yearTicks(viewport: Viewport, widthPx: number, count: number, locale: Locale): Tick[] {
  const firstYear = yearOfDay(viewport.startDay);
  const lastYear = yearOfDay(viewport.endDay + 1);
  let step = niceYears((lastYear - firstYear) / count);
  // Labels such as "13.5 billion BCE" are wider than the spacing allows for: a wider step rather
  // than every other label dropped.
  for (let tries = 0; tries < 4; tries++) {
    const ticks = yearTicksEvery(step, viewport, widthPx, locale);
    const pxPerStep = (step * DAYS_PER_YEAR * widthPx) / (viewport.endDay + 1 - viewport.startDay);
    const widest = Math.max(0, ...ticks.map((t) => t.label.length * TICK_CHAR_PX + 8));
    if (widest + 8 <= pxPerStep || ticks.length <= 2) return ticks;
    step = niceYears(step + 1);
  }
  return yearTicksEvery(step, viewport, widthPx, locale);
}

function yearTicksEvery(step: number, viewport: Viewport, widthPx: number, locale: Locale): Tick[] {
  const x = timeScale(viewport, widthPx);
  const firstYear = yearOfDay(viewport.startDay);
  const lastYear = yearOfDay(viewport.endDay + 1);
  // Years as each era counts them: 1, 2, … CE and -1 (1 BCE), -2, … before.
  const counted = (astronomical: number) => (astronomical > 0 ? astronomical : astronomical - 1);
  const astronomicalOf = (countedYear: number) => (countedYear > 0 ? countedYear : countedYear + 1);
  const years: number[] = [];
  for (let k = Math.ceil(counted(firstYear) / step); k * step <= counted(lastYear); k++) {
    if (k !== 0) years.push(astronomicalOf(k * step));
  }
  if (step > 1 && firstYear <= 0 && lastYear >= 1) years.push(1);
  const inView = [...new Set(years)]
    .map((year) => ({ year, day: dayOf(year, 1, 1) }))
    .filter(({ day }) => day >= viewport.startDay && day <= viewport.endDay + 1)
    .sort((a, b) => a.day - b.day);
  const mixed = inView.some((t) => t.year <= 0) && inView.some((t) => t.year > 0);
  return inView.map(({ year, day }) => ({ xPx: pxOfDay(x, day), day, label: yearWords(year, locale, mixed), major: true }));
}

/** Approximate width of a tick label character at the axis's 12 px (tabular figures, short words). */
const TICK_CHAR_PX = 7;
