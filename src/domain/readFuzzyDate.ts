/**
 * Reading EDTF strings into FuzzyDates: plain forms by arithmetic, and a quick refusal of what
 * cannot be a date, here; the rest by edtf.js (parseFuzzyDate.ts), which is loaded only when a date
 * needs it (about 14 KB gzip): pages with the bundled dataset, or a file of plain dates, never load
 * it. Code that may meet any date imports parseFuzzyDate.ts, which brings edtf.js along; the import
 * of a file imports this and, when a date needs edtf.js, is told so (CodeNeeded) and loads it.
 */
import { civilDay, daysInMonth, MAX_YEARS_AWAY } from "./civilDay";
import type { DayRange, FuzzyDate, ParseResult, Precision } from "./fuzzyDate";
import { CodeNeeded } from "./codeNeeded";

/** How to write `text` instead (parseFuzzyDate.ts's hintFor, loaded with edtf.js: only refused dates need it). */
function hintFor(text: string): string {
  if (!wordHint) throw new CodeNeeded("parseFuzzyDate");
  return wordHint(text);
}

const PRECISION_ORDER: Precision[] = ["day", "month", "year"];
export const coarser = (a: Precision, b: Precision) =>
  PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;

/**
 * Results by input text. A dataset is parsed twice (checkDataset, then toTimeline) and repeats
 * many dates, and edtf.js takes ~0.3 ms a date. Results are frozen, so sharing is safe.
 */
const parseCache = new Map<string, ParseResult>();
/** Bounds the cache's memory: past this many entries it starts again. */
const PARSE_CACHE_LIMIT = 50_000;

/**
 * Parse an EDTF string into day ranges. Never throws for bad input; throws CodeNeeded when the text
 * needs edtf.js and it is not loaded yet (the import loads it and reads again).
 */
export function parseFuzzyDate(input: string): ParseResult {
  if (typeof input !== "string") return { ok: false, error: "must be an EDTF date string" };
  const cached = parseCache.get(input);
  if (cached) return cached;
  const text = input.trim();
  let result = parseCheaply(text);
  // What was cheap to find out is cheap to find out again: only what edtf.js read, and valid
  // dates, are kept (a file of 100,000 refused dates would otherwise fill the cache with messages).
  const keep = result === undefined || result.ok;
  if (result === undefined) {
    if (limit && limit.left <= 0) {
      // Not remembered: the same text is read in full outside the limit.
      limit.refused++;
      limit.firstRefused ??= text;
      return NOT_READ;
    }
    if (!fullParser) throw new CodeNeeded("parseFuzzyDate");
    if (limit) limit.left--;
    reads++;
    result = fullParser(text);
  }
  result = freezeResult(result);
  if (keep && input.length <= 128) {
    if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.clear();
    parseCache.set(input, result);
  }
  return result;
}

function freezeResult(result: ParseResult): ParseResult {
  if (result.ok) {
    Object.freeze(result.date.start);
    Object.freeze(result.date.end);
    Object.freeze(result.date);
  }
  return Object.freeze(result);
}

/** Everything that needs no edtf.js: empty or long text, the plain forms, and forms edtf.js would refuse or we cannot use. */
function parseCheaply(text: string): ParseResult | undefined {
  if (text === "") return { ok: false, error: 'is empty (write a date such as 2018-06-12, 2018-06 or 2018)' };
  if (text.length > 100) return { ok: false, error: "is too long to be a date" };
  return parsePlainEdtf(text) ?? rejectUnsupportedEdtf(text);
}

/** Every character in edtf.js's grammar (U+2212 is its minus in time zones) but the space, which it allows only after a comma in a list. */
const OUTSIDE_EDTF = /[^0-9XYSETZ:.+\-\u2212/~?%[\]{},]/;
const LIST_SET = /[{},]/;

/**
 * An answer for text that edtf.js would refuse, or that it would read as a kind of date this app
 * cannot use, found without it: edtf.js takes a fraction of a millisecond a date (half of one for
 * a set of eight days), so that a file of 100,000 such dates would hold the page for a minute.
 * Undefined when only edtf.js can tell. (tests/domain/dateParseLimit.test.ts checks on generated
 * text that everything turned away here is refused by edtf.js too.)
 */
export function rejectUnsupportedEdtf(text: string): ParseResult | undefined {
  // An interval has one "/"; only edtf.js's lists and sets have commas, spaces or braces.
  if (OUTSIDE_EDTF.test(text) || text.indexOf("/") !== text.lastIndexOf("/")) return { ok: false, error: `not an EDTF date: "${text}" (${hintFor(text)})` };
  if (!LIST_SET.test(text)) return undefined;
  if (text.startsWith("[")) return { ok: false, error: `"${text}": ${SUPPORTED_SETS}` };
  if (text.startsWith("{")) return { ok: false, error: `"${text}" ${UNSUPPORTED_KIND}` };
  return { ok: false, error: `not an EDTF date: "${text}" (${hintFor(text)})` };
}

export const SUPPORTED_SETS = "only the sets [..2019-02-28] (on or before) and [2019-01-18..2019-02-28] (one day between) are supported";
export const UNSUPPORTED_KIND = "is a kind of EDTF date that is not supported here (seasons, decades, lists): use a day, month, year, interval or [..deadline]";

/** What parseFuzzyDate answers, under a read limit (withReadLimit), for a text it was not allowed to read. */
const NOT_READ: ParseResult = Object.freeze({ ok: false, error: "was not read: the file has more dates in uncommon forms than this app reads for one file" });

/** A cap on the texts edtf.js reads for one piece of work, and what it refused. */
export interface ReadLimit {
  left: number;
  refused: number;
  firstRefused?: string;
}

/** edtf.js's reading, once parseFuzzyDate.ts has loaded; until then a date that needs it throws CodeNeeded. */
let fullParser: ((text: string) => ParseResult) | undefined;

/** The words on how to write a refused date, with edtf.js (a file with a refused date has a problem to word anyway). */
let wordHint: ((text: string) => string) | undefined;

/** Called by parseFuzzyDate.ts as it loads: from then on every date can be read, and every refusal worded. */
export function setFullParser(parse: (text: string) => ParseResult, hint: (text: string) => string): void {
  fullParser = parse;
  wordHint = hint;
}

/** The cap in force (withReadLimit); undefined when there is none. */
let limit: ReadLimit | undefined;
let reads = 0;

/** How many texts edtf.js has read since the page started (for tests and measurements). */
export function fullParserReads(): number {
  return reads;
}

/** A cap of `maxReads` texts for edtf.js; past it, parseFuzzyDate answers "not read" at once. */
export function createReadLimit(maxReads: number): ReadLimit {
  return { left: maxReads, refused: 0 };
}

/**
 * Run `work` under `cap`: plain dates and texts already read cost nothing against it. Work done in
 * slices runs each slice under the same cap (import/importInSlices.ts), and what runs between the
 * slices (the page drawing) under none.
 */
export function withReadLimit<T>(cap: ReadLimit, work: () => T): T {
  const outer = limit;
  limit = cap;
  try {
    return work();
  } finally {
    limit = outer;
  }
}

/** Run `work` with at most `maxReads` texts read by edtf.js; says how many were refused, and the first. */
export function limitFullParserReads<T>(maxReads: number, work: () => T): { value: T; refused: number; firstRefused?: string } {
  const cap = createReadLimit(maxReads);
  const value = withReadLimit(cap, work);
  return { value, refused: cap.refused, firstRefused: cap.firstRefused };
}

/**
 * One plain EDTF date: YYYY, YYYY-MM or YYYY-MM-DD (the year may be negative: -0043 is 44 BCE),
 * with an optional ~ ? or % after it; or a year of more than four digits written Y-13799999999.
 */
const PLAIN_DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$|^Y(-?[1-9]\d{4,11})$/;

/**
 * The fast path for the forms nearly every dataset uses: a plain date, or an interval A/B of two.
 * It gives exactly what edtf.js would (tests/domain/fastDatePath.test.ts checks this on generated
 * input) in about a microsecond, and returns undefined for anything else, including every invalid
 * date, so that edtf.js stays the authority and the error messages stay the same.
 */
export function parsePlainEdtf(text: string): ParseResult | undefined {
  if (text.startsWith("[")) return plainSet(text);
  const slash = text.indexOf("/");
  if (slash === -1) {
    const part = plainPart(text);
    return part && { ok: true, date: { edtf: text, kind: "instant", start: part.range, end: part.range, ...flags(part) } };
  }
  const from = plainPart(text.slice(0, slash));
  const to = from && plainPart(text.slice(slash + 1));
  // edtf.js wants the upper bound to start after the lower one ("2018/2018" is an error there).
  if (!from || !to || to.range.earliestDay <= from.range.earliestDay) return undefined;
  return { ok: true, date: spanOf(text, from, to) };
}

/** [..D] (on or before D, a deadline) and [A..B] (one day between A and B), of plain dates without qualifiers. */
function plainSet(text: string): ParseResult | undefined {
  // Qualifiers inside a set mean something else to edtf.js: leave them to it.
  if (!text.endsWith("]") || /[~?%]/.test(text)) return undefined;
  const inner = text.slice(1, -1);
  if (inner.startsWith("..")) {
    const last = plainPart(inner.slice(2));
    if (!last) return undefined;
    const range = { earliestDay: Number.NEGATIVE_INFINITY, latestDay: last.range.latestDay };
    return { ok: true, date: { edtf: text, kind: "deadline", start: range, end: range, ...flags(last) } };
  }
  const dots = inner.indexOf("..");
  if (dots <= 0) return undefined;
  // edtf.js reads a range in a set only between two dates of the same precision.
  if (inner.slice(0, dots).replace(/^-/, "").length !== inner.slice(dots + 2).replace(/^-/, "").length) return undefined;
  const a = plainPart(inner.slice(0, dots));
  const b = a && plainPart(inner.slice(dots + 2));
  if (!a || !b || b.range.latestDay < a.range.earliestDay) return undefined;
  const range = { earliestDay: a.range.earliestDay, latestDay: b.range.latestDay };
  return {
    ok: true,
    date: { edtf: text, kind: "instant", start: range, end: range, precision: coarser(a.precision, b.precision), approximate: a.approximate || b.approximate, uncertain: true },
  };
}

function plainPart(text: string): Part | undefined {
  const match = PLAIN_DATE.exec(text);
  // EDTF has no year "-0000"; years beyond the limit are left to edtf.js's path, which says so.
  if (!match || match[1] === "-0000" || Math.abs(Number(match[1] ?? match[5])) > MAX_YEARS_AWAY) return undefined;
  const year = Number(match[1] ?? match[5]);
  let range: DayRange;
  if (match[2] === undefined) {
    range = { earliestDay: civilDay(year, 1, 1), latestDay: civilDay(year + 1, 1, 1) - 1 };
  } else {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    const monthDays = civilDaysInMonth(year, month);
    if (match[3] === undefined) {
      const first = civilDay(year, month, 1);
      range = { earliestDay: first, latestDay: first + monthDays - 1 };
    } else {
      const day = Number(match[3]);
      if (day < 1 || day > monthDays) return undefined;
      const only = civilDay(year, month, day);
      range = { earliestDay: only, latestDay: only };
    }
  }
  const days = range.latestDay - range.earliestDay + 1;
  const qualifier = match[4];
  return {
    range,
    precision: days <= 1 ? "day" : days <= 31 ? "month" : "year",
    approximate: qualifier === "~" || qualifier === "%",
    uncertain: qualifier === "?" || qualifier === "%",
  };
}

const civilDaysInMonth = (year: number, month: number) => daysInMonth(year, month - 1);

/** Like parseFuzzyDate, for dates already known to be valid (tests, bundled data). */
export function fuzzyDate(input: string): FuzzyDate {
  const parsed = parseFuzzyDate(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.date;
}

export interface Part {
  range: DayRange;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

/** A span from one part to another: the coarser precision, either end's qualifiers. */
export function spanOf(edtf: string, from: Part, to: Part): FuzzyDate {
  return {
    edtf,
    kind: "span",
    start: from.range,
    end: to.range,
    precision: coarser(from.precision, to.precision),
    approximate: from.approximate || to.approximate,
    uncertain: from.uncertain || to.uncertain,
  };
}

export const flags = (p: Part) => ({ precision: p.precision, approximate: p.approximate, uncertain: p.uncertain });

/**
 * True for a calendar day written YYYY-MM-DD that exists. The plain-date reading answers for every
 * such text (what it leaves to edtf.js in this shape is a day or month that does not exist).
 */
export const isIsoDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parsePlainEdtf(text)?.ok === true;
