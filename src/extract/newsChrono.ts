/**
 * chrono-node's casual English parser with the news parsers and refiners added. Parse one
 * sentence at a time (so chrono never merges dates across sentences), against
 * `chronoReference(publicationDay)`.
 */
import { casual, en, type Chrono } from "chrono-node";
import { newsParsers } from "./newsParsers";
import { newsRefiners } from "./newsRefiners";

/** `base` decides how all-number dates read: month first (casual, US) or day first (en.GB). */
export function createNewsChrono(base: Chrono = casual): Chrono {
  const chrono = base.clone();
  // First, so that where a news parser and chrono's own read the same words, the news reading wins.
  chrono.parsers.unshift(...newsParsers);
  chrono.refiners.push(...newsRefiners);
  return chrono;
}

export const newsChrono: Chrono = createNewsChrono();

let dayFirst: Chrono | undefined;
/** The same, reading 12/06/2018 as 12 June (made on first use: only the date editor asks for it). */
export function newsChronoDayFirst(): Chrono {
  dayFirst ??= createNewsChrono(en.GB);
  return dayFirst;
}
