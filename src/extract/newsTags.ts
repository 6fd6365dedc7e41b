/**
 * What the news parsers and refiners add to a chrono-node result, carried as chrono tags
 * ("news/gran:season") so that it survives chrono's own merging and overlap refiners.
 */
import type { ParsingResult } from "chrono-node";
import type { DateRole, Granularity, Tense } from "./types";

export type DurationUnit = "day" | "week" | "month" | "year" | "decade" | "century";

export interface NewsInfo {
  /** Set when a news parser or refiner knows the granularity better than chrono's certain components. */
  granularity?: Granularity;
  role?: DateRole;
  /** "last" | "next" | "this" | "none": the modifier in front of a weekday, month, season or holiday. */
  modifier?: string;
  /** The month, day or season was given without a year: the tense refiner chose it. */
  yearless?: boolean;
  /** The weekday was given without a date: the tense refiner chose the week. */
  weekdayOnly?: boolean;
  /** Counted from another date in the narrative, not from the publication: "two days later". */
  anaphoric?: boolean;
  /** A length of time ("for 30 years", "over the past two years"), with its direction from the reference. */
  duration?: { count: number; unit: DurationUnit };
  /** A length of time too vague to date: "for months", "in recent weeks". */
  vague?: boolean;
  approximate?: boolean;
  /** "early" | "mid" | "late" | "earlier" | "later" | "end" | "start" */
  part?: string;
  /** How many months a season, quarter or half covers, from the start month. */
  months?: number;
  /** The tense the tense refiner read around the phrase. */
  tense?: Tense;
  /** The phrase dates a plan reported in the past ("decided to meet in March"): it lies ahead of the decision. */
  plan?: boolean;
}

const PREFIX = "news/";

export function setInfo(result: ParsingResult, info: NewsInfo): ParsingResult {
  for (const [key, value] of Object.entries(info)) {
    if (value === undefined) continue;
    clearTag(result, key);
    const encoded = typeof value === "object" ? `${value.count}:${value.unit}` : String(value);
    result.addTag(`${PREFIX}${key}:${encoded}`);
  }
  return result;
}

/** chrono's tag sets are private; its `tags()` returns copies, so removing needs the components. */
function clearTag(result: ParsingResult, key: string) {
  for (const components of [result.start, result.end]) {
    if (!components) continue;
    const tags = (components as unknown as { _tags?: Set<string> })._tags;
    if (!(tags instanceof Set)) continue;
    for (const tag of [...tags]) if (tag.startsWith(`${PREFIX}${key}:`)) tags.delete(tag);
  }
}

export function getInfo(result: { tags(): Set<string> }): NewsInfo {
  const info: Record<string, unknown> = {};
  for (const tag of result.tags()) {
    if (!tag.startsWith(PREFIX)) continue;
    const [key, ...rest] = tag.slice(PREFIX.length).split(":");
    const value = rest.join(":");
    if (key === "duration") {
      const [count, unit] = value.split(":");
      info.duration = { count: Number(count), unit };
    } else if (key === "months") info.months = Number(value);
    else if (value === "true" || value === "false") info[key] = value === "true";
    else info[key] = value;
  }
  return info as NewsInfo;
}
