/**
 * chrono-node parsers for time phrases news writing uses and chrono's English parsers leave out:
 * "last June", "June last year", bare years ("in 1994", "the 1993 accords"), year ranges,
 * decades and centuries, seasons, halves and quarters, "the end of the year", holidays, durations
 * ("for months", "over the past two years", "a decade ago") and phrases that count from another
 * date in the story ("the following week", "that day"). Days, months and years are here; periods
 * and durations in `periodParsers.ts`.
 *
 * Each parser sets the components it knows for sure and a few news tags (`newsTags.ts`); the
 * refiners then settle the year by tense and the role ("by", "since") by the words in front.
 */
import type { Parser } from "chrono-node";
import { EVENT_NOUNS } from "./eventNouns";
import { setInfo, type NewsInfo } from "./newsTags";
import { MONTHS, FULL_MONTH, YEAR, wordParser, result, modifierOf, relativeYear, MONTH_WORD, DAY, monthOfWord, dayOf } from "./newsParserKit";
import { yearRange, decade, century, season, halfOrQuarter, partOfPeriod, weekend, yearlessQuarter, militaryTime, overnight, holiday, pastOrComingPeriod, vagueDuration, decadesAgo, monthRange, vagueAgo, anaphoricPeriod, hyphenatedToday, partOfToday } from "./periodParsers";

/** "last June", "next March", "this December": a month whose year depends on the modifier. */
const monthWithModifier = wordParser(
  `(?<mod>last|this|next|past|coming)\\s+(?<month>${FULL_MONTH})(?!\\s*\\d)`,
  (context, g, index, text) =>
    result(context, index, text, { month: MONTHS[g.month!.toLowerCase()] }, { granularity: "month", modifier: modifierOf(g.mod), yearless: true }),
);

/** "June last year", "in March of next year". */
const monthOfRelativeYear = wordParser(
  `(?<month>${FULL_MONTH})\\s+(?:of\\s+)?(?<mod>last|this|next)\\s+year`,
  (context, g, index, text) =>
    result(context, index, text, { month: MONTHS[g.month!.toLowerCase()], year: relativeYear(context, g.mod!) }, { granularity: "month" }),
);

/**
 * A year on its own counts only after a word that makes it a date ("in 1994", "since 2001",
 * "the 1993 accords", "early 2018") or with a possessive ("1994's"), and never before a unit
 * ("in 2000 people"). The leading word stays in the phrase: chrono drops a phrase of digits alone.
 */
const NOT_AFTER_YEAR = "(?!\\s*(?:[-–]\\s*\\d|[.,]\\d|%|per\\b|percent|people|persons|troops|soldiers|men|women|children|tonnes|tons|km|kilomet|miles|met(?:er|re)s|feet|dollars|euros|pounds|yuan|votes|seats|cases|deaths|units|barrels|points|hours|minutes|pages|words|years|m\\b|kg\\b|mph\\b|ft\\b))";
const YEAR_LEAD_ROLE: Record<string, NewsInfo> = {
  since: { role: "since" }, by: { role: "deadline" }, before: { role: "deadline" }, until: { role: "span" }, till: { role: "span" },
  early: { part: "early" }, late: { part: "late" }, mid: { part: "mid" }, "mid-": { part: "mid" },
  "end of": { part: "end" }, "start of": { part: "start" }, "beginning of": { part: "start" }, "middle of": { part: "mid" },
};
const CHANGE_BEFORE_BY = /\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|decreased?|decreases|grew|grow|grows|grown|dropped|drops?|jumped|jumps?|climbed|climbs?|declined?|declines|cut|cuts|raised?|raises|reduced?|reduces|boosted|lifted|lowered|slashed|gained|gains?|lost|loses?|up|down|more|less|higher|lower|outnumbered|exceeded|beat|won|lead|leads|led)\s+$/i;
/**
 * "its first official report of a weapons test in a year", "the strongest in the world for 40
 * years": a determiner, then "first/last/only" or a superlative, a few words, then the phrase.
 * It measures a gap back to the previous one.
 */
export const GAP_CUE = /\b(?:the|its|their|his|her|our|a)\s+(?:first|last|only|most\s+\w+|least\s+\w+|fewest|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|deadliest|longest|shortest|fastest|slowest|heaviest|hottest|coldest|wettest|driest|busiest|sharpest|steepest|deepest|greatest|record)\b(?:\s+[^\s,;.]+){0,7}\s*$/i;

const ARTICLE_LEADS = new Set(["a", "an", "his", "her", "its", "their", "our", "this", "that"]);
const bareYear = wordParser(
  `(?<lead>(?:in|since|by|until|till|from|during|before|after|through|throughout|of|around|circa|c\\.|about|early|late|mid|end\\s+of|start\\s+of|beginning\\s+of|middle\\s+of|the|a|an|his|her|its|their|our|this|that|as\\s+of|and|or|[\\p{L}.]+['’]s)\\s+|mid-|,\\s*)(?<year>${YEAR})(?<poss>['’]s)?${NOT_AFTER_YEAR}`,
  (context, g, index, text) => {
    const lead = g.lead!.trim().toLowerCase().replace(/\s+/g, " ");
    const after = context.text.slice(index + text.length);
    // "Clinton's 1996 campaign", "the party's 1994 change of leader": a possessive makes the year an
    // adjective, like "the" does; from 1800 only, so that "the company's 1500 workers" stays a number.
    if (/['’]s$/.test(lead) && (!/^\s+[a-z]/.test(after) || Number(g.year) < 1800)) return null;
    // "1979, 1983 and 1987": after a comma, a year counts only as the next item of a list of years
    // (the comma stays in the phrase until the trim refiner, since chrono drops a phrase of digits alone).
    if (lead === "," && !new RegExp(`${YEAR}\\s*$`).test(context.text.slice(0, index))) return null;
    // "the 1994 treaty", "the 1992 Olympics", "a 1990 law", "his 2009 speech": a year used as an
    // adjective needs a word after it; "the 1000 Genomes project" is a name, not a year.
    if (lead === "the" && (!/^\s+[A-Za-z]/.test(after) || Number(g.year) < 1600)) return null;
    if (ARTICLE_LEADS.has(lead) && !/^\s+[a-z]/.test(after)) return null;
    // "rose by 2000", "cut by 1500": an amount, not a deadline.
    if (lead === "by" && CHANGE_BEFORE_BY.test(context.text.slice(0, index))) return null;
    // "in 2019 and 2020": a second year only right after a first one.
    if ((lead === "and" || lead === "or") && !new RegExp(`${YEAR},?\\s*$`).test(context.text.slice(0, index))) return null;
    const info: NewsInfo = { granularity: "year", ...YEAR_LEAD_ROLE[lead] };
    // "the worst war in Europe since 1945": the last one as bad, in 1945 (see `GAP_CUE`).
    if (lead === "since" && GAP_CUE.test(context.text.slice(0, index))) delete info.role;
    return result(context, index, text, { year: Number(g.year) }, info);
  },
);
const possessiveYear = wordParser(`(?<year>${YEAR})['’]s`, (context, g, index, text) =>
  result(context, index, text, { year: Number(g.year) }, { granularity: "year" }),
);

/**
 * "the March accession", "the October ceasefire", "their November talks": a month used as an
 * adjective. Only before a noun that names an event (`EVENT_NOUNS`, perhaps after an adjective
 * or two), so that "the May government" or "a March hare" stay what they are. The year comes from
 * the tense, as for "in March".
 */
const monthAdjective = wordParser(
  `(?<det>[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\\p{L}.]+['’]s)\\s+(?<month>${FULL_MONTH})(?=\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(?:${EVENT_NOUNS})\\b)`,
  // The determiner stays in the phrase, as for "the 1996 campaign": chrono drops a bare "May".
  (context, g, index, text) => result(context, index, text, { month: MONTHS[g.month!.toLowerCase()] }, { granularity: "month", yearless: true, modifier: "none" }),
  "",
);


/**
 * "on April 24 and 25", "8 and 9 December", "March 3, 4 and 5": days of one month in a list.
 * Consecutive days are one span (a two-day meeting). Otherwise the first day is read here as a
 * date of its own and `dayListItem` reads each further one.
 */
const dayList = wordParser(
  `(?:(?<month>${MONTH_WORD})\\s+(?<days>${DAY}(?:\\s*,\\s*${DAY})*\\s*,?\\s*(?:and|&)\\s+${DAY})|(?<daysFirst>${DAY}(?:\\s*,\\s*${DAY})*\\s*,?\\s*(?:and|&)\\s+${DAY})\\s+(?<monthAfter>${MONTH_WORD}))(?:,?\\s+(?<year>${YEAR}))?(?![\\d:])`,
  (context, g, index, text) => {
    const month = monthOfWord(g.month ?? g.monthAfter!);
    const days = (g.days ?? g.daysFirst!).split(/\s*(?:,|and|&)\s*/).filter(Boolean).map(dayOf);
    if (!month || days.some((d, i) => i > 0 && d <= days[i - 1])) return null;
    const consecutive = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
    const known = (day: number): Record<string, number> => (g.year ? { year: Number(g.year), month, day } : { month, day });
    const info: NewsInfo = { granularity: "day", ...(g.year ? {} : { yearless: true, modifier: "none" }) };
    if (consecutive) {
      const r = context.createParsingResult(index, text, known(days[0]), known(days[days.length - 1]));
      return setInfo(r, { ...info, role: "span" });
    }
    // Not consecutive: "March 3" of "March 3 and 17" is read alone, and `dayListItem` reads the rest.
    // ("3 and 17 March" is left to chrono, which reads "17 March": a bare "3" cannot be a phrase.)
    if (!g.month) return null;
    return result(context, index, new RegExp(`^${MONTH_WORD}\\s+${DAY}`).exec(text)![0], known(days[0]), info);
  },
);

/**
 * The further days of "March 3, 10 and 17": each a date in the month the list named. A number
 * followed by a noun ("March 3, 10 soldiers died") is a count, not a day.
 */
const dayListItem = wordParser(
  `(?<sep>,\\s*|(?:,\\s*)?(?:and|&)\\s+)(?<day>${DAY})(?![\\d:]|,\\d|\\s*(?:%|per\\b|percent)|\\s+(?!(?:and|or|in|at|on|to|for|when|while|as|after|before|the|a|will|would|were|was|is|are)\\b)\\p{Ll})`,
  (context, g, index, text) => {
    const before = context.text.slice(0, index);
    const monthWord = new RegExp(`(?<month>${MONTH_WORD})\\s+${DAY}(?:\\s*,\\s*${DAY})*\\s*$`).exec(before)?.groups?.month;
    if (!monthWord) return null;
    const month = monthOfWord(monthWord);
    const yearAfter = new RegExp(`^(?:\\s*(?:,|and|&)\\s*${DAY})*(?:\\s+${MONTH_WORD})?,?\\s+(?<year>${YEAR})`).exec(context.text.slice(index + text.length));
    const known: Record<string, number> = { month, day: dayOf(g.day!) };
    if (yearAfter?.groups?.year) known.year = Number(yearAfter.groups.year);
    return result(context, index, text, known, { granularity: "day", ...(known.year ? {} : { yearless: true, modifier: "none" }) });
  },
);


/** The parsers, in the order they are added to chrono's casual English configuration. */
export const newsParsers: Parser[] = [
  monthWithModifier,
  monthOfRelativeYear,
  monthAdjective,
  dayList,
  dayListItem,
  bareYear,
  possessiveYear,
  yearRange,
  decade,
  century,
  season,
  halfOrQuarter,
  partOfPeriod,
  weekend,
  yearlessQuarter,
  militaryTime,
  overnight,
  holiday,
  pastOrComingPeriod,
  vagueDuration,
  decadesAgo,
  monthRange,
  vagueAgo,
  anaphoricPeriod,
  hyphenatedToday,
  partOfToday,
];
