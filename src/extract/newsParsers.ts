/**
 * chrono-node parsers for time phrases news writing uses and chrono's English parsers leave out:
 * "last June", "June last year", bare years ("in 1994", "the 1993 accords"), year ranges,
 * decades and centuries, seasons, halves and quarters, "the end of the year", holidays, durations
 * ("for months", "over the past two years", "a decade ago") and phrases that count from another
 * date in the story ("the following week", "that day").
 *
 * Each parser sets the components it knows for sure and a few news tags (`newsTags.ts`); the
 * refiners then settle the year by tense and the role ("by", "since") by the words in front.
 */
import { ParsingComponents, type Parser, type ParsingContext, type ParsingResult } from "chrono-node";
import { anchorOfInstant } from "./calendar";
import { EVENT_NOUNS } from "./eventNouns";
import { setInfo, type DurationUnit, type NewsInfo } from "./newsTags";

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A four-digit year from 1000 to 2199 (news rarely needs more, and it keeps "1500 troops" out by context). */
const YEAR = "(?:1\\d{3}|20\\d{2}|21\\d{2})";

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, "a couple of": 2, "a dozen": 12,
};
export const NUMBER = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join("|").replaceAll(" ", "\\s+")})`;
export const UNIT = "(?:days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))";

export function numberOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  return /^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w];
}

export function unitOf(word: string): { unit: DurationUnit; factor: number } {
  const w = word.toLowerCase();
  if (w.startsWith("fortnight")) return { unit: "day", factor: 14 };
  if (w.startsWith("centur")) return { unit: "century", factor: 1 };
  return { unit: w.replace(/s$/, "") as DurationUnit, factor: 1 };
}

/** A parser whose pattern must start at a word boundary, like chrono's own English parsers. */
function wordParser(
  inner: string,
  extract: (context: ParsingContext, groups: Record<string, string | undefined>, index: number, text: string) => ParsingResult | null,
  flags = "i",
): Parser {
  const pattern = new RegExp(`(\\W|^)${inner}(?![\\p{L}\\p{N}])`, `${flags}u`);
  return {
    pattern: () => pattern,
    extract(context, match) {
      const lead = match[1].length;
      return extract(context, match.groups ?? {}, (match.index ?? 0) + lead, match[0].slice(lead));
    },
  };
}

function result(context: ParsingContext, index: number, text: string, known: Record<string, number>, info: NewsInfo) {
  const r = context.createParsingResult(index, text, known);
  // chrono fills unknown parts from the reference day; "February" read on 31 December would be
  // 31 February, which chrono then drops as invalid. The first of the period is always valid.
  if (known.year !== undefined && known.month === undefined) r.start.imply("month", 1);
  if (known.month !== undefined && known.day === undefined) r.start.imply("day", 1);
  if (known.year !== undefined && known.day === undefined) r.start.imply("day", 1);
  return setInfo(r, info);
}

const referenceYear = (context: ParsingContext) => anchorOfInstant(context.reference.instant).year;
const modifierOf = (word: string | undefined) => {
  const w = (word ?? "").toLowerCase();
  if (w === "last" || w === "past" || w === "previous") return "last";
  if (w === "next" || w === "coming") return "next";
  if (w === "this") return "this";
  return "none";
};
const relativeYear = (context: ParsingContext, word: string) =>
  referenceYear(context) + ({ last: -1, next: 1, this: 0, none: 0 } as Record<string, number>)[modifierOf(word)];

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

const ABBREVIATED_MONTH = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
const MONTH_WORD = `(?:${FULL_MONTH}|${ABBREVIATED_MONTH})`;
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const monthOfWord = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, "")];
const dayOf = (word: string) => Number(/\d+/.exec(word)![0]);

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

/** "from 1990 to 1994", "between 1990 and 1994", "1990-94", "1939–1945". */
const yearRange = wordParser(
  `(?:(?<lead>from|between)\\s+)?(?<from>${YEAR})\\s*(?<sep>-|–|—|to|and|until|through)\\s*(?<to>${YEAR}|\\d{2})(?!\\d|[.,]\\d)`,
  (context, g, index, text) => {
    const sep = g.sep!.toLowerCase();
    if (sep === "and" && g.lead?.toLowerCase() !== "between") return null;
    if ((sep === "to" || sep === "until" || sep === "through") && !g.lead) return null;
    const from = Number(g.from);
    const to = g.to!.length === 2 ? Math.floor(from / 100) * 100 + Number(g.to) : Number(g.to);
    if (to <= from || to - from > 200) return null;
    const r = context.createParsingResult(index, text, { year: from }, { year: to });
    for (const c of [r.start, r.end!]) c.imply("month", 1).imply("day", 1);
    return setInfo(r, { granularity: "year", role: "span" });
  },
);

/** "the 1990s", "the early 1980s", "the '60s", "the 20th century". */
const decade = wordParser(
  `(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<full>(?:1\\d|20)\\d0)|['’](?<short>\\d0))['’]?s`,
  (context, g, index, text) => {
    const year = g.full ? Number(g.full) : (Number(g.short) + 1900 > referenceYear(context) ? 1800 : 1900) + Number(g.short);
    return result(context, index, text, { year }, { granularity: "decade", part: g.part?.toLowerCase() });
  },
);
const ORDINAL_CENTURY: Record<string, number> = {
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, "twenty first": 21,
};
const century = wordParser(
  `(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<num>1\\d|2[01])(?:st|nd|rd|th)|(?<word>fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\\s-]first))[\\s-]+century`,
  (context, g, index, text) => {
    const n = g.num ? Number(g.num) : ORDINAL_CENTURY[g.word!.toLowerCase().replace(/\s+/, " ")];
    return result(context, index, text, { year: (n - 1) * 100 + 1 }, { granularity: "century", part: g.part?.toLowerCase() });
  },
);

const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/**
 * "last summer", "in the spring", "autumn 2018", "the winter of 1947" (northern hemisphere).
 * "fall" is a season only with a year or a modifier; "Arab Spring" (a name) is skipped.
 */
const season = wordParser(
  `(?:(?<mod>this|last|next|past|coming|the|in|during|by|until|since)\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?<season>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?`,
  (context, g, index, text) => {
    const word = g.season!;
    const mod = g.mod?.toLowerCase();
    if (!mod && !g.year) return null;
    if (word.toLowerCase() === "fall" && !g.year && !["this", "last", "next", "past", "coming"].includes(mod ?? "")) return null;
    // A capitalised season after a name is a name itself ("the Arab Spring"): only a year or a modifier makes it a date.
    if (/^[A-Z]/.test(word) && !g.year && !["this", "last", "next", "past", "coming"].includes(mod ?? "")) return null;
    // The leading preposition stays outside the phrase, as chrono does with "in June".
    const skip = mod && ["the", "in", "during", "by", "until", "since"].includes(mod) ? g.mod!.length + 1 : 0;
    const start = SEASON_START[word.toLowerCase()];
    const known: Record<string, number> = { month: start };
    const info: NewsInfo = { granularity: "season", months: 3, part: g.part?.toLowerCase() };
    if (g.year) known.year = Number(g.year);
    else Object.assign(info, { yearless: true, modifier: modifierOf(mod) });
    return result(context, index + skip, text.slice(skip), known, info);
  },
);

const ORDINAL: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4 };
const YEAR_REF = `(?:(?<year>${YEAR})|(?<mod>this|last|next|the)\\s+year)`;
/** "the first half of 2019", "the third quarter of last year", "Q3 2018". */
const halfOrQuarter = wordParser(
  `(?:the\\s+)?(?:(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(?<kind>half|quarter)\\s+of\\s+${YEAR_REF}|Q(?<q>[1-4])\\s+(?<qyear>${YEAR}))`,
  (context, g, index, text) => {
    const months = g.q || g.kind?.toLowerCase() === "quarter" ? 3 : 6;
    const n = g.q ? Number(g.q) : ORDINAL[g.ord!.toLowerCase()];
    if (months === 6 && n > 2 && g.ord!.toLowerCase() !== "last" && g.ord!.toLowerCase() !== "final") return null;
    const which = months === 6 && (g.ord!.toLowerCase() === "last" || g.ord!.toLowerCase() === "final") ? 2 : n;
    const year = g.qyear ? Number(g.qyear) : g.year ? Number(g.year) : relativeYear(context, g.mod === "the" ? "this" : g.mod!);
    return result(context, index, text, { year, month: (which - 1) * months + 1 }, { granularity: months === 3 ? "quarter" : "season", months });
  },
);

/** "the end of the year", "the start of next month", "the end of the week", "the middle of the decade". */
const partOfPeriod = wordParser(
  `(?:the\\s+)?(?<part>end|close|start|beginning|middle|turn)\\s+of\\s+(?:the\\s+)?(?:(?<mod>this|last|next|past)\\s+)?(?<unit>week|year|month|decade|century)`,
  (context, g, index, text) => {
    const ref = anchorOfInstant(context.reference.instant);
    if (g.part!.toLowerCase() === "turn" && g.unit!.toLowerCase() === "century" && !g.mod) {
      // "the turn of the century": about the century year nearest the story, settled by tense later.
      return result(context, index, text, { year: Math.round(ref.year / 100) * 100 }, { granularity: "year", approximate: true });
    }
    const shift = ({ last: -1, past: -1, next: 1, this: 0 } as Record<string, number>)[g.mod?.toLowerCase() ?? "this"];
    const part = ({ end: "end", close: "end", turn: "end", start: "start", beginning: "start", middle: "mid" } as Record<string, string>)[g.part!.toLowerCase()];
    const unit = g.unit!.toLowerCase();
    if (unit === "week" || unit === "month") {
      const c = ParsingComponents.createRelativeFromReference(context.reference, { [unit]: shift });
      const known: Record<string, number> = { year: c.get("year")!, month: c.get("month")! };
      if (unit === "week") known.day = c.get("day")!;
      return result(context, index, text, known, { granularity: unit, part });
    }
    if (unit === "year") return result(context, index, text, { year: ref.year + shift }, { granularity: "year", part });
    const size = unit === "decade" ? 10 : 100;
    const first = Math.floor(ref.year / size) * size + shift * size + (unit === "century" ? 1 : 0);
    return result(context, index, text, { year: first }, { granularity: unit === "decade" ? "decade" : "century", part });
  },
);

/** "over the weekend", "at the weekend", "this weekend": a Saturday and Sunday the tense refiner picks. */
const weekend = wordParser(
  `(?:(?<lead>over|at|during|on|by|this|last|next|coming|past)\\s+)(?:the\\s+)?(?:(?<mod2>past|coming)\\s+)?weekend`,
  (context, g, index, text) => {
    const lead = g.lead!.toLowerCase();
    const mod = g.mod2 ? modifierOf(g.mod2) : modifierOf(lead);
    const skip = ["on", "by"].includes(lead) ? g.lead!.length + 1 : 0;
    const ref = anchorOfInstant(context.reference.instant);
    return result(context, index + skip, text.slice(skip), { year: ref.year, month: ref.month, day: ref.day }, { granularity: "weekend", modifier: mod, yearless: true });
  },
);

/** "the third quarter", "the first half": a quarter or half of a year the tense settles. */
const yearlessQuarter = wordParser(
  `(?:the\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?<kind>half|quarter)(?!\\s+of\\b)(?!\\s*[-–]?\\s*(?:mile|century|final|point|hour|inning))`,
  (context, g, index, text) => {
    const months = g.kind!.toLowerCase() === "quarter" ? 3 : 6;
    const n = ORDINAL[g.ord!.toLowerCase()];
    if (months === 6 && n > 2) return null;
    return result(context, index, text, { month: (n - 1) * months + 1 }, { granularity: months === 3 ? "quarter" : "season", months, yearless: true, modifier: "none" });
  },
);

/** "0058 GMT", "1430 local time": the military-style times wire copy uses. */
const militaryTime = wordParser(`(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)\\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|local\\s+time|hours|hrs)`, (context, g, index, text) => {
  const r = context.createParsingResult(index, text);
  r.start.assign("hour", Number(g.h)).assign("minute", Number(g.m));
  return r;
});

/** "overnight": the night before publication (or after it, in the future tense). */
const overnight = wordParser(`overnight(?!\\s+(?:stay|flight|train|bus|ferry|shift|bag|rate|market|lending))`, (context, _g, index, text) =>
  result(context, index, text, {}, { granularity: "day", role: "span", part: "overnight" }),
);

const HOLIDAYS: Record<string, [number, number]> = {
  "christmas eve": [12, 24], "christmas day": [12, 25], christmas: [12, 25], "boxing day": [12, 26],
  "new year's eve": [12, 31], "new year's day": [1, 1], "valentine's day": [2, 14], "halloween": [10, 31],
  "may day": [5, 1], "bastille day": [7, 14], "armistice day": [11, 11], "guy fawkes night": [11, 5],
};
/** Fixed-date holidays: "on Christmas Day", "last Christmas", "New Year's Eve 1999". */
const holiday = wordParser(
  `(?:(?<mod>last|this|next)\\s+)?(?<name>Christmas(?:\\s+(?:Eve|Day))?|Boxing\\s+Day|New\\s+Year['’]s\\s+(?:Eve|Day)|Valentine['’]s\\s+Day|Halloween|May\\s+Day|Bastille\\s+Day|Armistice\\s+Day|Guy\\s+Fawkes\\s+Night)(?:,?\\s+(?<year>${YEAR}))?`,
  (context, g, index, text) => {
    const [month, day] = HOLIDAYS[g.name!.toLowerCase().replace(/\s+/g, " ").replace("’", "'")];
    const known: Record<string, number> = { month, day };
    const info: NewsInfo = { granularity: "day" };
    if (g.year) known.year = Number(g.year);
    else Object.assign(info, { yearless: true, modifier: modifierOf(g.mod) });
    return result(context, index, text, known, info);
  },
  "",
);

/**
 * Lengths of time. "over the past two years" and "in the next three months" are dated from the
 * publication; "for months" and "in recent weeks" are too vague to date and come back unresolved.
 */
const pastOrComingPeriod = wordParser(
  `(?<lead>for|over|in|during|throughout|within)\\s+(?:the\\s+)?(?<dir>past|last|previous|recent|coming|next|following)\\s+(?:(?<num>${NUMBER}|few|several|many)\\s+)?(?<unit>${UNIT})`,
  (context, g, index, text) => {
    const dir = g.dir!.toLowerCase();
    const unit = g.unit!;
    const plural = /s$/i.test(unit);
    const count = g.num ? numberOf(g.num) : plural ? undefined : 1;
    if (dir === "following") return null; // anaphoric: "in the following weeks"
    if (count === undefined || dir === "recent") return result(context, index, text, {}, { vague: true });
    const { unit: u, factor } = unitOf(unit);
    const future = dir === "coming" || dir === "next";
    return result(context, index, text, {}, { duration: { count: count * factor, unit: u }, role: future ? "deadline" : "since", approximate: true });
  },
);
const vagueDuration = wordParser(
  `(?:for|in|over|within)\\s+(?:(?:at\\s+least|about|around|up\\s+to|some)\\s+)?(?:(?:many|several|some|a\\s+few|the\\s+past\\s+few|recent|\\d+\\s*(?:to|-|–|or)\\s*\\d+)\\s+)?(?<unit>days|weeks|months|years|decades|centuries)`,
  (context, _g, index, text) => result(context, index, text, {}, { vague: true }),
);
/** "a decade ago", "two centuries ago", "a fortnight ago" (chrono's own "ago" parser knows none of them). */
const decadesAgo = wordParser(
  `(?<num>${NUMBER})\\s+(?<unit>decades?|centur(?:y|ies)|fortnights?)\\s+ago`,
  (context, g, index, text) => {
    const n = numberOf(g.num!)!;
    if (/^fortnight/i.test(g.unit!)) {
      const c = ParsingComponents.createRelativeFromReference(context.reference, { day: -14 * n });
      return result(context, index, text, { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! }, { granularity: "day", approximate: true });
    }
    const years = /^decade/i.test(g.unit!) ? 10 * n : 100 * n;
    return result(context, index, text, { year: referenceYear(context) - years }, { granularity: "year", approximate: true });
  },
);

/** "between March and May", "from June to August 2018": a range of months. */
const monthRange = wordParser(
  `(?<lead>between|from)\\s+(?<m1>${FULL_MONTH})(?:\\s+(?<y1>${YEAR}))?\\s+(?:and|to|until|till|through)\\s+(?<m2>${FULL_MONTH})(?:\\s+(?<y2>${YEAR}))?`,
  (context, g, index, text) => {
    if (g.lead!.toLowerCase() === "between" && !/\band\b/i.test(text)) return null;
    const m1 = MONTHS[g.m1!.toLowerCase()];
    const m2 = MONTHS[g.m2!.toLowerCase()];
    const start: Record<string, number> = { month: m1 };
    const end: Record<string, number> = { month: m2 };
    const y2 = g.y2 ? Number(g.y2) : undefined;
    const y1 = g.y1 ? Number(g.y1) : y2 !== undefined ? (m1 <= m2 ? y2 : y2 - 1) : undefined;
    if (y1 !== undefined) {
      start.year = y1;
      end.year = y2 ?? (m2 >= m1 ? y1 : y1 + 1);
    }
    const r = context.createParsingResult(index, text, start, end);
    r.start.imply("day", 1);
    r.end!.imply("day", 1);
    return setInfo(r, { granularity: "month", role: "span", yearless: y1 === undefined, months: ((m2 - m1 + 12) % 12) + 1 });
  },
);
const vagueAgo = wordParser(`(?:(?:many|several|some|a\\s+few)\\s+)?(?:days|weeks|months|years|decades)\\s+ago`, (context, _g, index, text) =>
  result(context, index, text, {}, { vague: true }),
);

/** "the following day", "the previous week", "that day", "the same month": counted from the story's last date. */
const anaphoricPeriod = wordParser(
  `(?:the\\s+(?<rel>following|next|previous|preceding|same)|(?<that>that))\\s+(?<unit>day|morning|afternoon|evening|night|weekend|week|month|year)`,
  (context, g, index, text) => {
    const rel = g.rel?.toLowerCase() ?? "same";
    const step = rel === "following" || rel === "next" ? 1 : rel === "previous" || rel === "preceding" ? -1 : 0;
    const unit = g.unit!.toLowerCase();
    const durationUnit = ["morning", "afternoon", "evening", "night"].includes(unit) ? "day" : unit === "weekend" ? "week" : unit;
    const c = ParsingComponents.createRelativeFromReference(context.reference, { [durationUnit]: step });
    const granularity = durationUnit === "day" ? "day" : (durationUnit as "week" | "month" | "year");
    const known: Record<string, number> = { year: c.get("year")! };
    if (granularity !== "year") known.month = c.get("month")!;
    if (granularity === "day" || granularity === "week") known.day = c.get("day")!;
    return result(context, index, text, known, { granularity, anaphoric: true });
  },
);

/** "to-day", "to-morrow", "to-night": the spelling of older newspapers. */
const hyphenatedToday = wordParser(`to-(?<which>day|morrow|night)`, (context, g, index, text) => {
  const c = ParsingComponents.createRelativeFromReference(context.reference, { day: g.which!.toLowerCase() === "morrow" ? 1 : 0 });
  return result(context, index, text, { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! }, { granularity: "day" });
});

/** "this morning", "this afternoon", "this evening": parts of the publication day. */
const partOfToday = wordParser(`(?:(?:early|late)\\s+)?this\\s+(?:morning|afternoon|evening)`, (context, _g, index, text) => {
  const c = ParsingComponents.createRelativeFromReference(context.reference, { day: 0 });
  return result(context, index, text, { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! }, { granularity: "day" });
});

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
