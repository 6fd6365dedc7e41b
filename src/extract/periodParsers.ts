/** News parsers for periods: ranges of years and months, decades, seasons, parts of a period, holidays, durations, and periods counted from another date. */
import { ParsingComponents } from "chrono-node";
import { anchorOfInstant } from "./calendar";
import { setInfo, type NewsInfo } from "./newsTags";
import { MONTHS, FULL_MONTH, YEAR, NUMBER, UNIT, numberOf, unitOf, wordParser, result, referenceYear, modifierOf, relativeYear } from "./newsParserKit";

/** "from 1990 to 1994", "between 1990 and 1994", "1990-94", "1939–1945". */
export const yearRange = wordParser(
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
export const decade = wordParser(
  `(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<full>(?:1\\d|20)\\d0)|['’](?<short>\\d0))['’]?s`,
  (context, g, index, text) => {
    const year = g.full ? Number(g.full) : (Number(g.short) + 1900 > referenceYear(context) ? 1800 : 1900) + Number(g.short);
    return result(context, index, text, { year }, { granularity: "decade", part: g.part?.toLowerCase() });
  },
);
export const ORDINAL_CENTURY: Record<string, number> = {
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, "twenty-first": 21, "twenty first": 21,
};
export const century = wordParser(
  `(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<num>1\\d|2[01])(?:st|nd|rd|th)|(?<word>fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\\s-]first))[\\s-]+century`,
  (context, g, index, text) => {
    const n = g.num ? Number(g.num) : ORDINAL_CENTURY[g.word!.toLowerCase().replace(/\s+/, " ")];
    return result(context, index, text, { year: (n - 1) * 100 + 1 }, { granularity: "century", part: g.part?.toLowerCase() });
  },
);

export const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/**
 * "last summer", "in the spring", "autumn 2018", "the winter of 1947" (northern hemisphere).
 * "fall" is a season only with a year or a modifier; "Arab Spring" (a name) is skipped.
 */
export const season = wordParser(
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

export const ORDINAL: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4 };
export const YEAR_REF = `(?:(?<year>${YEAR})|(?<mod>this|last|next|the)\\s+year)`;
/** "the first half of 2019", "the third quarter of last year", "Q3 2018". */
export const halfOrQuarter = wordParser(
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
export const partOfPeriod = wordParser(
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
export const weekend = wordParser(
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
export const yearlessQuarter = wordParser(
  `(?:the\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?<kind>half|quarter)(?!\\s+of\\b)(?!\\s*[-–]?\\s*(?:mile|century|final|point|hour|inning))`,
  (context, g, index, text) => {
    const months = g.kind!.toLowerCase() === "quarter" ? 3 : 6;
    const n = ORDINAL[g.ord!.toLowerCase()];
    if (months === 6 && n > 2) return null;
    return result(context, index, text, { month: (n - 1) * months + 1 }, { granularity: months === 3 ? "quarter" : "season", months, yearless: true, modifier: "none" });
  },
);

/** "0058 GMT", "1430 local time": the military-style times wire copy uses. */
export const militaryTime = wordParser(`(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)\\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|local\\s+time|hours|hrs)`, (context, g, index, text) => {
  const r = context.createParsingResult(index, text);
  r.start.assign("hour", Number(g.h)).assign("minute", Number(g.m));
  return r;
});

/** "overnight": the night before publication (or after it, in the future tense). */
export const overnight = wordParser(`overnight(?!\\s+(?:stay|flight|train|bus|ferry|shift|bag|rate|market|lending))`, (context, _g, index, text) =>
  result(context, index, text, {}, { granularity: "day", role: "span", part: "overnight" }),
);

export const HOLIDAYS: Record<string, [number, number]> = {
  "christmas eve": [12, 24], "christmas day": [12, 25], christmas: [12, 25], "boxing day": [12, 26],
  "new year's eve": [12, 31], "new year's day": [1, 1], "valentine's day": [2, 14], "halloween": [10, 31],
  "may day": [5, 1], "bastille day": [7, 14], "armistice day": [11, 11], "guy fawkes night": [11, 5],
};
/** Fixed-date holidays: "on Christmas Day", "last Christmas", "New Year's Eve 1999". */
export const holiday = wordParser(
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
export const pastOrComingPeriod = wordParser(
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
export const vagueDuration = wordParser(
  `(?:for|in|over|within)\\s+(?:(?:at\\s+least|about|around|up\\s+to|some)\\s+)?(?:(?:many|several|some|a\\s+few|the\\s+past\\s+few|recent|\\d+\\s*(?:to|-|–|or)\\s*\\d+)\\s+)?(?<unit>days|weeks|months|years|decades|centuries)`,
  (context, _g, index, text) => result(context, index, text, {}, { vague: true }),
);
/** "a decade ago", "two centuries ago", "a fortnight ago" (chrono's own "ago" parser knows none of them). */
export const decadesAgo = wordParser(
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
export const monthRange = wordParser(
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
export const vagueAgo = wordParser(`(?:(?:many|several|some|a\\s+few)\\s+)?(?:days|weeks|months|years|decades)\\s+ago`, (context, _g, index, text) =>
  result(context, index, text, {}, { vague: true }),
);

/** "the following day", "the previous week", "that day", "the same month": counted from the story's last date. */
export const anaphoricPeriod = wordParser(
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
export const hyphenatedToday = wordParser(`to-(?<which>day|morrow|night)`, (context, g, index, text) => {
  const c = ParsingComponents.createRelativeFromReference(context.reference, { day: g.which!.toLowerCase() === "morrow" ? 1 : 0 });
  return result(context, index, text, { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! }, { granularity: "day" });
});

/** "this morning", "this afternoon", "this evening": parts of the publication day. */
export const partOfToday = wordParser(`(?:(?:early|late)\\s+)?this\\s+(?:morning|afternoon|evening)`, (context, _g, index, text) => {
  const c = ParsingComponents.createRelativeFromReference(context.reference, { day: 0 });
  return result(context, index, text, { year: c.get("year")!, month: c.get("month")!, day: c.get("day")! }, { granularity: "day" });
});
