/**
 * A draft title for the event a time phrase dates, written the way a headline is: who did what
 * ("NATO admitted Spain"), under `TITLE_MAX_CHARS`, in the text's own words and spelling. A
 * person edits it; `checkTitle` is the rubric it is held to.
 *
 * Without a parser, the sentence is read as a few clauses cut at punctuation and conjunctions,
 * each with a subject (the words before its first finite verb, `verbs.ts`) and what follows:
 * 1. the dateline, the time phrases (with the words that tied them in) and a closing
 *    attribution ("…, aides said") are taken out;
 * 2. the clause that holds the phrase is kept. One that opens on its verb ("…and was to address
 *    the nation") takes the sentence's subject; a relative clause the name it hangs on; a gapped
 *    one the words it shares ("…, and Bosnia in March 1992" → "Bosnia declared independence…",
 *    "admitted West Germany in 1955 and Spain in 1982" → "NATO admitted Spain"); an opening
 *    adverbial ("The day before, …") or a participle ("…, ending three weeks of talks") gives way
 *    to the main clause; in reported speech, the report when the date is in it;
 * 3. a title still too long loses job titles before names, then what hangs on its subject, then
 *    trailing phrases at a boundary: it ends on a whole word, never with an ellipsis.
 */
import { TITLE_MAX_CHARS } from "./checkTitle";
import { FUNCTION_WORDS, isVerbInContext, SUBORDINATORS, verbForm } from "./verbs";

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word or number, not punctuation. */
  word: boolean;
}

/** Character offsets of a time phrase within the sentence. */
export interface PhraseSpan {
  from: number;
  to: number;
}

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "no"]);
/** Words that tie a time phrase into the sentence and go with it: "on Friday", "in early March". */
const TIED = new Set(["on", "in", "at", "by", "since", "until", "till", "from", "during", "for", "of", "early", "late", "mid", "around", "about", "before", "after", "as", "the"]);
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);
const CONJUNCTIONS = new Set(["and", "but", "or", "nor", "yet", "so", "then", "also", "however", "meanwhile"]);
const RELATIVES = new Set(["who", "which", "whose", "whom"]);
const PREPOSITIONS = new Set([
  "aboard", "about", "across", "after", "against", "along", "amid", "among", "around", "at", "before", "behind", "below", "beside", "between",
  "beyond", "by", "despite", "during", "except", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "outside", "over",
  "past", "since", "through", "throughout", "to", "toward", "towards", "under", "unlike", "like", "until", "upon", "via", "with", "within", "without",
]);
/** Adverbs a headline leaves out between subject and verb. */
const FILLERS = new Set(["also", "still", "formally", "largely", "briefly", "first", "then", "now", "already", "again", "once", "however", "meanwhile"]);
/** Set phrases a long title can do without. */
const SET_ADVERBIALS = [/^in principle$/i, /^in secret$/i, /^in full$/i, /^at once$/i, /^in turn$/i, /^for good$/i];
/** Job titles and roles that come before a name: "Prime Minister John Major", "U.S. envoy Richard Holbrooke". */
const ROLES = new Set([
  "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "secretary-general", "leader", "chairman", "chairwoman",
  "envoy", "ambassador", "king", "queen", "prince", "princess", "general", "gen.", "commander", "senator", "governor", "mayor", "judge",
  "lord", "lady", "spokesman", "spokeswoman", "chief", "foreign", "defence", "defense", "finance", "interior", "state", "reporter",
  "financier", "officer", "head", "speaker", "deputy", "treasury",
]);
const REPORTING = new Set(["said", "says", "say", "told", "announced", "added", "reported", "stated", "insisted", "warned", "claimed", "confirmed"]);
/** Words that can close a phrasal verb: "sworn in", "handed over", "ruled out". */
const PARTICLES = new Set(["in", "on", "out", "up", "off", "down", "over", "back", "away"]);

/** "DAYTON, Ohio (Wire) - Nov 22 - ": a dateline opens the first paragraph of wire copy. */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*\([^)]{1,40}\)\s*[-–—]+\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*[-–—]+\s*)?/u;
/** ", aides said", ", a U.S. spokesman said", ", according to Bosnian government figures" at the end. */
const ATTRIBUTION = /,\s*(?:according\s+to\s+[^,]+|(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|reported|added|told\s+reporters|announced)(?:\s+on\s+\p{Lu}\p{L}+)?)\s*[.!?"”]*\s*$/u;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}$£€][\p{L}\p{N}'’.,&%-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu)) {
    let t = m[0];
    let end = m.index + t.length;
    const prev = out.at(-1);
    if (prev && prev.end > m.index) continue; // the full stop a word before took in
    // "U.S.", "Gerald R. Ford", "Mr.": the full stop belongs to the word.
    if (text[end] === "." && (/^(?:\p{L}\.)+\p{L}$/u.test(t) || /^\p{Lu}$/u.test(t) || ABBREVIATIONS.has(t.toLowerCase()))) {
      t += ".";
      end += 1;
    }
    out.push({ text: t, lower: t.toLowerCase().replaceAll("’", "'"), start: m.index, end, word: /^[\p{L}\p{N}$£€]/u.test(t) });
  }
  return out;
}

/** A reading of the sentence: its tokens, which are kept, and which stand for something else. */
interface Reading {
  tokens: Token[];
  keep: boolean[];
  replace: Map<number, string>;
  /** Token ranges (first, last) of the time phrases taken out. */
  holes: [number, number][];
}

export function titleFor(sentence: string, from: number, to: number, otherPhrases: PhraseSpan[] = []): string {
  const reading = read(sentence, [{ from, to }, ...otherPhrases.filter((p) => p.to <= from || p.from >= to)]);
  const { tokens, keep } = reading;
  const target = reading.holes.find(([a, b]) => tokens[a].start < to && tokens[b].end > from) ?? [-1, -1];
  const clauses = clausesOf(reading);
  // A phrase in the dateline dates the sentence's main event.
  const inDateline = target[0] >= 0 && clauses.every((c) => !(c.start <= target[0] && target[0] < c.end) || !keep.slice(c.start, c.end).some(Boolean));
  const firstKept = keep.indexOf(true);
  const anchor = target[0] < 0 || inDateline ? firstKept : target[0];
  const at = Math.max(0, clauses.findIndex((c) => c.start <= anchor && anchor < c.end));
  let words = pickClause(reading, clauses, at, target);
  if (words.length === 0) words = tokens.flatMap((t, i) => (keep[i] ? [reading.replace.get(i) ?? t.text] : []));
  const title = shorten(words);
  return title.length > 0 ? title[0].toUpperCase() + title.slice(1) : "Untitled event";
}

/** Takes out the dateline, a closing attribution and each time phrase with the words that tie it in. */
function read(sentence: string, phrases: PhraseSpan[]): Reading {
  const tokens = tokenize(sentence);
  const keep = tokens.map(() => true);
  const replace = new Map<number, string>();
  const dateline = DATELINE.exec(sentence);
  if (dateline) tokens.forEach((t, i) => t.end <= dateline[0].length && (keep[i] = false));
  const attribution = ATTRIBUTION.exec(sentence);
  if (attribution && attribution.index > 0) tokens.forEach((t, i) => t.start >= attribution.index && (keep[i] = false));

  const holes: [number, number][] = [];
  for (const p of [...phrases].sort((a, b) => a.from - b.from)) {
    const idx = tokens.flatMap((t, i) => (t.start < p.to && t.end > p.from ? [i] : []));
    if (idx.length === 0) continue;
    const first = idx[0];
    let last = idx[idx.length - 1];
    for (const i of idx) keep[i] = false;
    const next = tokens[last + 1];
    if (/['’]s$/.test(tokens[last].text) || (next && /^['’]s$/.test(next.text))) {
      // "killed by Sunday's earthquake": the date names the event, "the" stands in for it.
      if (next && /^['’]s$/.test(next.text)) keep[last + 1] = false;
      replace.set(first, "the");
      keep[first] = true;
    } else if (idx.length > 1 && DETERMINERS.has(tokens[first].lower) && next?.word && !TIED.has(next.lower) && !FUNCTION_WORDS.has(next.lower)) {
      // "The 1992 referendum", "the October ceasefire": the article stays with its noun.
      keep[first] = true;
    } else if (/^(?:after|before)$/.test(tokens[last].lower) && next?.word) {
      // "came seven months after Apollo 8 carried…": "after" still opens what follows.
      keep[last] = true;
      last -= 1;
    } else {
      // "on Friday", "in early March", "as recently as the spring": the words that tie it in go too.
      let i = first - 1;
      for (let n = 0; n < 3 && i >= 0 && keep[i] && TIED.has(tokens[i].lower); n++, i--) keep[i] = false;
      if (i >= 1 && tokens[i].lower.endsWith("ly") && tokens[i - 1].lower === "as" && !keep[i + 1]) {
        keep[i] = false;
        keep[i - 1] = false;
      }
    }
    // "in 1993 and 1994", "of 1979, 1983 and 1987": the words joining dates of a list go with them.
    const previous = holes.at(-1);
    if (previous) {
      const between = tokens.slice(previous[1] + 1, first).map((t, k) => ({ t, i: previous[1] + 1 + k }));
      if (between.length > 0 && between.every(({ t }) => /^(?:and|or|,|&)$/.test(t.lower))) for (const { i } of between) keep[i] = false;
    }
    holes.push([first, last]);
  }
  return { tokens, keep, replace, holes };
}

interface Clause {
  start: number;
  end: number;
}

const isVerbAt = (tokens: Token[], i: number) => {
  const prev = tokens[i - 1];
  return tokens[i].word && isVerbInContext(prev?.word ? prev.text : undefined, tokens[i].text, tokens[i + 1]?.text);
};

/**
 * Clauses cut at ; : ( ) and dashes, at commas (except those of a list of names: "Bosnia, Serbia
 * and Croatia"), before a clause opener ("after Apollo 8 carried…") and at "and"/"but" once the
 * clause has its verb, if what follows has a verb of its own or continues a list of dates.
 */
function clausesOf({ tokens, keep, holes }: Reading): Clause[] {
  const cuts = new Set<number>([0]);
  const holeEnd = new Set(holes.map(([, b]) => b));
  let hasVerb = false;
  const cut = (i: number) => {
    cuts.add(i);
    hasVerb = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/^[;:()–—-]$/.test(t.text)) {
      cut(i);
      continue;
    }
    if (t.text === ",") {
      if (!isListComma(tokens, i)) cut(i);
      continue;
    }
    if (keep[i] && (t.lower === "and" || t.lower === "but" || t.lower === "or") && hasVerb) {
      const ahead = nextVerb(tokens, keep, i + 1);
      if (t.lower === "but" || ahead || holeEnd.has(i - 1)) cut(i);
      continue;
    }
    if (keep[i] && hasVerb && /^(?:after|before|when|while|because|although|though|until|since)$/.test(t.lower) && nextVerb(tokens, keep, i + 2)) {
      cut(i);
      continue;
    }
    if (keep[i] && isVerbAt(tokens, i)) hasVerb = true;
  }
  const starts = [...cuts].filter((c) => c < tokens.length).sort((a, b) => a - b);
  return starts.map((s, k) => ({ start: s, end: starts[k + 1] ?? tokens.length }));
}

/** Whether a finite verb comes before the next clause boundary or conjunction, from token `from`. */
function nextVerb(tokens: Token[], keep: boolean[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 8; j++) {
    if (/^[,;:()–—-]$/.test(tokens[j].text) || /^(?:and|or|but)$/.test(tokens[j].lower)) return false;
    if (keep[j] && isVerbAt(tokens, j)) return true;
  }
  return false;
}

/** "Bosnia, Serbia and Croatia", "Cape Kennedy, Florida, on…": a comma inside a run of names. */
function isListComma(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^\p{Lu}/u.test(prev.text)) return false;
  for (let j = i + 1, n = 0; j < tokens.length && n < 4; j++, n++) {
    const t = tokens[j];
    if (!/^\p{Lu}/u.test(t.text)) return n > 0 && (t.text === "," || t.lower === "and" || t.lower === "or" || t.text === ".");
  }
  return false;
}

type ClauseKind = "complete" | "verb-first" | "relative" | "where" | "participle" | "adverbial" | "noun";

interface Part {
  /** Kept token indexes, without leading conjunctions and punctuation. */
  idx: number[];
  /** Position in `idx` of the first finite verb, or -1. */
  verb: number;
  kind: ClauseKind;
  /** The clause opens with a comma or a conjunction ("and", "or"). */
  lead: string;
}

function partOf(r: Reading, c: Clause): Part {
  const { tokens, keep } = r;
  let lead = tokens[c.start]?.text === "," ? "," : "";
  const idx: number[] = [];
  for (let i = c.start; i < c.end; i++) if (keep[i]) idx.push(i);
  const opener = (t: Token) => SUBORDINATORS.has(t.lower) && !/^(?:as|where|when)$/.test(t.lower);
  while (idx.length > 0 && (!tokens[idx[0]].word || CONJUNCTIONS.has(tokens[idx[0]].lower) || (opener(tokens[idx[0]]) && idx.length > 1))) {
    // The conjunction, if any, is what the clause's relation to the one before turns on.
    if (tokens[idx[0]].word && (lead === "" || lead === ",")) lead = tokens[idx[0]].lower;
    idx.shift();
  }
  while (idx.length > 0 && !tokens[idx.at(-1)!].word) idx.pop();
  const first = idx.length > 0 ? tokens[idx[0]] : undefined;
  // After "after", "because"…, a subject comes first: "after talks to rescue it collapsed".
  const subordinate = SUBORDINATORS.has(lead);
  const verb = idx.findIndex((i, k) => (k === 0 ? first !== undefined && !subordinate && opensOnVerb(first) : isVerbAt(tokens, i)));
  let kind: ClauseKind;
  if (first === undefined) kind = "adverbial";
  else if (RELATIVES.has(first.lower)) kind = "relative";
  else if (first.lower === "where" || first.lower === "when") kind = "where";
  else if (verbForm(first.lower) === "gerund" && /^\p{Ll}/u.test(first.text)) kind = "participle";
  else if (verb === 0) kind = "verb-first";
  else if (verb > 0) kind = "complete";
  else if (PREPOSITIONS.has(first.lower) || idx.every((i) => FILLERS.has(tokens[i].lower) || FUNCTION_WORDS.has(tokens[i].lower))) kind = "adverbial";
  else kind = "noun";
  return { idx, verb, kind, lead };
}

/** A clause that opens on its verb: "was to address the nation", "planned to file notice", "presented in 1993". */
function opensOnVerb(t: Token): boolean {
  const form = verbForm(t.lower);
  return /^\p{Ll}/u.test(t.text) && (form === "auxiliary" || form === "past" || (form === "present" && isVerbInContext("it", t.text, undefined)));
}

function pickClause(r: Reading, clauses: Clause[], at: number, target: [number, number]): string[] {
  const { tokens, replace } = r;
  const parts = clauses.map((c) => partOf(r, c));
  const text = (idx: number[]) => idx.map((i) => replace.get(i) ?? tokens[i].text);
  // The sentence's subject when a clause before the verb interrupts it: "Lehman Brothers, the
  // 158-year-old investment bank, filed…", "The earthquake, which struck…, was the strongest".
  // An apposition that is a name is the better subject: "The Soviet leader, Mikhail Gorbachev, visited…".
  const subjectNoun = (k: number) => {
    const j = [...parts.keys()].find((n) => n < k && parts[n].kind === "noun");
    const name = (n: number) => parts[n]?.kind === "noun" && parts[n].idx.every((i) => /^\p{Lu}/u.test(tokens[i].text));
    return j !== undefined && j + 1 < k && !name(j) && name(j + 1) ? j + 1 : j;
  };
  // A clause that opens on its verb after a comma is the main one when the sentence's subject
  // stands before it: "Lehman Brothers, the 158-year-old investment bank, filed for…".
  const isMain = (k: number) => parts[k].kind === "complete" || (parts[k].kind === "verb-first" && parts[k].lead === "," && subjectNoun(k) !== undefined);
  const mainBefore = (k: number) => [...parts.keys()].filter((j) => j < k && isMain(j)).at(-1) ?? -1;
  const mainAfter = (k: number) => [...parts.keys()].find((j) => j > k && isMain(j)) ?? -1;
  const main = (k: number) => (mainBefore(k) >= 0 ? mainBefore(k) : mainAfter(k));
  const here = parts[at];
  const whole = (k: number): string[] => {
    const p = parts[k];
    if (p.kind !== "verb-first") return reportedOrSelf(r, p, target);
    return [...text(parts[subjectNoun(k)!].idx), ...text(dropFillers(tokens, p.idx))];
  };

  switch (here.kind) {
    case "complete":
      return whole(at);
    case "relative": {
      const head = at > 0 ? headNoun(tokens, parts[at - 1].idx) : [];
      return [...text(head), ...text(dropFillers(tokens, here.idx.slice(1)))];
    }
    case "where":
    case "participle": {
      const m = main(at);
      return m >= 0 ? whole(m) : text(here.idx);
    }
    case "verb-first": {
      // "…and was to address the nation" shares the subject of the clause before; after a
      // comma, the verb is the sentence's own ("Israel's parliament, the Knesset, is scheduled…").
      const noun = here.lead === "and" || here.lead === "or" || here.lead === "but" ? undefined : subjectNoun(at);
      const m = mainBefore(at);
      const subject = noun !== undefined ? parts[noun].idx : m >= 0 ? parts[m].idx.slice(0, parts[m].verb) : [];
      return [...text(subject), ...text(dropFillers(tokens, here.idx))];
    }
  }
  const prev = at > 0 ? parts[at - 1] : undefined;
  const gapped = prev !== undefined && prev.kind === "complete" && (here.lead === "and" || here.lead === "or") && r.holes.some(([, b]) => b < clauses[at].start && b >= clauses[at - 1].start);
  if (gapped) {
    const content = here.idx.filter((i) => !FILLERS.has(tokens[i].lower));
    const commaBefore = tokens[clauses[at].start]?.text === ",";
    if (content.length === 0) return whole(at - 1); // "in January and again in June"
    const verbAt = prev.idx[prev.verb];
    const lastHole = r.holes.filter(([, b]) => b < clauses[at].start).at(-1)!;
    if (PREPOSITIONS.has(tokens[content[0]].lower)) {
      // "in Geneva in September and in New York later that month": the new place takes the old one's.
      const same = [...prev.idx].reverse().find((i) => i > verbAt && i < lastHole[0] && tokens[i].lower === tokens[content[0]].lower);
      if (same !== undefined) return [...text(prev.idx.filter((i) => i < same)), ...text(content)];
    } else if (!commaBefore && prev.idx.some((i) => i > verbAt && i < lastHole[0])) {
      // "admitted West Germany in 1955 and Spain in 1982": the next object of the same verb.
      return [...text(dropFillers(tokens, prev.idx.slice(0, prev.verb + verbGroup(tokens, prev.idx, prev.verb)))), ...text(content)];
    } else {
      // "…in June 1991, and Bosnia in March 1992": a subject sharing the verb and what follows it.
      return [...text(content), ...text(dropFillers(tokens, prev.idx.slice(prev.verb)))];
    }
  }
  // "The day before, Izetbegovic had rejected a map": an opening phrase gives way to the main clause.
  const m = here.kind === "adverbial" ? (mainAfter(at) >= 0 ? mainAfter(at) : mainBefore(at)) : main(at);
  return m >= 0 ? whole(m) : [];
}

/** How many tokens the verb group from `verb` takes: "admitted", "were worked out", "agreed to meet". */
function verbGroup(tokens: Token[], idx: number[], verb: number): number {
  let n = 1;
  while (verb + n < idx.length) {
    const t = tokens[idx[verb + n]];
    const form = verbForm(t.lower);
    if (form !== undefined || PARTICLES.has(t.lower) || t.lower === "to" || t.lower === "not") n += 1;
    else break;
  }
  return n;
}

function dropFillers(tokens: Token[], idx: number[]): number[] {
  return idx.filter((i, k) => !(k > 0 && FILLERS.has(tokens[i].lower) && !DETERMINERS.has(tokens[idx[k - 1]].lower)));
}

/** The noun phrase a relative clause hangs on: the end of the clause before, from its last article or name. */
function headNoun(tokens: Token[], idx: number[]): number[] {
  let k = idx.length;
  while (k > 0) {
    const t = tokens[idx[k - 1]];
    if (!t.word || isVerbAt(tokens, idx[k - 1]) || (PREPOSITIONS.has(t.lower) && k < idx.length)) break;
    k -= 1;
    if (DETERMINERS.has(t.lower)) break;
  }
  return idx.slice(k);
}

/**
 * A complete clause, or the report in it when the date is in the report: "White House officials
 * said they had hoped to fix a date in December" → "White House officials had hoped to fix a date".
 */
function reportedOrSelf(r: Reading, p: Part, target: [number, number]): string[] {
  const { tokens, replace } = r;
  const text = (idx: number[]) => idx.map((i) => replace.get(i) ?? tokens[i].text);
  const idx = dropFillers(tokens, p.idx);
  const verbAt = idx.indexOf(p.idx[p.verb]);
  if (verbAt < 0) return text(idx);
  const subject = idx.slice(0, verbAt);
  if (REPORTING.has(tokens[idx[verbAt]].lower)) {
    let rest = idx.slice(verbAt + 1);
    if (rest.length > 0 && tokens[rest[0]].lower === "that") rest = rest.slice(1);
    const reportStart = rest[0] ?? Number.POSITIVE_INFINITY;
    const inner = rest.findIndex((i, k) => k > 0 && isVerbAt(tokens, i));
    if (target[0] > reportStart && inner > 0) {
      const innerSubject = rest.slice(0, inner);
      const pronoun = innerSubject.length === 1 && PRONOUNS.has(tokens[innerSubject[0]].lower);
      return text(pronoun ? [...subject, ...rest.slice(inner)] : rest);
    }
  }
  return text(idx);
}

const join = (ws: string[]) =>
  ws
    .join(" ")
    .replace(/\s+([,.;:?!)”’'])(?=\s|$)/g, "$1")
    .replace(/([“(])\s+/g, "$1")
    .replace(/\s+(['’]s)\b/g, "$1")
    .replace(/,\s*,/g, ",")
    .replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, "")
    .trim();

/**
 * Fits the words under `TITLE_MAX_CHARS`: without the job titles before names, with the subject's
 * head alone ("The presidents of Bosnia, Serbia and Croatia" → "The presidents") and without set
 * phrases ("in principle"); then cut at the last clause or phrase boundary that fits, trying
 * again without "the" before names and then without articles, as headlines drop them; failing
 * all that, the longest run of whole words that fits.
 */
function shorten(words: string[]): string {
  let ws = trimEnds(words);
  const fits = (w: string[]) => join(w).length <= TITLE_MAX_CHARS;
  for (const step of [dropRoles, subjectHead, dropSetAdverbials]) {
    if (fits(ws)) return join(ws);
    ws = trimEnds(step(ws));
  }
  if (fits(ws)) return join(ws);
  const withoutThe = ws.filter((w, k) => !(/^the$/i.test(w) && /^\p{Lu}/u.test(ws[k + 1] ?? "") && !/^The$/.test(ws[k + 1] ?? "")));
  const withoutArticles = withoutThe.filter((w, k) => !(k > 0 && /^(?:the|a|an)$/.test(w)));
  // Dropping "the" before a name loses nothing; cutting loses words; dropping every article is the last resort.
  const attempts: (() => string | undefined)[] = [
    () => (fits(withoutThe) ? join(withoutThe) : undefined),
    () => cutAtBoundary(ws),
    () => cutAtBoundary(withoutThe),
    () => (fits(withoutArticles) ? join(withoutArticles) : undefined),
    () => cutAtBoundary(withoutArticles),
  ];
  for (const attempt of attempts) {
    const title = attempt();
    if (title) return title;
  }
  // No boundary fits: the longest run of whole words that does, ending on a word that is not grammar.
  const out: string[] = [];
  for (const w of ws) {
    if (join([...out, w]).length > TITLE_MAX_CHARS) break;
    out.push(w);
  }
  // Cut short, a particle lost its object too: "remained on [the table]".
  while (out.length > 1 && (PARTICLES.has(out.at(-1)!.toLowerCase()) || PREPOSITIONS.has(out.at(-1)!.toLowerCase()))) out.pop();
  return join(trimEnds(out));
}

/** The words up to the last clause boundary that fits ("…rejected a map | that left…"), else the last phrase boundary. */
function cutAtBoundary(ws: string[]): string | undefined {
  const verb = ws.findIndex((w, k) => k > 0 && isVerbInContext(ws[k - 1], w, ws[k + 1]));
  const minimum = verb > 0 ? verb + 2 : 2;
  const clauseBoundary = (w: string) => w === "," || /^(?:which|who|that|while|and|but|when|where|because|since|until|as)$/.test(w);
  // A participle after a noun opens a phrase too: "transcripts | showing that…", "a state | made of two entities".
  const participle = (k: number) =>
    /^\p{Ll}{2,}(?:ing|ed|de|en)$/u.test(ws[k]) && /^\p{L}/u.test(ws[k - 1]) && !FUNCTION_WORDS.has(ws[k - 1].toLowerCase()) && !isVerbInContext(ws[k - 1], ws[k], ws[k + 1]) && verbForm(ws[k - 1].toLowerCase()) === undefined;
  const phraseBoundary = (w: string, k: number) =>
    (!isParticle(ws, k) && /^(?:in|at|on|for|with|after|before|from|during|under|over|into|near|by|amid|of|to|within|without|through|across|against|between|past|towards?)$/.test(w)) || participle(k);
  for (const boundary of [clauseBoundary, phraseBoundary]) {
    for (let k = ws.length - 1; k >= minimum; k--) {
      if (!boundary(ws[k].toLowerCase(), k)) continue;
      const cut = trimEnds(ws.slice(0, k));
      if (cut.length >= minimum && join(cut).length <= TITLE_MAX_CHARS && !/ing$/.test(cut.at(-1)!)) return join(cut);
    }
  }
  return undefined;
}

/** Without grammar words, commas and conjunctions at either end (a particle after its verb stays). */
function trimEnds(ws: string[]): string[] {
  const out = [...ws];
  const loose = (k: number) => {
    const w = out[k].toLowerCase();
    if (isParticle(out, k)) return false;
    return FUNCTION_WORDS.has(w) || PREPOSITIONS.has(w) || /^[,;:.–—-]$/.test(w) || /^(?:was|were|is|are|be|been|has|have|had|will|would|to)$/.test(w);
  };
  while (out.length > 1 && loose(out.length - 1)) out.pop();
  while (out.length > 1 && (/^[,;:.–—-]$/.test(out[0]) || CONJUNCTIONS.has(out[0].toLowerCase()) || SUBORDINATORS.has(out[0].toLowerCase()))) out.shift();
  return out;
}

/** "sworn in", "handed the suspects over", "ruled out": a particle closing its verb, with nothing after it. */
function isParticle(ws: string[], k: number): boolean {
  if (!PARTICLES.has(ws[k].toLowerCase()) || k === 0) return false;
  const next = ws[k + 1];
  if (next !== undefined && !/^[,;:.]$/.test(next) && !FUNCTION_WORDS.has(next.toLowerCase())) return false;
  // Right after its verb ("sworn in") or after the verb's object ("handed the suspects over").
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = ws[j].toLowerCase();
    if (verbForm(w) !== undefined && (j === k - 1 || isVerbInContext(ws[j - 1], ws[j], ws[j + 1]))) return true;
    if (!/^\p{L}/u.test(ws[j]) || (j < k - 1 && PREPOSITIONS.has(w))) return false;
  }
  return false;
}

/** "Prime Minister John Major" → "John Major", "North Korean leader Kim Jong-un" → "Kim Jong-un". */
function dropRoles(ws: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < ws.length; k++) {
    // Up to three words of country, party or office (capitalised), then the title words, then a name.
    let j = k;
    while (j < k + 3 && j < ws.length && /^\p{Lu}/u.test(ws[j]) && !ROLES.has(ws[j].toLowerCase())) j += 1;
    const roleStart = j;
    while (j < ws.length && (ROLES.has(ws[j].toLowerCase()) || (ws[j] === "of" && ROLES.has(ws[j - 1]?.toLowerCase() ?? "") && /^\p{Lu}/u.test(ws[j + 1] ?? "")))) j += ws[j] === "of" ? 2 : 1;
    const name = /^\p{Lu}\p{Ll}/u.test(ws[j] ?? "") && /^\p{Lu}/u.test(ws[j + 1] ?? "");
    if (j > roleStart && name) {
      if (out.length > 0 && DETERMINERS.has(out.at(-1)!.toLowerCase())) out.pop();
      k = j - 1;
      continue;
    }
    out.push(ws[k]);
  }
  return out;
}

/**
 * A long subject keeps its head: what hangs on it after a preposition or a participle goes
 * ("Negotiators at the Geneva arms talks" → "Negotiators"), unless the preposition is inside a
 * name ("Bank of America", "Secretary of State").
 */
function subjectHead(ws: string[]): string[] {
  const verb = ws.findIndex((w, k) => k > 0 && isVerbInContext(ws[k - 1], w, ws[k + 1]));
  if (verb <= 1) return ws;
  for (let k = 1; k < verb; k++) {
    const w = ws[k].toLowerCase();
    const inName = /^\p{Lu}/u.test(ws[k - 1]) && /^\p{Lu}/u.test(ws[k + 1] ?? "");
    const after = /^\p{L}/u.test(ws[k - 1]) && !FUNCTION_WORDS.has(ws[k - 1].toLowerCase());
    // "judges sitting in the Netherlands", "a report based on satellite imagery": a participle phrase.
    const participle = /^\p{Ll}\p{L}{2,}(?:ing|ed)$/u.test(ws[k]) && PREPOSITIONS.has(ws[k + 1]?.toLowerCase() ?? "");
    if (after && ((PREPOSITIONS.has(w) && !inName) || participle)) {
      return [...ws.slice(0, k), ...ws.slice(verb)];
    }
  }
  return ws;
}

function dropSetAdverbials(ws: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < ws.length; k++) {
    if (ws[k + 1] !== undefined && SET_ADVERBIALS.some((re) => re.test(`${ws[k]} ${ws[k + 1]}`))) {
      k += 1;
      continue;
    }
    out.push(ws[k]);
  }
  return out;
}
