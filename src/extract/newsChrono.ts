/**
 * chrono-node's casual English parser with the news parsers and refiners added. Parse one
 * sentence at a time (so chrono never merges dates across sentences), against
 * `chronoReference(publicationDay)`.
 */
import { casual, type Chrono } from "chrono-node";
import { newsParsers } from "./newsParsers";
import { newsRefiners } from "./newsRefiners";

export function createNewsChrono(): Chrono {
  const chrono = casual.clone();
  // First, so that where a news parser and chrono's own read the same words, the news reading wins.
  chrono.parsers.unshift(...newsParsers);
  chrono.refiners.push(...newsRefiners);
  return chrono;
}

export const newsChrono: Chrono = createNewsChrono();
