/**
 * chrono-node refiners for news: drop what is not a date in running prose ("march" the verb,
 * "for a second"), read chrono's relative durations the way news uses them ("for 30 years",
 * "the first test in a year", "two days later"), take in the words in front that change what a
 * date means ("by the end of", "since", "early"), and settle the year or week of a bare weekday,
 * month, season or holiday from the tense of its clause.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { anchorOfDay, anchorOfInstant, dayNumberOf, daysBackToWeekday, daysForwardToWeekday, type Anchor } from "./calendar";
import { getInfo, setInfo, type DurationUnit, type NewsInfo } from "./newsTags";
import { GAP_CUE } from "./newsParsers";
import { NUMBER, UNIT, numberOf, unitOf } from "./newsParserKit";
import { tenseAt } from "./tense";
import { isFiniteVerb } from "./verbs";
import type { Granularity, Tense } from "./types";

/** The reference day (publication, or the anchor of an anaphoric phrase) as plain numbers. */
export const referenceAnchor = (context: ParsingContext): Anchor => anchorOfInstant(context.reference.instant);

const tags = (r: ParsingResult) => r.tags();
const hasNewsInfo = (r: ParsingResult) => [...tags(r)].some((t) => t.startsWith("news/"));

/** Words after which a bare month name is a date ("in June", "until March", "last May"). */
const MONTH_LICENCE = /\b(?:in|since|by|until|till|from|during|before|after|through|throughout|of|early|late|mid|end of|start of|beginning of|middle of|between|and|to|or|last|next|this|as of|on|for|since early|since late|in early|in late|in mid)\s*-?\s*$/i;
/** Capitalised words that may stand right before a weekday without making it a name. */
const WEEKDAY_LICENCE = new Set(["on", "last", "next", "this", "by", "since", "until", "till", "from", "early", "late", "every", "each", "before", "after", "through", "and", "or", "but", "then", "also", "that", "the", "of", "as", "however", "meanwhile", "later", "earlier", "starting", "beginning"]);
/** Words that make a weekday a name of its own, whatever follows: "Black Monday shook markets". */
const WEEKDAY_NAMES = new Set(["black", "good", "super", "bloody", "ash", "palm", "easter", "holy", "maundy", "shrove", "cyber", "blue", "whit", "low", "spy"]);
const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
const WEEKDAY_WORD = /\b(Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b/i;

/** Trims the punctuation chrono takes in around a phrase ("on Friday," "(Monday)"). */
export const trimRefiner: Refiner = {
  refine(_context, results) {
    for (const r of results) {
      const lead = /^[\s,(（]*/.exec(r.text)![0].length;
      const kept = r.text.slice(lead).replace(/[\s,.;:)）]+$/, "");
      if (kept.length === 0) continue;
      r.index += lead;
      r.text = kept;
    }
    return results;
  },
};

/** Removes chrono results that are not dates in news prose. */
export const filterRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const t = tags(r);
      const text = r.text.trim();
      if (t.has("casualReference/now")) return false;
      // "rates at 2%", "at 5": a bare number after "at" is not a time of day.
      if (isBareTime(r) && !/[:.]\d\d|\b(?:a\.?m|p\.?m|noon|midnight|o'clock|GMT|UTC|local time|hours|hrs)\b/i.test(text) && !/^\d{4}/.test(text)) return false;
      if (t.has("result/relativeDateAndTime") && !/\b(ago|later|earlier|before|after)\b/i.test(text)) return false;
      if (t.has("parser/ENMonthNameParser") && !hasNewsInfo(r) && !r.start.isCertain("day") && !r.start.isCertain("year")) {
        const monthWord = /[A-Za-z]+/.exec(text)?.[0] ?? "";
        if (monthWord[0] !== monthWord[0].toUpperCase()) return false;
        const before = context.text.slice(0, r.index);
        if (!MONTH_LICENCE.test(before) && !/^\s*(?:last|this|next)\s+year\b/i.test(context.text.slice(r.index + r.text.length))) return false;
      }
      if (r.start.isOnlyWeekdayComponent()) {
        const word = WEEKDAY_WORD.exec(text)?.[0] ?? "";
        if (word === "" || word[0] !== word[0].toUpperCase() || word.length <= 3) return false;
        // "Good Friday", "Black Monday", "Super Tuesday", "The Sunday Times": part of a name.
        if (text.startsWith(word) && isInName(context.text, r.index, r.index + r.text.length)) return false;
      }
      // Slash dates without a year ("3/4 of voters") are fractions or ambiguous; "9/11" is the attacks.
      if (/^\d{1,2}\/\d{1,2}$/.test(text)) {
        if (text !== "9/11") return false;
        r.start.assign("year", 2001).assign("month", 9).assign("day", 11);
      }
      return true;
    });
  },
};

/**
 * A bare weekday between capitalised words that are not "On", "Last", "Since"…: part of a name
 * ("Super Tuesday", "Good Friday Agreement"). Wire style puts the weekday between the subject and
 * its verb ("Merkel Tuesday rejected the offer"): a verb right after the weekday makes it a date.
 */
function isInName(sentence: string, from: number, to: number): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(sentence.slice(0, from))?.[1];
  if (before && WEEKDAY_NAMES.has(before.toLowerCase())) return true;
  const next = /^\s+(\p{Ll}[\p{L}'’]*)/u.exec(sentence.slice(to))?.[1];
  if (next && isFiniteVerb(next)) return false;
  if (before && !WEEKDAY_LICENCE.has(before.toLowerCase())) return true;
  const after = sentence.slice(to);
  return /^\s+\p{Lu}\p{Ll}/u.test(after) && !new RegExp(`^\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\d|${MONTH_NAMES})`, "u").test(after);
}

const isBareTime = (r: ParsingResult) =>
  r.start.isCertain("hour") && !r.start.isCertain("day") && !r.start.isCertain("weekday") && !r.start.isCertain("month") && !r.start.isCertain("year");

/** "two", "a", "30" and a unit, read from a chrono relative phrase. */
export function durationIn(text: string): { count: number; unit: DurationUnit } | undefined {
  const m = new RegExp(`(${NUMBER})\\s+(${UNIT})`, "i").exec(text) ?? new RegExp(`\\b(${UNIT})\\b`, "i").exec(text);
  if (!m) return undefined;
  const numberWord = m.length > 2 ? m[1] : "1";
  const unitWord = m.length > 2 ? m[2] : m[1];
  const count = numberOf(numberWord);
  if (count === undefined) return undefined;
  const { unit, factor } = unitOf(unitWord);
  return { count: count * factor, unit };
}

const granularityOfUnit = (unit: DurationUnit): Granularity =>
  unit === "day" || unit === "week" ? "day" : unit === "month" ? "month" : "year";

/** Reads chrono's relative results the way news uses them. */
export const relativeRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      const t = tags(r);
      const text = r.text.trim();
      const lower = text.toLowerCase();
      if (/^(?:this|last|past|next)\s+week$/.test(lower)) {
        // chrono puts "this week" on its Sunday; the week is the one holding the reference day.
        if (/^this/.test(lower)) {
          const ref = referenceAnchor(context);
          r.start.assign("year", ref.year).assign("month", ref.month).assign("day", ref.day);
        }
        setInfo(r, { granularity: "week" });
        continue;
      }
      if (!t.has("result/relativeDate") || hasNewsInfo(r)) continue;
      const duration = durationIn(text);
      if (/^(?:for)\b/.test(lower) && duration && GAP_CUE.test(context.text.slice(0, r.index))) {
        // "the strongest for 40 years": the last one as strong was about 40 years earlier.
        setInfo(r, { role: "gap", duration, approximate: true });
        continue;
      }
      if (/^(?:for)\b/.test(lower) && duration) {
        // "has been in power for 30 years" dates a start; "talked for two hours" does not.
        const { cue } = tenseAt(context.text, r.index, r.index + r.text.length);
        const perfect = /^(?:has|have|'ve|hasn't|haven't)\b/i.test(cue ?? "");
        setInfo(r, perfect ? { duration, role: "since", approximate: true } : { vague: true });
        continue;
      }
      if (/^within\b/.test(lower) && duration) {
        // chrono counts the whole span from publication: "within five years" ends on a day.
        setInfo(r, { role: "deadline", granularity: "day" });
        continue;
      }
      if (/^in\b/.test(lower) && duration) {
        const before = context.text.slice(0, r.index);
        if (GAP_CUE.test(before)) {
          setInfo(r, { role: "gap", duration, approximate: true });
          continue;
        }
        // "cases rose thirteenfold in two weeks": in the past tense, the weeks up to publication.
        if (tenseAt(context.text, r.index, r.index + r.text.length).tense === "past") {
          setInfo(r, { duration, role: "since", approximate: true });
          continue;
        }
        setInfo(r, { granularity: granularityOfUnit(duration.unit), approximate: duration.unit !== "day" });
        continue;
      }
      if (/\b(?:later|earlier|before|after|afterwards?|previous|following|prior)\b/.test(lower) || /^the next\b/.test(lower)) {
        const unit = duration?.unit ?? "day";
        setInfo(r, { anaphoric: true, granularity: granularityOfUnit(unit), approximate: unit !== "day" });
        continue;
      }
      if (/\bago\b/.test(lower) && duration) {
        setInfo(r, { granularity: granularityOfUnit(duration.unit), approximate: duration.unit !== "day" });
        continue;
      }
    }
    return results;
  },
};

interface Prefix {
  pattern: RegExp;
  info: (r: ParsingResult, m: RegExpExecArray) => NewsInfo;
}

/** Words in front of a date that change what it means; tried repeatedly, nearest first. */
const PREFIXES: Prefix[] = [
  { pattern: /\b(?:by|before|no later than|not later than|ahead of)\s+(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?$/i, info: () => ({ role: "deadline", part: "end" }) },
  { pattern: /\b(?:by|no later than|not later than|before)\s+(?:the\s+)?$/i, info: () => ({ role: "deadline" }) },
  { pattern: /\bsince\s+(?:the\s+)?$/i, info: () => ({ role: "since" }) },
  { pattern: /\b(?:until|till|up\s+to)\s+(?:the\s+)?$/i, info: () => ({ role: "span" }) },
  { pattern: /\b(?:the\s+)?(end|close|start|beginning|middle)\s+of\s+(?:the\s+)?$/i, info: (_r, m) => ({ part: partOf(m[1]) }) },
  { pattern: /\b(?:in\s+)?(early|late|mid|earlier|later)[\s-]+(?:in\s+)?$/i, info: (_r, m) => ({ part: m[1].toLowerCase() }) },
];

function partOf(word: string): string {
  const w = word.toLowerCase();
  return w === "close" ? "end" : w === "beginning" ? "start" : w === "middle" ? "mid" : w;
}

/** Takes "by (the end of)", "since", "until", "early", "earlier" into the phrase and records what they mean. */
export const prefixRefiner: Refiner = {
  refine(context, results) {
    let floor = 0;
    for (const r of results) {
      // "killed by Sunday's earthquake": a possessive date names the event, it is no deadline.
      const possessive = /['’]s$/.test(r.text) || /^['’]s\b/.test(context.text.slice(r.index + r.text.length));
      for (let guard = 0; guard < 4 && !possessive; guard++) {
        const before = context.text.slice(floor, r.index);
        let matched = false;
        for (const { pattern, info } of PREFIXES) {
          const m = pattern.exec(before);
          if (!m) continue;
          const found = info(r, m);
          // "the biggest drop since the September 11 attacks": the date names the last one as big,
          // an event of its own, not the start of a span.
          if (found.role === "since" && GAP_CUE.test(context.text.slice(0, floor + m.index))) break;
          const current = getInfo(r);
          // The first (nearest) role wins: "by early 2020" is a deadline, its part is "early".
          if (found.role && current.role) break;
          if (found.part && current.part) break;
          // chrono's end-of-month refiner already took "end of" in ("end of February"): keep the part.
          if (/^(?:the\s+)?end of\b/i.test(r.text) && !current.part) found.part = found.part ?? "end";
          setInfo(r, found);
          r.index = floor + m.index;
          r.text = m[0] + r.text;
          matched = true;
          break;
        }
        if (!matched) break;
      }
      if (/^(?:the\s+)?end of\b/i.test(r.text) && !getInfo(r).part) setInfo(r, { part: "end" });
      floor = r.index + r.text.length;
    }
    return results;
  },
};

/** Index of a month since year 0, for comparing periods that cross a year. */
const monthIndex = (year: number, month: number) => year * 12 + month - 1;

/**
 * The year of a month, season or day given without one, from the modifier ("last June") or the
 * tense ("met in June" → the most recent June; "will meet in June" → the next one). The
 * publication month (or day) itself counts as the most recent and as the next one: news names
 * today's weekday or this month rather than saying "today" or "this month".
 */
export function yearFor(ref: Anchor, month: number, spanMonths: number, day: number | undefined, modifier: string, tense: Tense): number | undefined {
  const refIndex = monthIndex(ref.year, ref.month);
  // Two years back: "last winter" in January is the winter that began more than a year before.
  const candidates = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1];
  // Compare by month for months and seasons, by day for a day ("12 June", "Christmas Day").
  const cmp = (year: number): { before: boolean; after: boolean; contains: boolean } => {
    if (day !== undefined) {
      const key = monthIndex(year, month) * 32 + day;
      const refKey = refIndex * 32 + ref.day;
      return { before: key < refKey, after: key > refKey, contains: key === refKey };
    }
    const start = monthIndex(year, month);
    const end = start + spanMonths - 1;
    return { before: end < refIndex, after: start > refIndex, contains: start <= refIndex && refIndex <= end };
  };
  switch (modifier) {
    case "last":
      return [...candidates].reverse().find((y) => cmp(y).before);
    case "next":
      return candidates.find((y) => cmp(y).after);
    case "this":
      return spanMonths > 1 ? (candidates.find((y) => cmp(y).contains) ?? candidates.find((y) => cmp(y).after)) : ref.year;
  }
  if (tense === "past") return [...candidates].reverse().find((y) => !cmp(y).after);
  // In the future tense a season or month under way still counts ("will end in the summer", said
  // in July); a longer span under way does not ("will be held between November and February").
  if (tense === "future") return candidates.find((y) => cmp(y).after || (cmp(y).contains && spanMonths <= 3));
  return undefined;
}

/** Settles bare weekdays, months, seasons and holidays from the modifier and the tense of their clause. */
export const tenseRefiner: Refiner = {
  refine(context, results) {
    const ref = referenceAnchor(context);
    for (const r of results) {
      const read = tenseAt(context.text, r.index, r.index + r.text.length);
      let tense = read.tense;
      const info = getInfo(r);
      setInfo(r, read.plan ? { tense, plan: true } : { tense });
      const s = r.start;
      // "called a strike for Tuesday", "an election for May 1": a day something is called or set for lies ahead.
      const lead = /\b(for|from)\s*$/i.exec(context.text.slice(0, r.index))?.[1].toLowerCase();
      if (lead === "for" && s.isCertain("day") && !s.isCertain("year") && !info.anaphoric) {
        tense = "future";
        setInfo(r, { tense, plan: true });
      }
      if (s.isOnlyWeekdayComponent() && !/\b(?:last|past|next|this)\b/i.test(r.text) && !/weekend/i.test(r.text)) {
        const weekday = s.get("weekday")!;
        // "set for Friday", "takes effect from Monday", "must pass by Friday": a day aimed at lies ahead.
        const aimed = lead === "for" || (lead === "from" && tense !== "past") || (info.role === "deadline" && tense !== "past");
        const direction: Tense = aimed ? "future" : tense;
        if (aimed) setInfo(r, { tense: "future" });
        const offset =
          direction === "past" ? -daysBackToWeekday(ref.weekday, weekday) : direction === "future" ? daysForwardToWeekday(ref.weekday, weekday) : undefined;
        if (offset !== undefined) assignDay(s, anchorOfDay(ref.dayNumber + offset));
        setInfo(r, { granularity: "day", weekdayOnly: true });
        continue;
      }
      if (info.granularity === "weekend") {
        assignDay(s, anchorOfDay(weekendSaturday(ref, info.modifier ?? "none", tense)));
        continue;
      }
      const yearless = info.yearless || (s.isCertain("month") && !s.isCertain("year") && !info.anaphoric);
      if (yearless && r.end && r.end.isCertain("month") && !r.end.isCertain("year")) {
        // "between March and May": the whole span takes its year from the tense; it may cross a new year.
        const first = s.get("month")!;
        const last = r.end.get("month")!;
        // "on April 24 and 25": a span of days compares by day, as one day does.
        const day = s.isCertain("day") ? s.get("day")! : undefined;
        const year = yearFor(ref, first, info.months ?? ((last - first + 12) % 12) + 1, day, info.modifier ?? "none", tense) ?? ref.year;
        s.assign("year", year);
        r.end.assign("year", last >= first ? year : year + 1);
        continue;
      }
      if (!yearless || r.end) continue;
      // "the September 11 attacks in 2001", "on March 3 last year": a year given just after counts.
      const following = results.find((o) => o.index >= r.index + r.text.length && o.index - (r.index + r.text.length) <= 30);
      if (following && getInfo(following).granularity === "year" && !following.end && !/[,;.]/.test(context.text.slice(r.index + r.text.length, following.index))) {
        s.assign("year", following.start.get("year")!);
        continue;
      }
      const month = s.get("month")!;
      const day = s.isCertain("day") ? s.get("day")! : undefined;
      const modifier = info.modifier ?? "none";
      const year = yearFor(ref, month, info.months ?? 1, day, modifier, tense);
      if (year !== undefined) s.assign("year", year);
      setInfo(r, { yearless: true, modifier });
    }
    return results;
  },
};

/**
 * The Saturday of the weekend meant: "this weekend" is the one ending the publication week;
 * without a modifier, the past tense means the latest one on or before publication and any
 * other tense the coming one.
 */
export function weekendSaturday(ref: Anchor, modifier: string, tense: Tense): number {
  const thisSaturday = ref.weekday === 0 ? ref.dayNumber - 1 : ref.dayNumber + (6 - ref.weekday);
  if (modifier === "this") return thisSaturday;
  if (modifier === "next") return thisSaturday + 7;
  if (modifier === "last") return thisSaturday - 7;
  const inWeekend = ref.weekday === 6 || ref.weekday === 0;
  if (tense === "past") return inWeekend ? thisSaturday : thisSaturday - 7;
  return thisSaturday;
}

function assignDay(components: ParsingComponents, day: Anchor) {
  components.assign("year", day.year);
  components.assign("month", day.month);
  components.assign("day", day.day);
}

/** "on Wednesday and Thursday": two weekdays in a row are one span of days, as "April 24 and 25" is. */
export const weekdayListRefiner: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const r of results) {
      const prev = out.at(-1);
      if (prev && !prev.end && !r.end && getInfo(prev).weekdayOnly && getInfo(r).weekdayOnly) {
        const between = context.text.slice(prev.index + prev.text.length, r.index);
        const dayOf = (c: ParsingComponents) => dayNumberOf({ year: c.get("year")!, month: c.get("month")!, day: c.get("day")! });
        if (/^\s*(?:and|&)\s*$/.test(between) && dayOf(r.start) === dayOf(prev.start) + 1) {
          prev.end = r.start;
          prev.text = context.text.slice(prev.index, r.index + r.text.length);
          setInfo(prev, { role: "span" });
          continue;
        }
      }
      out.push(r);
    }
    return out;
  },
};

/** The refiners, appended after chrono's own (which merge ranges and date + time first). */
export const newsRefiners: Refiner[] = [trimRefiner, filterRefiner, relativeRefiner, prefixRefiner, tenseRefiner, weekdayListRefiner];
