/** What the news parsers share: month and number words, and the way a parser is built and its result made. */
import { type Parser, type ParsingContext, type ParsingResult } from "chrono-node";
import { anchorOfInstant } from "./calendar";
import { setInfo, type DurationUnit, type NewsInfo } from "./newsTags";

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A four-digit year from 1000 to 2199 (news rarely needs more, and it keeps "1500 troops" out by context). */
export const YEAR = "(?:1\\d{3}|20\\d{2}|21\\d{2})";

export const NUMBER_WORDS: Record<string, number> = {
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
export function wordParser(
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

export function result(context: ParsingContext, index: number, text: string, known: Record<string, number>, info: NewsInfo) {
  const r = context.createParsingResult(index, text, known);
  // chrono fills unknown parts from the reference day; "February" read on 31 December would be
  // 31 February, which chrono then drops as invalid. The first of the period is always valid.
  if (known.year !== undefined && known.month === undefined) r.start.imply("month", 1);
  if (known.month !== undefined && known.day === undefined) r.start.imply("day", 1);
  if (known.year !== undefined && known.day === undefined) r.start.imply("day", 1);
  return setInfo(r, info);
}

export const referenceYear = (context: ParsingContext) => anchorOfInstant(context.reference.instant).year;
export const modifierOf = (word: string | undefined) => {
  const w = (word ?? "").toLowerCase();
  if (w === "last" || w === "past" || w === "previous") return "last";
  if (w === "next" || w === "coming") return "next";
  if (w === "this") return "this";
  return "none";
};
export const relativeYear = (context: ParsingContext, word: string) =>
  referenceYear(context) + ({ last: -1, next: 1, this: 0, none: 0 } as Record<string, number>)[modifierOf(word)];


export const ABBREVIATED_MONTH = "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?";
export const MONTH_WORD = `(?:${FULL_MONTH}|${ABBREVIATED_MONTH})`;
export const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
export const monthOfWord = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, "")];
export const dayOf = (word: string) => Number(/\d+/.exec(word)![0]);
