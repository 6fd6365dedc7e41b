/**
 * Vite plugin (build only): date-fns' English locale without the patterns its `parse` reads with.
 * The app writes dates with date-fns and reads them with edtf.js and chrono-node, never with
 * date-fns' `parse`; yet every page loads the en-US locale (date-fns' `format` falls back to it,
 * and en-GB shares its parts), and with it those patterns: 0.66 KB gzip of every page (the default
 * view's JS+CSS 132.62 → 131.96 KB). A `parse` with the locale throws, and says why.
 */
import type { Plugin } from "vite";

const EN_MATCH = /[\\/]date-fns[\\/]locale[\\/]en-US[\\/]_lib[\\/]match\.js$/;

export const PARSING_LEFT_OUT = "date-fns' parsing patterns for English are left out of this build (scripts/withoutDateParsing.ts): the app reads dates with edtf.js and chrono-node.";

/** The module in their place: every pattern throws, saying why. */
export const EN_MATCH_STUB = `const leftOut = () => { throw new Error(${JSON.stringify(PARSING_LEFT_OUT)}); };
export const match = { ordinalNumber: leftOut, era: leftOut, quarter: leftOut, month: leftOut, day: leftOut, dayPeriod: leftOut };
`;

/** The stub for date-fns' en-US `match` module, nothing for any other. */
export function loadWithoutDateParsing(id: string): string | undefined {
  return EN_MATCH.test(id) ? EN_MATCH_STUB : undefined;
}

export function withoutDateParsing(): Plugin {
  return { name: "without-date-parsing", apply: "build", enforce: "pre", load: loadWithoutDateParsing };
}
