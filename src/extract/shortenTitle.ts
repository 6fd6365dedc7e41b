import { TITLE_MAX_CHARS } from "./checkTitle";
import { DETERMINERS, CONJUNCTIONS, PREPOSITIONS, SET_ADVERBIALS, ROLES, PARTICLES } from "./titleWords";
import { FUNCTION_WORDS, isVerbInContext, SUBORDINATORS, verbForm } from "./verbs";

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
export function shortenTitle(words: string[]): string {
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
