/**
 * The rubric a draft title is held to: it reads as a headline, naming who did what ("Spain joins
 * NATO"), not as a piece cut out of a sentence ("Germany in 1955 and Spain", "A time when the West
 * was intent on…"). Pure, so the eval, the tests and a review screen can all use it.
 *
 * A title passes when it
 * - is no longer than `TITLE_MAX_CHARS`;
 * - starts with its subject: a word that is not grammar ("In", "And", "Which"), and no clause
 *   opener ("when", "because") before its verb;
 * - has a finite verb after that subject ("joins", "signed", "will", "is");
 * - ends on a whole word that is not grammar ("…of the", "…and"), with no ellipsis and no
 *   bracket or quote left open;
 * - spells every word the way the source text does ("NATO", not "Nato").
 */
import { FUNCTION_WORDS, isFiniteVerb, isVerbInContext, SUBORDINATORS, verbForm } from "./verbs";

/** Titles longer than this are cut in a timeline's labels and lists. */
export const TITLE_MAX_CHARS = 60;

export type TitleProblemKind = "empty" | "too-long" | "no-subject" | "no-verb" | "dangling" | "cut-off" | "unbalanced" | "spelling";

export interface TitleProblem {
  kind: TitleProblemKind;
  /** What is wrong, in words, for a reviewer. */
  detail: string;
}

export interface TitleCheck {
  pass: boolean;
  problems: TitleProblem[];
}

/** Words that can close a phrasal verb: "sworn in", "handed over", "ruled out". */
const PARTICLES = new Set(["in", "on", "out", "up", "off", "down", "over", "back", "away"]);
/** Quantities that open a subject: "At least 140 people", "More than 18,000 people". */
const QUANTIFIER = /^(?:at least|at most|more than|fewer than|less than|as many as|up to|some|about|nearly|almost|around)\s/i;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;

/** Checks a title against the rubric; `sourceText` (the article) enables the spelling check. */
export function checkTitle(title: string, sourceText?: string): TitleCheck {
  const problems: TitleProblem[] = [];
  const text = title.trim();
  const words = [...text.matchAll(WORD)].map((m) => ({ raw: m[0].replace(/\.$/, ""), lower: m[0].replace(/\.$/, "").toLowerCase() }));
  if (words.length === 0 || /^untitled event$/i.test(text)) return { pass: false, problems: [{ kind: "empty", detail: "no title" }] };

  if (text.length > TITLE_MAX_CHARS) problems.push({ kind: "too-long", detail: `${text.length} characters (at most ${TITLE_MAX_CHARS})` });
  if (/…|\.\.\./.test(text)) problems.push({ kind: "cut-off", detail: "cut off with an ellipsis" });

  const first = words[0];
  if (QUANTIFIER.test(text)) {
    // a count is a subject: "At least 140 people have been killed"
  } else if (FUNCTION_WORDS.has(first.lower) && !/^(?:the|a|an|his|her|its|their|our|this|these|those|no|each|every|some)$/.test(first.lower)) {
    problems.push({ kind: "no-subject", detail: `starts with "${first.raw}", not with who or what` });
  }
  // The verb is the first finite verb after at least one subject word.
  const verbAt = words.findIndex((w, i) => i > 0 && isVerbInContext(words[i - 1].raw, w.raw, words[i + 1]?.raw));
  if (verbAt < 0) {
    const onlyVerbFirst = isFiniteVerb(first.lower) || verbForm(first.lower) === "base";
    problems.push(onlyVerbFirst ? { kind: "no-subject", detail: `starts with the verb "${first.raw}": say who` } : { kind: "no-verb", detail: "no verb: say what happened" });
  } else {
    const opener = words.slice(0, verbAt).find((w) => SUBORDINATORS.has(w.lower));
    if (opener) problems.push({ kind: "no-subject", detail: `"${opener.raw}" opens a clause before the verb: a fragment, not a subject` });
  }

  const last = words[words.length - 1];
  // A particle after its verb ends a title well: "Ford will be sworn in", "Libya handed the suspects over".
  const particle = PARTICLES.has(last.lower) && words.length > 2 && (verbForm(words[words.length - 2].lower) !== undefined || /^\p{Ll}/u.test(words[words.length - 2].raw));
  if ((FUNCTION_WORDS.has(last.lower) && !particle) || /[,;:–—-]$/.test(text)) problems.push({ kind: "dangling", detail: `ends on "${last.raw}"` });
  if (unbalanced(text)) problems.push({ kind: "unbalanced", detail: "a bracket or quotation mark is left open" });

  if (sourceText) {
    for (const [i, w] of words.entries()) {
      const spelling = spellingIn(sourceText, w.raw);
      if (spelling === undefined) continue;
      const asWritten = i === 0 ? spelling.some((s) => s.slice(1) === w.raw.slice(1)) : spelling.includes(w.raw);
      if (!asWritten) problems.push({ kind: "spelling", detail: `"${w.raw}": the text writes "${spelling[0]}"` });
    }
  }
  return { pass: problems.length === 0, problems };
}

/** The ways the text writes a word or name (case aside), or undefined when it does not use it. */
export function spellingIn(sourceText: string, word: string): string[] | undefined {
  if (word.length < 2) return undefined;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = [...sourceText.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"))].map((m) => m[0]);
  return found.length > 0 ? [...new Set(found)] : undefined;
}

function unbalanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  if (count(/\(/g) !== count(/\)/g)) return true;
  if (count(/“/g) !== count(/”/g)) return true;
  return count(/"/g) % 2 !== 0;
}
