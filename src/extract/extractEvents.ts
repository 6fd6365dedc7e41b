/**
 * Article text + publication day → candidate events with dates, for a person to review.
 *
 * 1. Split the text into sentences (`sentences.ts`).
 * 2. Find and date each sentence's time phrases with chrono-node plus the news parsers and
 *    refiners (`newsChrono.ts`), against the publication day and the tense of the clause.
 * 3. Date what counts from the story rather than from publication: "two days later" from the
 *    last date mentioned, "since the summit" from the earlier sentence that dates a summit,
 *    "the first test in a year" back from the sentence's own date.
 * 4. Guess a status from the date and the modality ("is to", "could", "expected"), and the
 *    actors and place from a small gazetteer.
 *
 * Undated sentences get no candidate; a phrase that cannot be dated is returned as unresolved.
 */
import type { ParsedResult } from "chrono-node";
import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import type { EventStatus } from "../domain/types";
import { slugify, unusedId } from "../domain/slugify";
import { anchorOfDay, anchorOfIso, chronoReference, dayNumberOf, type Anchor } from "./calendar";
import { actorsIn, placeNear } from "./gazetteer";
import { newsChrono } from "./newsChrono";
import { durationIn } from "./newsRefiners";
import { EVENT_NOUNS } from "./eventNouns";
import { getInfo, type NewsInfo } from "./newsTags";
import { periodOf, resolveResult, shiftPoint, type Point, type Resolution } from "./resolve";
import { splitSentences } from "./sentences";
import { FUNCTION_WORDS, verbForm } from "./verbs";
import { modalityAt, tenseAt, words } from "./tense";
import { titleFor, type PhraseSpan } from "./titleFor";
import type { CandidateEvent, DateRole, ExtractionResult, ExtractOptions, Granularity, Tense, TextSpan, UnresolvedPhrase } from "./types";

export const DEFAULT_SOURCE_ID = "article";

/** How many sentences back "two days later" may look for the date it counts from. */
const ANAPHOR_WINDOW_SENTENCES = 3;

/** Thrown for a publication date that is not a real YYYY-MM-DD day. */
export class PublishedDateError extends Error {}

/** A dated mention, kept so that later phrases can count from it. */
interface Mention {
  sentenceIndex: number;
  start: number;
  point: Point;
  when: string;
  phrase: string;
  sentence: string;
  role: DateRole;
}

interface Found {
  phrase: TextSpan;
  sentence: TextSpan;
  sentenceIndex: number;
  resolution: Resolution;
  tense: Tense;
  info: NewsInfo;
  /** Where the date came from, for the confidence. */
  basis: "text" | "story";
}

export function extractEvents(text: string, options: ExtractOptions): ExtractionResult {
  const published = anchorOfIso(options.published);
  if (!published) throw new PublishedDateError(`published must be a calendar day written YYYY-MM-DD, e.g. 2019-01-18 (got "${options.published}")`);
  const sourceId = options.sourceId ?? DEFAULT_SOURCE_ID;
  const sentences = splitSentences(text);
  const found: Found[] = [];
  const mentions: Mention[] = [];
  const reference = chronoReference(published.dayNumber);

  sentences.forEach((sentence, sentenceIndex) => {
    const local: { result: ParsedResult; found: Found }[] = newsChrono.parse(sentence.text, reference).map((result) => {
      const info = getInfo(result);
      const phrase = span(sentence, result.index, result.index + result.text.length);
      const story = info.anaphoric || info.role === "gap";
      // Phrases that count from another date are settled in the second pass below.
      const resolution: Resolution = story ? { ok: false, kind: "anaphor", reason: "pending" } : resolveResult(result, published);
      return { result, found: { phrase, sentence, sentenceIndex, resolution, tense: info.tense ?? "unknown", info, basis: story ? "story" : "text" } };
    });
    const finds = local.map((l) => l.found);
    for (const l of local) l.found.resolution = aheadOfDecision(sentence, l.result, l.found, finds, published);
    const addMention = (f: Found) => {
      if (f.resolution.ok && f.resolution.point && f.resolution.role === "at") {
        mentions.push({ sentenceIndex, start: f.phrase.start, point: f.resolution.point, when: f.resolution.when, phrase: f.phrase.text, sentence: sentence.text, role: "at" });
        mentions.sort((a, b) => a.start - b.start);
      }
    };
    for (const f of finds) addMention(f);
    for (const { result, found: f } of local) {
      if (f.info.anaphoric) f.resolution = resolveFromStory(result, f, finds, mentions);
      else if (f.info.role === "gap") f.resolution = resolveGap(result, f, finds, published);
      else if (!f.resolution.ok && f.resolution.kind === "partial" && isTimeOnly(result)) f.resolution = resolveTimeOfDay(f, mentions);
      else continue;
      f.basis = "story";
      addMention(f);
    }
    found.push(...finds);
    for (const f of eventAnaphors(sentence, sentenceIndex, finds, found, mentions, published)) found.push(f);
  });

  found.sort((a, b) => a.phrase.start - b.phrase.start);
  const candidates: CandidateEvent[] = [];
  const unresolved: UnresolvedPhrase[] = [];
  const ids = new Set<string>();
  for (const f of found) {
    if (f.resolution.ok) f.resolution = checked(f.resolution);
    if (!f.resolution.ok) {
      unresolved.push({ phrase: f.phrase, sentence: f.sentence, kind: f.resolution.kind, reason: f.resolution.reason });
      continue;
    }
    const others: PhraseSpan[] = found.filter((o) => o !== f && o.sentence.start === f.sentence.start).map((o) => ({ from: o.phrase.start - o.sentence.start, to: o.phrase.end - o.sentence.start }));
    candidates.push(toCandidate(f, f.resolution, published, ids, others));
  }
  return { published: published.iso, sourceId, candidates, unresolved, sentences };
}

/**
 * "On Tuesday the ministers agreed to meet again on Friday": a plan reported in the past points
 * ahead of the day it was made, when the sentence dates that day before the plan. A weekday,
 * month or day given without a year is then read forward from the decision, not from publication.
 */
function aheadOfDecision(sentence: TextSpan, result: ParsedResult, f: Found, sentenceFinds: Found[], published: Anchor): Resolution {
  const info = f.info;
  if (!info.plan || !f.resolution.ok || !(info.weekdayOnly || info.yearless)) return f.resolution;
  const decision = sentenceFinds.find(
    (o) =>
      o.phrase.end <= f.phrase.start &&
      !o.info.plan &&
      o.resolution.ok &&
      o.resolution.role === "at" &&
      o.resolution.point &&
      (o.resolution.point.granularity === "day" || o.resolution.point.granularity === "month") &&
      dayNumberOf(o.resolution.point) < published.dayNumber,
  );
  if (!decision || !decision.resolution.ok || !decision.resolution.point) return f.resolution;
  const day = dayNumberOf(decision.resolution.point);
  const again = newsChrono.parse(sentence.text, chronoReference(day)).find((r) => r.index === result.index && r.text === result.text);
  if (!again) return f.resolution;
  const resolution = resolveResult(again, anchorOfDay(day));
  if (!resolution.ok) return f.resolution;
  return { ...resolution, reason: `a plan made "${decision.phrase.text}" (${decision.resolution.when}): the next one after it` };
}

/**
 * The last guard before a date leaves the extractor: an interval whose ends are the same day
 * (or month, or year) is that one date, as EDTF has no empty-length interval; anything the
 * domain's parser still rejects goes back to the reviewer as unresolved.
 */
export function checked(resolution: Extract<Resolution, { ok: true }>): Resolution {
  const [from, to, ...rest] = resolution.when.split("/");
  const when = to !== undefined && rest.length === 0 && from.replace(/~$/, "") === to ? to : resolution.when;
  const parsed = parseFuzzyDate(when);
  if (!parsed.ok) return { ok: false, kind: "partial", reason: `could not be written as a date (${parsed.error})` };
  return { ...resolution, when };
}

function span(sentence: TextSpan, from: number, to: number): TextSpan {
  return { text: sentence.text.slice(from, to), start: sentence.start + from, end: sentence.start + to };
}

/**
 * "two days later", "the following week", "that day": counted from the story's last dated
 * mention. "seven months after X" and "two days before X" count from X, a date later in the
 * same sentence, when there is one.
 */
function resolveFromStory(result: ParsedResult, f: Found, sentenceFinds: Found[], mentions: Mention[]): Resolution {
  const text = result.text.toLowerCase();
  const shift = anaphoricShift(text);
  if (!shift) return { ok: false, kind: "anaphor", reason: "counts from an earlier date in the story in a way the extractor cannot read" };
  const needed: Granularity = shift.unit === "day" || shift.unit === "week" ? "day" : shift.unit === "month" ? "month" : "year";
  const order: Granularity[] = ["day", "month", "year"];
  const preciseEnough = (g: Granularity) => order.includes(g) && order.indexOf(g) <= order.indexOf(needed);
  let anchor: { point: Point; phrase: string; when: string } | undefined;
  // "The day before, protesters had gathered": nothing follows "before", so it counts from the
  // date told just before, like "the previous day"; "the day before the vote" counts from the vote.
  const standsAlone = /^\s*(?:[,;:.!?)–—]|$)/.test(f.sentence.text.slice(f.phrase.end - f.sentence.start));
  if (/\b(?:after|before)$/.test(text) && !standsAlone) {
    // "seven months after Apollo 8 … last December": counted from the date of what follows.
    const next = sentenceFinds.find((o) => o.phrase.start >= f.phrase.end && o.resolution.ok && o.resolution.point && o.resolution.role === "at");
    if (!next || !next.resolution.ok) return { ok: false, kind: "anaphor", reason: "counts from an event the sentence does not date" };
    anchor = { point: next.resolution.point!, phrase: next.phrase.text, when: next.resolution.when };
  }
  const recent = mentions.filter((m) => m.start < f.phrase.start && f.sentenceIndex - m.sentenceIndex <= ANAPHOR_WINDOW_SENTENCES);
  // The latest date that can carry the step: "the next morning" skips a year mentioned in passing.
  // Failing that, the most precise recent one: "the same day" as "in April 1999", not as "a 1998 proposal".
  anchor ??= [...recent].reverse().find((m) => preciseEnough(m.point.granularity)) ?? mostPrecise(recent);
  if (!anchor) return { ok: false, kind: "anaphor", reason: "counts from an earlier date in the story, and none is given shortly before" };
  if (!preciseEnough(anchor.point.granularity) && shift.count === 0 && order.includes(anchor.point.granularity)) {
    // "the same day" as something dated to April 1999: a day in April 1999, as precise as that.
    return { ok: true, when: anchor.when.replace(/~$/, ""), granularity: anchor.point.granularity, role: "at", approximate: false, point: anchor.point, reason: `the same ${shift.unit} as "${anchor.phrase}" (${anchor.when}), which is dated no closer` };
  }
  if (!preciseEnough(anchor.point.granularity)) {
    return { ok: false, kind: "anaphor", reason: `counts from "${anchor.phrase}" (${anchor.when}), which is not precise enough to count ${shift.unit}s from` };
  }
  const point = shiftPoint(anchor.point, shift.count, shift.unit);
  let granularity: Granularity = point.granularity;
  // "the following week" names a week, "the following month" a month; "a week later" is about a day.
  if (shift.whole) granularity = shift.unit === "week" ? "week" : shift.unit === "month" ? "month" : shift.unit === "year" ? "year" : "day";
  const approximate = !shift.whole && shift.unit !== "day" && shift.count !== 0;
  const period = periodOf({ ...point, granularity }, {}, approximate);
  const direction = shift.count > 0 ? "after" : "before";
  return {
    ok: true,
    when: period.edtf,
    granularity,
    role: "at",
    approximate,
    point: { ...point, granularity },
    reason: shift.count === 0 ? `the same ${shift.unit} as "${anchor.phrase}" (${anchor.when})` : `${Math.abs(shift.count)} ${shift.unit}(s) ${direction} "${anchor.phrase}" (${anchor.when})`,
  };
}

/** The finest-grained of some mentions, the latest of equals. */
function mostPrecise(mentions: Mention[]): Mention | undefined {
  const rank = (m: Mention) => ["day", "weekend", "week", "month", "season", "quarter", "year", "decade", "century"].indexOf(m.point.granularity);
  return mentions.reduce<Mention | undefined>((best, m) => (best === undefined || rank(m) <= rank(best) ? m : best), undefined);
}

const isTimeOnly = (r: ParsedResult) =>
  r.start.isCertain("hour") && !r.start.isCertain("day") && !r.start.isCertain("weekday") && !r.start.isCertain("month") && !r.start.isCertain("year");

/** "at 10:56 pm": the day of the date mentioned just before (same or previous sentence). */
function resolveTimeOfDay(f: Found, mentions: Mention[]): Resolution {
  const anchor = [...mentions].reverse().find((m) => m.start < f.phrase.start && f.sentenceIndex - m.sentenceIndex <= 1 && m.point.granularity === "day");
  if (!anchor) return { ok: false, kind: "partial", reason: "a time of day with no date to attach it to" };
  return { ok: true, when: anchor.when.replace(/~$/, ""), granularity: "day", role: "at", approximate: false, point: anchor.point, reason: `a time of day on the day of "${anchor.phrase}" (${anchor.when})` };
}

/** The signed step an anaphoric phrase makes, and whether it names a whole unit ("the following week"). */
function anaphoricShift(phrase: string): { count: number; unit: "day" | "week" | "month" | "year"; whole: boolean } | undefined {
  // "later that day", "earlier that year", "early the next morning": the day or year named after.
  const text = phrase.replace(/^(?:later|earlier|early|late)\s+(?:(?:in|on)\s+)?(?=(?:that|the)\s)/, "");
  const back = /\b(?:earlier|before|previous|preceding|prior)\b/.test(text);
  const unitOfWord = (w: string) => (w === "week" || w === "weekend" ? "week" : w === "month" ? "month" : w === "year" ? "year" : "day");
  const whole = /^(?:the\s+(?:following|next|previous|preceding|same)|that)\s+(\w+)$/.exec(text);
  if (whole) {
    const count = /same|^that/.test(text) ? 0 : back ? -1 : 1;
    return { count, unit: unitOfWord(whole[1]), whole: true };
  }
  if (/^the\s+(?:day|night)\s+(?:before|after)$/.test(text)) return { count: back ? -1 : 1, unit: "day", whole: false };
  if (/^the\s+next\s+day$/.test(text)) return { count: 1, unit: "day", whole: false };
  const d = durationIn(text);
  if (!d || d.unit === "decade" || d.unit === "century") {
    if (d) return { count: (back ? -1 : 1) * d.count * (d.unit === "decade" ? 10 : 100), unit: "year", whole: false };
    return undefined;
  }
  return { count: (back ? -1 : 1) * d.count, unit: d.unit, whole: false };
}

/** "its first test in a year": the gap back from the sentence's own date (else from publication). */
function resolveGap(result: ParsedResult, f: Found, sentenceFinds: Found[], published: Anchor): Resolution {
  const duration = f.info.duration ?? durationIn(result.text);
  if (!duration) return { ok: false, kind: "duration", reason: "a length of time the extractor cannot read" };
  const others = sentenceFinds.filter((o) => o !== f && o.resolution.ok && o.resolution.point && o.resolution.role === "at");
  const nearest = others.sort((a, b) => Math.abs(a.phrase.start - f.phrase.start) - Math.abs(b.phrase.start - f.phrase.start))[0];
  const anchorPoint: Point = nearest && nearest.resolution.ok && nearest.resolution.point ? nearest.resolution.point : { ...published, granularity: "day" };
  const anchorText = nearest ? `"${nearest.phrase.text}" (${nearest.resolution.ok ? nearest.resolution.when : ""})` : "publication";
  const point = shiftPoint(anchorPoint, -duration.count, duration.unit);
  const period = periodOf(point, {}, true);
  return {
    ok: true,
    when: period.edtf,
    granularity: point.granularity,
    role: "gap",
    approximate: true,
    point,
    reason: `a gap: the previous one was about ${duration.count} ${duration.unit}(s) before ${anchorText}`,
  };
}

const EVENT_ANAPHOR = new RegExp(
  `\\bsince\\s+(?:(?<then>then)|(?:the|their|his|her|its|this|that|our|these|those|last\\s+year['’]s|[A-Z][\\p{L}-]*['’]s)\\s+(?<mods>(?:[\\p{L}’'-]+\\s+){0,3}?)(?<noun>${EVENT_NOUNS})\\b(?:\\s+(?<verb>\\p{L}+))?)`,
  "giu",
);

/**
 * Whether a sentence names the event noun as an event: "the war in Bosnia began", not "war crimes"
 * (a noun before another noun only describes it). With `verb` ("since the war began"), only a
 * sentence that says the same of it ("the war … began") counts.
 */
function namesEvent(sentence: string, noun: string, verb: string | undefined): boolean {
  for (const m of sentence.matchAll(new RegExp(`\\b${noun}s?\\b`, "gi"))) {
    const rest = sentence.slice(m.index + m[0].length);
    const next = /^\s+([\p{L}'’-]+)/u.exec(rest)?.[1];
    const compound = next !== undefined && /^\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next.toLowerCase()) && verbForm(next) === undefined;
    if (compound) continue;
    if (verb && !new RegExp(`^[^.;]{0,60}?\\b${verb}\\b`, "i").test(rest)) continue;
    return true;
  }
  return false;
}

/** "since the summit", "since then": a span from an event the story dated earlier until publication. */
function eventAnaphors(sentence: TextSpan, sentenceIndex: number, sentenceFinds: Found[], earlier: Found[], mentions: Mention[], published: Anchor): Found[] {
  const out: Found[] = [];
  for (const m of sentence.text.matchAll(EVENT_ANAPHOR)) {
    const from = m.index;
    // "since the war began" takes its verb in; "since the summit in Singapore" stops at the noun.
    const rawVerb = m.groups?.verb;
    const verb = rawVerb && /^\p{Ll}/u.test(rawVerb) && verbForm(rawVerb) === "past" ? rawVerb : undefined;
    const matched = rawVerb && !verb ? m[0].slice(0, m[0].length - rawVerb.length).trimEnd() : m[0];
    const to = from + matched.length;
    const overlaps = sentenceFinds.some((f) => f.phrase.start - sentence.start < to + 40 && f.phrase.end - sentence.start > from);
    if (overlaps) continue; // "since their summit in Singapore last June": the date is right there
    const phrase = span(sentence, from, to);
    const { tense } = tenseAt(sentence.text, from, to);
    const base = { phrase, sentence, sentenceIndex, tense, info: { role: "since" } as NewsInfo, basis: "story" as const };
    let anchor: { point: Point; phrase: string; when: string } | undefined;
    if (m.groups?.then) {
      const last = [...mentions].reverse().find((x) => x.start < phrase.start);
      if (last) anchor = last;
    } else {
      const noun = m.groups!.noun.toLowerCase().replace(/s$/, "");
      const names = words(m.groups!.mods ?? "").filter((w) => /^\p{Lu}/u.test(w.raw)).map((w) => w.w);
      const dated = earlier.filter(
        (f) => f.resolution.ok && f.resolution.role === "at" && f.resolution.point && f.phrase.start < phrase.start && namesEvent(f.sentence.text, noun, undefined) && dayNumberOf(f.resolution.point) <= published.dayNumber,
      );
      const withNames = dated.filter((f) => names.every((n) => f.sentence.text.toLowerCase().includes(n)));
      const withVerb = verb ? dated.filter((f) => namesEvent(f.sentence.text, noun, verb)) : [];
      const pick = (withVerb.length > 0 ? withVerb : withNames.length > 0 ? withNames : dated).at(-1);
      if (pick && pick.resolution.ok && pick.resolution.point) anchor = { point: pick.resolution.point, phrase: pick.phrase.text, when: pick.resolution.when };
    }
    if (!anchor) {
      out.push({ ...base, resolution: { ok: false, kind: "anaphor", reason: `refers to ${m.groups?.then ? "an earlier time" : `"${matched.slice(6)}"`}, which the text does not date before this point` } });
      continue;
    }
    const first = periodOf(anchor.point, {}).first;
    out.push({
      ...base,
      resolution: { ok: true, when: `${first}/${published.iso}`, granularity: anchor.point.granularity, role: "since", approximate: false, point: anchor.point, reason: `from "${anchor.phrase}" (${anchor.when}) until publication` },
    });
  }
  return out;
}

const STATUS_FROM_MODALITY = new Set<EventStatus>(["speculated", "expected"]);

function statusFor(f: Found, when: string, role: DateRole, published: Anchor): { status: EventStatus; cue?: string } {
  const parsed = parseFuzzyDate(when);
  const first = parsed.ok ? parsed.date.start.earliestDay : published.dayNumber;
  const last = parsed.ok ? parsed.date.end.latestDay : published.dayNumber;
  const pub = published.dayNumber;
  const local = { from: f.phrase.start - f.sentence.start, to: f.phrase.end - f.sentence.start };
  const modality = modalityAt(f.sentence.text, local.from, local.to);
  if (role === "since") return { status: "ongoing", cue: "since" };
  if (role === "span" && first <= pub && last >= pub) return { status: "ongoing", cue: modality?.status === "ongoing" ? modality.cue : undefined };
  if (modality && STATUS_FROM_MODALITY.has(modality.status)) return { status: modality.status, cue: modality.cue };
  if (first > pub) return { status: "planned", cue: modality?.status === "planned" ? modality.cue : undefined };
  if (last < pub) return { status: "happened" };
  // The window includes publication day: the tense decides ("will meet this week", "met this week").
  if (f.tense === "future" || modality?.status === "planned") return { status: "planned", cue: modality?.status === "planned" ? modality.cue : undefined };
  if (modality?.status === "ongoing" && f.tense !== "past") return { status: "ongoing", cue: modality.cue };
  return { status: "happened" };
}

function confidenceFor(f: Found, resolution: Extract<Resolution, { ok: true }>, status: EventStatus): number {
  const info = f.info;
  let c: number;
  if (f.basis === "story") c = resolution.role === "gap" ? 0.4 : 0.55;
  else if (info.weekdayOnly) c = f.tense === "past" || f.tense === "future" ? 0.85 : 0.55;
  else if (info.yearless) c = info.modifier && info.modifier !== "none" ? 0.85 : f.tense === "past" || f.tense === "future" ? 0.75 : 0.55;
  else if (info.duration) c = 0.6;
  else c = 0.9;
  if (resolution.approximate) c -= 0.05;
  if (/\?\s*$/.test(f.sentence.text)) c -= 0.2;
  if (status === "speculated") c -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100;
}

function toCandidate(f: Found, resolution: Extract<Resolution, { ok: true }>, published: Anchor, ids: Set<string>, others: PhraseSpan[]): CandidateEvent {
  const { status, cue } = statusFor(f, resolution.when, resolution.role, published);
  const local = { from: f.phrase.start - f.sentence.start, to: f.phrase.end - f.sentence.start };
  const title = titleFor(f.sentence.text, local.from, local.to, others);
  const id = uniqueId(title, ids);
  const candidate: CandidateEvent = {
    id,
    title,
    when: resolution.when,
    granularity: resolution.granularity,
    role: resolution.role,
    phrase: f.phrase,
    sentence: f.sentence,
    tense: f.tense,
    status,
    actors: actorsIn(f.sentence.text),
    confidence: confidenceFor(f, resolution, status),
    reason: resolution.reason,
  };
  if (cue) candidate.statusCue = cue;
  const place = placeNear(f.sentence.text, local.from, local.to);
  if (place) candidate.place = place;
  return candidate;
}

function uniqueId(title: string, ids: Set<string>): string {
  // Six words at most: an id names the event, it does not repeat its title.
  const base = (slugify(title).split("-").slice(0, 6).join("-") || "event").slice(0, 70);
  const id = unusedId(base, ids);
  ids.add(id);
  return id;
}
