/**
 * Reads the tense and the modality of the clause around a time phrase. News English marks time
 * with a small set of auxiliaries and cue words ("will", "is to", "had", "expected to", "could"),
 * so a weighted look at the words nearest the phrase, inside its clause first, is enough to tell
 * "visited the White House on Friday" (past) from "will meet on Thursday" (future).
 */
import type { EventStatus } from "../domain/types";
import type { Tense } from "./types";
import { IRREGULAR_PAST, NOT_PAST_ED } from "./verbs";

interface Word {
  /** lower case, curly apostrophes straightened */
  w: string;
  /** as written */
  raw: string;
  start: number;
  end: number;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    out.push({ w: m[0].toLowerCase().replaceAll("’", "'"), raw: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The clause around [from, to) in a sentence: cut at , ; : ( ) dashes, and at the conjunctions
 * that open a new clause ("but", "while", "although", "whereas"). Offsets within the sentence.
 */
export function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  const boundary = /[,;:()\u2013\u2014]|\s-\s|\b(?:but|while|whereas|although|though)\b|\band(?=\s+(?:then\s+|later\s+|also\s+)?(?:will|would|shall|is|are|was|were|has|have|had|did|plans?|then)\b)/gi;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(boundary)) {
    const at = m.index;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return { start, end };
}

const BE_PRESENT = new Set(["is", "are", "am", "'s", "isn't", "aren't"]);
const BE_ANY = new Set([...BE_PRESENT, "was", "were", "be", "been", "being", "wasn't", "weren't"]);
const HAVE = new Set(["has", "have", "hasn't", "haven't", "'ve"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "some", "any"]);

/**
 * Verbs that report speech are weak markers: in "said the city would open crossings at the
 * weekend" the time phrase belongs to the reported clause, unless it sits right by the verb.
 */
const REPORTING = new Set(["said", "told", "announced", "reported", "added", "claimed", "stated", "insisted", "warned", "confirmed", "wrote"]);

/** Verbs after which an "-ed" word is an adjective: "will stay closed", "remain committed". */
const LINKING = new Set(["stay", "stays", "stayed", "remain", "remains", "remained", "get", "gets", "got", "become", "becomes", "became", "keep", "keeps", "kept", "seem", "seems", "seemed", "look", "looks", "feel", "feels"]);

/**
 * Verbs whose past tense reports a plan ("decided to meet", "planned to leave"): what follows
 * their "to" still lay ahead when the plan was made, while a date before them dates the decision.
 */
const PLAN_VERBS_PAST = new Set([
  "decided", "agreed", "planned", "promised", "pledged", "vowed", "arranged", "resolved", "voted", "intended", "aimed", "hoped",
  "expected", "wanted", "offered", "threatened", "sought", "proposed", "undertook", "prepared", "chose", "wished", "meant",
  "scheduled", "due", "set", "poised", "slated",
]);
/** After "was"/"were", these make a plan ("was to", "was due to", "were expected to"), not a past event. */
const PLAN_AFTER_WAS = new Set(["to", "due", "set", "poised", "slated", "scheduled", "expected", "going", "about"]);

interface Marker {
  tense: Exclude<Tense, "unknown">;
  weight: number;
  at: number;
  cue: string;
  /** Governs only phrases after it ("agreed to meet on Friday") or only those before it ("On Tuesday they agreed to"). */
  scope?: "after" | "before";
  /** A plan reported in the past: the phrase lies ahead of when it was said, not of now. */
  plan?: boolean;
}

function tenseMarkers(ws: Word[]): Marker[] {
  const out: Marker[] = [];
  const add = (i: number, tense: Marker["tense"], weight: number, span = 1, extra: Partial<Marker> = {}) =>
    out.push({ tense, weight, at: ws[i].start, cue: ws.slice(i, i + span).map((x) => x.raw).join(" "), ...extra });
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].w;
    const next = ws[i + 1]?.w;
    const after = ws[i + 2]?.w;
    const prev = ws[i - 1]?.w;
    const wasOrWere = w === "was" || w === "were" || w === "wasn't" || w === "weren't";
    if (wasOrWere && next !== undefined && PLAN_AFTER_WAS.has(next) && !(next === "to" && (after === undefined || DETERMINERS.has(after)))) {
      // "was to address the nation on Monday", "were due to vote on Friday": a plan, seen from the past.
      add(i, "past", 1, 1, { scope: "before" });
      if (next === "to") add(i + 1, "future", 1, 2, { scope: "after", plan: true, cue: `${ws[i].raw} to` });
      continue;
    }
    if (PLAN_VERBS_PAST.has(w) && next === "to" && after !== undefined && !DETERMINERS.has(after) && !BE_PRESENT.has(prev ?? "") && prev !== "will") {
      // "decided to meet again in early March": the meeting lies ahead of the decision.
      add(i, "past", 0.8, 1, { scope: "before" });
      add(i + 1, "future", 1.2, 1, { scope: "after", plan: true, cue: `${ws[i].raw} to` });
      i += 1;
      continue;
    }
    if (w === "will" || w === "shall" || w === "won't" || w.endsWith("'ll")) add(i, "future", 1);
    else if (w === "would") add(i, "future", 0.75, 1, { plan: true });
    else if (w === "must") add(i, "future", 0.8);
    else if (w === "going" && next === "to" && BE_ANY.has(prev ?? "")) add(i, "future", 1, 2);
    else if (BE_ANY.has(w) && next === "to" && after !== undefined && !DETERMINERS.has(after)) add(i, "future", 1, 2);
    else if ((w === "due" || w === "set" || w === "poised" || w === "slated") && next === "to" && after !== undefined && !DETERMINERS.has(after)) add(i, "future", 0.9, 2);
    else if (w === "scheduled" || w === "upcoming" || w === "forthcoming") add(i, "future", 0.9);
    else if ((w === "plans" || w === "plan" || w === "planning" || w === "intends" || w === "aims" || w === "expects" || w === "expected") && next === "to") add(i, "future", 0.8, 2);
    else if (w === "planned" && (BE_ANY.has(prev ?? "") || DETERMINERS.has(prev ?? ""))) add(i, "future", 0.8);
    else if (w === "was" || w === "were" || w === "wasn't" || w === "weren't") add(i, "past", 1);
    else if (w === "had" || w === "hadn't" || w === "did" || w === "didn't" || w === "ago" || w === "yesterday") add(i, "past", 1);
    else if (HAVE.has(w) && next !== undefined && (next === "been" || isParticiple(next))) add(i, "past", 0.9, 2);
    else if (REPORTING.has(w)) add(i, "past", 0.5);
    else if (IRREGULAR_PAST.has(w) && !BE_ANY.has(prev ?? "") && !HAVE.has(prev ?? "") && prev !== "had" && !(w === "set" || w === "read" || w === "put" || w === "cut" || w === "hit" || w === "quit" || w === "bet" || w === "shut" || w === "spread" || w === "split" || w === "hurt" || w === "cost" || w === "let")) add(i, "past", 0.8);
    else if (isRegularPast(ws, i)) add(i, "past", 0.6);
    else if (BE_PRESENT.has(w) || w === "says" || w === "say" || w === "remains" || w === "continues" || w === "does" || w === "doesn't") add(i, "present", 0.6);
  }
  return out;
}

function isParticiple(w: string): boolean {
  return (w.endsWith("ed") && !NOT_PAST_ED.has(w)) || w.endsWith("en") || IRREGULAR_PAST.has(w) || ["done", "gone", "made", "met", "held", "seen", "begun", "had"].includes(w);
}

function isRegularPast(ws: Word[], i: number): boolean {
  const { w } = ws[i];
  if (w.length < 4 || !w.endsWith("ed") || NOT_PAST_ED.has(w) || w.includes("-")) return false;
  const prev = ws[i - 1]?.w ?? "";
  const adverb = prev.endsWith("ly") && ws[i - 1].raw[0] === prev[0]; // "heavily", not "Italy"
  // "is expected", "has agreed", "the planned summit", "heavily guarded", "stay closed": not a simple past.
  if (BE_ANY.has(prev) || HAVE.has(prev) || prev === "had" || DETERMINERS.has(prev) || adverb || prev === "to" || LINKING.has(prev)) return false;
  return true;
}

/** The tense of the clause around [from, to) in a sentence, with the word that decided it. */
export function tenseAt(sentence: string, from: number, to: number): { tense: Tense; cue?: string; plan?: boolean } {
  const clause = clauseAround(sentence, from, to);
  const all = tenseMarkers(words(sentence)).filter((m) => (m.scope === "after" ? m.at < from : m.scope === "before" ? m.at >= to : true));
  const pick = (markers: Marker[], scale: number) => {
    let best: Marker | undefined;
    let bestScore = 0;
    for (const m of markers) {
      const distance = m.at < from ? from - m.at : m.at - to;
      // Markers before the phrase govern it more often than those after ("met ... on Friday").
      // A verb right next to the phrase governs it ("said Friday that he would go").
      const adjacent = m.at < from && distance <= m.cue.length + 2 ? 2 : 1;
      const score = (adjacent * scale * m.weight) / (1 + Math.max(0, distance) / (m.at < from ? 25 : 15));
      if (score > bestScore) {
        best = m;
        bestScore = score;
      }
    }
    return best;
  };
  const inClause = all.filter((m) => m.at >= clause.start && m.at < clause.end);
  const best = pick(inClause, 1) ?? pick(all, 0.6);
  if (!best) return { tense: "unknown" };
  return best.plan && best.tense === "future" ? { tense: best.tense, cue: best.cue, plan: true } : { tense: best.tense, cue: best.cue };
}

/** A status the words of a sentence suggest, before the date is taken into account. */
export interface Modality {
  status: Exclude<EventStatus, "happened">;
  cue: string;
}

const MODAL_CUES: { status: Modality["status"]; pattern: RegExp }[] = [
  { status: "speculated", pattern: /\b(speculation|speculat\w*|rumou?r\w*|could|might|may|possibly|perhaps|tipped|touted|mooted|unconfirmed|mulling|considering|if)\b/g },
  { status: "expected", pattern: /\b(expect\w*|likely|unlikely|anticipated|forecast|predicted|poised|should)\b/g },
  { status: "planned", pattern: /\b(will|shall|\w+['’]ll|(?:is|are|am|was|were) to(?= (?!the\b|a\b|an\b)\w)|scheduled|slated|planned|plans?|planning|due to(?= (?!the\b|a\b|an\b)\w)|set to(?= (?!the\b|a\b|an\b)\w)|to be held|intends?|upcoming|forthcoming)\b/g },
  { status: "ongoing", pattern: /\b(still|continu\w*|remains?|remained|ongoing|persist\w*)\b/g },
];

/**
 * The modality nearest the phrase in its clause (else in its sentence): "could" → speculated,
 * "expected" → expected, "is to"/"will" → planned, "still" → ongoing. Undefined when none.
 * "may" counts only in lower case, so the month "May" is not taken for the modal verb.
 */
export function modalityAt(sentence: string, from: number, to: number): Modality | undefined {
  const clause = clauseAround(sentence, from, to);
  const found: (Modality & { at: number })[] = [];
  for (const { status, pattern } of MODAL_CUES) {
    for (const m of sentence.matchAll(new RegExp(pattern.source, "gi"))) {
      if (m[0] === "May") continue;
      if (m.index >= from && m.index < to) continue; // inside the time phrase itself ("in the coming weeks")
      found.push({ status, cue: m[0], at: m.index });
    }
  }
  const distance = (at: number) => (at < from ? from - at : at - to);
  const nearest = (list: typeof found) => list.sort((a, b) => distance(a.at) - distance(b.at))[0];
  const inClause = found.filter((f) => f.at >= clause.start && f.at < clause.end);
  const best = nearest(inClause) ?? nearest(found);
  return best && { status: best.status, cue: best.cue };
}
