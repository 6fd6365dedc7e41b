import { format, type Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { dayOfMs, utcDateOfDay } from "../domain/fuzzyDate";
import type { Tick, Viewport } from "./types";
import { pxOfDay, timeScale } from "./timeScale";

/** Roughly one tick per this many pixels: enough for "Sept 2018" in the UI font. */
export const DEFAULT_TICK_SPACING_PX = 90;

export type TickUnit = "year" | "month" | "day";

/** The coarsest unit that all ticks start on: years, then months, then days. */
export function tickUnit(days: number[]): TickUnit {
  const dates = days.map(utcDateOfDay);
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return "year";
  if (dates.every((d) => d.getUTCDate() === 1)) return "month";
  return "day";
}

/**
 * Ticks for the visible range, labelled by date-fns in the given locale. d3's time scale picks
 * round positions; the labels move from years to months to days as the range narrows, and the
 * first tick and each start of a larger unit carry the larger unit too ("Jan 2019", "1 Feb").
 */
export function computeTicks(viewport: Viewport, widthPx: number, locale: Locale = enGB, spacingPx = DEFAULT_TICK_SPACING_PX): Tick[] {
  const x = timeScale(viewport, widthPx);
  const count = Math.max(2, Math.floor(widthPx / spacingPx));
  // Whole days only: our dates have no time of day, so ticks finer than a day would be noise.
  const days = [...new Set(x.ticks(count).map((d) => dayOfMs(d.getTime())))];
  const unit = tickUnit(days);
  const ticks = days.map((day, i) => {
    const date = utcDateOfDay(day);
    const startsYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    const startsMonth = date.getUTCDate() === 1;
    let label: string;
    let major: boolean;
    if (unit === "year") {
      label = format(date, "yyyy", { locale });
      major = true;
    } else if (unit === "month") {
      major = startsYear;
      label = format(date, startsYear || i === 0 ? "LLL yyyy" : "LLL", { locale });
    } else {
      major = startsMonth;
      label = format(date, startsMonth || i === 0 ? "d LLL yyyy" : "d LLL", { locale });
    }
    return { xPx: pxOfDay(x, day), day, label, major };
  });
  // On a narrow chart d3 may still offer more ticks than labels fit: keep a label only where it
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

/** Approximate width of a tick label character at the axis's 12 px (tabular figures, short words). */
const TICK_CHAR_PX = 7;
