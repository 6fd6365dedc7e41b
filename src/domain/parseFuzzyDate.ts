/**
 * Reading EDTF strings into FuzzyDates: plain forms by arithmetic, the rest by edtf.js. Apart from
 * the day maths in fuzzyDate.ts so that pages showing a dataset validated at build time never load
 * edtf.js and its grammar (about 14 KB gzip).
 */
import { format } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { dayOf, dayOfMs, daysInMonth, utcDateOfDay, type DayRange, type FuzzyDate, type ParseResult, type Precision } from "./fuzzyDate";
import edtf, { parse, Date as EdtfDate, Year as EdtfYear, Interval as EdtfInterval, Set as EdtfSet } from "edtf";

const monthName = (month0: number) => format(utcDateOfDay(dayOf(2000, month0 + 1, 1)), "LLLL", { locale: enGB });

function hintFor(text: string): string {
  const halves = text.split("/");
  if (halves.length === 2) {
    const [from, to] = halves.map((h) => parseFuzzyDate(h));
    if (from.ok && to.ok && to.date.end.latestDay < from.date.start.earliestDay) return "it ends before it starts: swap the two dates";
  }
  if (/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(text)) return `write ${text.replaceAll("/", "-")}`;
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(text)) return "write the year first: YYYY-MM-DD";
  if (/^\d{4}-\d{2}-3[2-9]|^\d{4}-\d{2}-[4-9]\d|^\d{4}-(1[3-9]|[2-9]\d)-/.test(text)) return "that day or month does not exist";
  if (/^\d{4}-\d{2}-30$|^\d{4}-\d{2}-31$/.test(text)) return "that day does not exist in that month";
  return "write a day 2018-06-12, a month 2018-06, a year 2018, a span 2018-06-12/2018-06-14 or a deadline [..2019-02-28]";
}

type EdtfValue = ReturnType<typeof edtf>;
const PRECISION_ORDER: Precision[] = ["day", "month", "year"];
const coarser = (a: Precision, b: Precision) =>
  PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;

/**
 * Results by input text. A dataset is parsed twice (validateDataset, then toTimeline) and repeats
 * many dates, and edtf.js takes ~0.3 ms a date. Results are frozen, so sharing is safe.
 */
const parseCache = new Map<string, ParseResult>();
/** Bounds the cache's memory: past this many entries it starts again. */
const PARSE_CACHE_LIMIT = 50_000;

/** Parse an EDTF string into day ranges; never throws. */
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
    if (limit) limit.left--;
    result = parseWithEdtfJs(text);
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

const SUPPORTED_SETS = "only the sets [..2019-02-28] (on or before) and [2019-01-18..2019-02-28] (one day between) are supported";
const UNSUPPORTED_KIND = "is a kind of EDTF date that is not supported here (seasons, decades, lists): use a day, month, year, interval or [..deadline]";

/** What parseFuzzyDate answers, under a read limit (withReadLimit), for a text it was not allowed to read. */
const NOT_READ: ParseResult = Object.freeze({ ok: false, error: "was not read: the file has more dates in uncommon forms than this app reads for one file" });

/** A cap on the texts edtf.js reads for one piece of work, and what it refused. */
export interface ReadLimit {
  left: number;
  refused: number;
  firstRefused?: string;
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

/** One plain EDTF date: YYYY, YYYY-MM or YYYY-MM-DD, with an optional ~ ? or % after it. */
const PLAIN_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

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
  if (dots !== inner.length - dots - 2) return undefined;
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
  if (!match) return undefined;
  const year = Number(match[1]);
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

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const civilDaysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]);

/** Days since 1970-01-01 of a proleptic Gregorian date (month from 1), by arithmetic: no Date object (H. Hinnant's days_from_civil). */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The authority: edtf.js, for every form (and every error) the fast path leaves to it. */
export function parseWithEdtfJs(text: string): ParseResult {
  reads++;
  let value: EdtfValue;
  try {
    const tree = parse(text);
    // edtf.js rolls 2019-02-29 over to 1 March; a date that does not exist is an error here.
    const missing = findImpossibleDay(tree);
    if (missing) return { ok: false, error: `"${text}" has no such day: ${missing}` };
    value = edtf(text);
  } catch {
    return { ok: false, error: `not an EDTF date: "${text}" (${hintFor(text)})` };
  }
  try {
    return toFuzzyDate(text, value);
  } catch (e) {
    return { ok: false, error: `"${text}" ${(e as Error).message}` };
  }
}

/** Like parseFuzzyDate, for dates already known to be valid (tests, bundled data). */
export function fuzzyDate(input: string): FuzzyDate {
  const parsed = parseFuzzyDate(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.date;
}

/**
 * The kind of an edtf.js value. Its `type` property is the class's name, which a minifier renames
 * ("Date$1"), so we ask `instanceof` instead.
 */
function typeOf(value: unknown): "Date" | "Year" | "Interval" | "Set" | "other" {
  if (value instanceof EdtfDate) return "Date";
  if (value instanceof EdtfYear) return "Year";
  if (value instanceof EdtfInterval) return "Interval";
  if (value instanceof EdtfSet) return "Set";
  return "other";
}

function toFuzzyDate(text: string, value: EdtfValue): ParseResult {
  switch (typeOf(value)) {
    case "Date":
    case "Year": {
      const part = single(value);
      return { ok: true, date: { edtf: text, kind: "instant", start: part.range, end: part.range, ...flags(part) } };
    }
    case "Interval": {
      if (typeof value.lower !== "object" || typeof value.upper !== "object" || !value.lower || !value.upper) {
        return { ok: false, error: `"${text}" is open-ended: give both ends, e.g. 2018-06-12/2019-01-18` };
      }
      const from = single(value.lower);
      const to = single(value.upper);
      if (to.range.latestDay < from.range.earliestDay) {
        return { ok: false, error: `"${text}" ends before it starts: swap the two dates` };
      }
      return { ok: true, date: spanOf(text, from, to) };
    }
    case "Set": {
      // "One of" a set: we support the forms news needs, [..D] (on or before D, a deadline)
      // and [A..B] (one day between A and B).
      const values = value.values ?? [];
      if (values.length === 1 && value.earlier && !Array.isArray(values[0])) {
        const last = single(values[0] as EdtfValue);
        const range = { earliestDay: Number.NEGATIVE_INFINITY, latestDay: last.range.latestDay };
        return { ok: true, date: { edtf: text, kind: "deadline", start: range, end: range, ...flags(last) } };
      }
      if (values.length === 1 && Array.isArray(values[0]) && !value.earlier && !value.later) {
        const [a, b] = (values[0] as EdtfValue[]).map(single);
        if (b.range.latestDay < a.range.earliestDay) {
          return { ok: false, error: `"${text}" ends before it starts: swap the two dates` };
        }
        const range = { earliestDay: a.range.earliestDay, latestDay: b.range.latestDay };
        return {
          ok: true,
          date: { edtf: text, kind: "instant", start: range, end: range, precision: coarser(a.precision, b.precision), approximate: a.approximate || b.approximate, uncertain: true },
        };
      }
      return { ok: false, error: `"${text}": ${SUPPORTED_SETS}` };
    }
    default:
      return { ok: false, error: `"${text}" ${UNSUPPORTED_KIND}` };
  }
}

interface Part {
  range: DayRange;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

/** A span from one part to another: the coarser precision, either end's qualifiers. */
function spanOf(edtf: string, from: Part, to: Part): FuzzyDate {
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

const flags = (p: Part) => ({ precision: p.precision, approximate: p.approximate, uncertain: p.uncertain });

/** One EDTF date as a day range, rejecting days that do not exist (edtf.js accepts 2019-02-29). */
function single(value: EdtfValue): Part {
  const type = typeOf(value);
  if (type !== "Date" && type !== "Year") throw new Error("uses a kind of EDTF date that is not supported here (seasons, decades, lists)");
  if (!Number.isFinite(value.min) || !Number.isFinite(value.max)) throw new Error("is open-ended: give both ends");
  const range = { earliestDay: dayOfMs(value.min), latestDay: dayOfMs(value.max) };
  const days = range.latestDay - range.earliestDay + 1;
  const precision: Precision = days <= 1 ? "day" : days <= 31 ? "month" : "year";
  return {
    range,
    precision,
    approximate: (value.approximate?.value ?? 0) !== 0,
    uncertain: (value.uncertain?.value ?? 0) !== 0,
  };
}

/** Walks edtf.js's parse tree for a day past the end of its month; says which. */
function findImpossibleDay(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findImpossibleDay(child);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || typeof node !== "object") return undefined;
  const { type, values } = node as { type?: string; values?: unknown[] };
  if (type === "Date" && Array.isArray(values) && values.length >= 3 && values.slice(0, 3).every((v) => typeof v === "number")) {
    const [year, month0, day] = values as number[];
    const last = daysInMonth(year, month0);
    if (day > last) return `${monthName(month0)} ${year} has ${last} days`;
    return undefined;
  }
  return findImpossibleDay(values);
}

