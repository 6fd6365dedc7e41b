/**
 * parseFuzzyDate for any EDTF date: the plain forms by arithmetic (readFuzzyDate.ts), the rest by
 * edtf.js, which this module brings along. Importing it lets readFuzzyDate.ts read every date.
 */
import { format } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { civilDay, dayOf, dayOfMs, daysInMonth, MAX_YEARS_AWAY, utcDateOfDay, type ParseResult, type Precision } from "./fuzzyDate";
import edtf, { parse, Date as EdtfDate, Year as EdtfYear, Interval as EdtfInterval, Set as EdtfSet } from "edtf";
import { coarser, flags, parseFuzzyDate, spanOf, SUPPORTED_SETS, UNSUPPORTED_KIND, setFullParser, type Part } from "./readFuzzyDate";
import { formatCount } from "./formatCount";

export * from "./readFuzzyDate";

const monthName = (month0: number) => format(utcDateOfDay(dayOf(2000, month0 + 1, 1)), "LLLL", { locale: enGB });

type EdtfValue = ReturnType<typeof edtf>;

/** How to write a refused date instead: the likely slip, or the forms that are read. */
export function hintFor(text: string): string {
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

/** The authority: edtf.js, for every form (and every error) the fast path leaves to it. */
export function parseWithEdtfJs(text: string): ParseResult {
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

/** One EDTF date as a day range, rejecting days that do not exist (edtf.js accepts 2019-02-29). */
function single(value: EdtfValue): Part {
  const type = typeOf(value);
  if (type !== "Date" && type !== "Year") throw new Error("uses a kind of EDTF date that is not supported here (seasons, decades, lists)");
  // edtf.js has no time for years beyond JavaScript's dates (Y-17E7): the year says where it is.
  const year = type === "Year" && !Number.isFinite(value.min) ? Number(value.values?.[0]) : undefined;
  if (year !== undefined && Number.isSafeInteger(year) && Math.abs(year) > MAX_YEARS_AWAY) throw new Error(`is more than ${formatCount(MAX_YEARS_AWAY)} years away: beyond what this app places`);
  if (year === undefined && (!Number.isFinite(value.min) || !Number.isFinite(value.max))) throw new Error("is open-ended: give both ends");
  if (year !== undefined && !Number.isSafeInteger(year)) throw new Error("is not a whole year");
  const range = year !== undefined ? { earliestDay: civilDay(year, 1, 1), latestDay: civilDay(year + 1, 1, 1) - 1 } : { earliestDay: dayOfMs(value.min), latestDay: dayOfMs(value.max) };
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


setFullParser(parseWithEdtfJs, hintFor);
