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
import { shortenTitle } from "./shortenTitle";
import { ABBREVIATIONS, TIED, DETERMINERS, PRONOUNS, CONJUNCTIONS, RELATIVES, PREPOSITIONS, FILLERS, REPORTING, PARTICLES, DATELINE, ATTRIBUTION } from "./titleWords";
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
  const title = shortenTitle(words);
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
