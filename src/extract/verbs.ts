/**
 * The small English lexicon the extractor reads clauses with: which words are verbs, and in
 * which form. There is no part-of-speech tagger here; news prose leans on a few hundred verbs
 * and a closed set of auxiliaries, so a lexicon plus the regular endings tells "Spain joins NATO"
 * (a verb) from "Germany in 1955 and Spain" (none) well enough to draft and check titles and to
 * read the tense around a time phrase.
 */

/** Irregular past-tense forms common in news (the regular "-ed" ones are found by their ending). */
export const IRREGULAR_PAST = new Set(
  ("arose awoke beat became began bent bet bit bled blew broke brought built burnt bought caught chose clung came cost crept " +
    "cut dealt dug did drew dreamt drank drove ate fell fed felt fought found fled flung flew forbade forgot forgave froze " +
    "got gave went ground grew hung heard hid hit held hurt kept knelt knew laid led leant leapt learnt left lent lay lit lost " +
    "made meant met paid put quit read rode rang rose ran said saw sought sold sent set shook shed shone shot showed shut sang " +
    "sank sat slept slid spoke sped spent spun spat split spread sprang stood stole stuck stung struck swore swept swam swung " +
    "took taught tore told thought threw understood undertook upheld woke wore won wound withdrew wrote overthrew overtook " +
    "oversaw rebuilt reread undid unveiled foresaw")
    .split(" "),
);

/** "-ed" words that are not past tenses. */
export const NOT_PAST_ED = new Set([
  "need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "united", "indeed", "proceed", "succeed", "exceed",
  "breed", "greed", "creed", "deed", "weed", "heed", "embed", "wed", "bled", "fled", "led", "sped", "fed", "naked", "wicked",
  "sacred", "kindred", "rugged", "ragged", "beloved", "learned", "aged", "alleged", "supposed", "so-called",
]);

/** Auxiliaries and modals: a finite verb on their own ("is", "will", "had"). */
export const AUXILIARIES = new Set([
  "is", "are", "am", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should",
  "can", "could", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't",
  "wouldn't", "can't", "couldn't", "didn't", "doesn't", "don't",
]);

/**
 * Base forms of verbs news reports use for what actors do. Their "-s", "-ed" and "-ing" forms
 * are recognised from these, so the list holds each verb once.
 */
const NEWS_VERBS = new Set(
  ("accept accuse acquit act add address admit adopt advance agree aim allow announce appeal apply appoint approve argue arrest " +
    "arrive ask assume attack attend back ban bar become begin block bomb boost boycott break brief bring build buy call " +
    "campaign cancel capture carry cause celebrate challenge change charge claim clash clear close collapse come commit condemn " +
    "confirm consider control convict cross cut debate decide declare defeat defend delay deliver demand deny deploy destroy " +
    "die discuss dismiss dissolve divide drive drop elect embrace end endorse enter escape expand expect expel extend face fail " +
    "fall fight file finish fire fix flee fly follow force form free freeze gain gather give go grant grow halt hand hang head " +
    "help hit hold host impose include increase initial invade invite issue join keep kill launch lead leave lift limit lose " +
    "make march mark meet move name need negotiate offer open oppose order oust overthrow pass pay plan pledge present press " +
    "proclaim promise propose protest prove publish pull push put quit raise rally ratify reach read receive recognise " +
    "recognize reduce refuse reject release remain remove renew replace reply report resign respond restore resume retire " +
    "return reveal review rise rule run say score seal see seek seize sell send sentence serve set settle share shoot sign " +
    "speak split stage stand start stay step stop storm strike study succeed suffer support suspend switch take talk tell " +
    "test threaten topple trace trade travel try turn unveil urge veto visit vote walk want warn welcome win withdraw work " +
    "write")
    .split(" "),
);

/** Irregular forms of the verbs above that the endings do not give. */
const IRREGULAR_FORMS: Record<string, string> = {
  goes: "go", does: "do", has: "have", flies: "fly", tries: "try", applies: "apply", denies: "deny", replies: "reply",
  rallies: "rally", ratifies: "ratify", carries: "carry", studies: "study", says: "say", pays: "pay",
  begun: "begin", broken: "break", chosen: "choose", done: "do", driven: "drive", fallen: "fall", flown: "fly", frozen: "freeze",
  given: "give", gone: "go", grown: "grow", risen: "rise", seen: "see", spoken: "speak", stolen: "steal", taken: "take",
  thrown: "throw", withdrawn: "withdraw", sworn: "swear", worn: "wear", torn: "tear", drawn: "draw", held: "hold", written: "write", overthrown: "overthrow", shown: "show", known: "know", beaten: "beat",
};

/** Words that only ever work as grammar: a title cannot start or end on them. */
export const FUNCTION_WORDS = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "by", "for", "from", "to", "with", "without",
  "into", "onto", "over", "under", "about", "after", "before", "since", "until", "till", "during", "between", "against",
  "among", "through", "as", "than", "that", "which", "who", "whom", "whose", "when", "while", "where", "whereas", "because",
  "although", "though", "if", "unless", "whether", "then", "also", "however", "his", "her", "its", "their", "our", "my", "your",
  "this", "these", "those", "some", "any", "each", "every", "no", "not", "very", "just", "only", "even", "still",
]);

/** Words that open a subordinate clause: a subject cannot hold one before its verb. */
export const SUBORDINATORS = new Set(["when", "while", "where", "whereas", "because", "although", "though", "if", "unless", "whether", "since", "until", "after", "before", "as"]);

/** The base form of a regular "-s", "-ed" or "-ing" form, if the base is a news verb. */
function baseOf(word: string): string | undefined {
  const w = word.toLowerCase().replaceAll("’", "'");
  if (NEWS_VERBS.has(w)) return w;
  if (IRREGULAR_FORMS[w]) return IRREGULAR_FORMS[w];
  const tries: string[] = [];
  if (w.endsWith("ies")) tries.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("es")) tries.push(w.slice(0, -2));
  if (w.endsWith("s")) tries.push(w.slice(0, -1));
  if (w.endsWith("ied")) tries.push(`${w.slice(0, -3)}y`);
  if (w.endsWith("ed")) tries.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith("ing")) tries.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  return tries.find((t) => NEWS_VERBS.has(t));
}

/** How a word works as a verb, if it does. */
export type VerbForm = "auxiliary" | "past" | "present" | "base" | "participle" | "gerund";

/**
 * The verb form of one word (any case), or undefined when it is not a verb this lexicon knows.
 * "-s" forms count only for known verbs ("joins"), since most plural nouns end in "-s" too
 * ("talks" is both: the caller decides by position).
 */
export function verbForm(word: string): VerbForm | undefined {
  const w = word.toLowerCase().replaceAll("’", "'");
  if (AUXILIARIES.has(w)) return "auxiliary";
  if (IRREGULAR_PAST.has(w)) return "past";
  const base = baseOf(w);
  if (w.endsWith("ing")) return base ? "gerund" : undefined;
  if (IRREGULAR_FORMS[w] && /(?:en|wn|ne)$/.test(w)) return "participle";
  if (w.endsWith("ed") && !NOT_PAST_ED.has(w) && w.length >= 4) return "past";
  if (base === w) return "base";
  if (base && w.endsWith("s")) return "present";
  return undefined;
}

/** Whether the word can be the finite verb of a headline-style clause: "joins", "signed", "will", "is". */
export function isFiniteVerb(word: string): boolean {
  const form = verbForm(word);
  return form === "auxiliary" || form === "past" || form === "present";
}

const DETERMINER_WORDS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "my", "your"]);
const PRONOUN_WORDS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that"]);
/** "-s" forms that are far more often plural nouns than verbs after a common noun: "peace talks in Geneva". */
const NOUN_LIKE = new Set([
  "talks", "plans", "proposals", "reports", "votes", "calls", "attacks", "strikes", "protests", "visits", "tests", "deals", "moves",
  "claims", "demands", "charges", "cuts", "hopes", "fears", "returns", "results", "changes", "trades", "forces", "works", "rallies",
  "marches", "offers", "orders", "sanctions", "appeals", "controls", "measures", "leads", "names", "marks", "needs", "stays", "turns",
  "runs", "rules", "seats", "shares", "stands", "steps", "studies", "supports", "reviews", "trials", "wants", "warns", "gains", "limits",
]);
/** Past participles news uses after a noun far more than as verbs: "a report based on…", "a man named…". */
const PARTICIPLE_ADJECTIVES = new Set(["based", "dubbed", "titled", "entitled", "known", "aged", "located", "situated"]);
/** Verbs of change take "by" for an amount ("prices dropped by 5%"), not for who did it. */
const CHANGE_VERBS = new Set(["dropped", "fell", "rose", "increased", "decreased", "grew", "climbed", "jumped", "declined", "gained", "lost", "slipped", "surged", "plunged", "soared", "tumbled", "shrank", "expanded", "cut", "raised", "reduced", "won", "led", "trailed"]);
const BEFORE_OBJECT = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|to|in|on|at|for|with|from|by|of|into|over|about|up|out|off|down|back|no|all|some|more|than|\p{Lu}.*|\d.*|.*ly)$/u;

/**
 * Whether `word` is a finite verb between `prev` and `next` (raw words, as written): "Spain joins
 * NATO", "the committee meets on Tuesday", "Ten nations sign", but not "the planned summit",
 * "peace plans, presented…", "to sign" or a capitalised name ("United").
 */
export function isVerbInContext(prev: string | undefined, word: string, next: string | undefined): boolean {
  const form = verbForm(word);
  if (form === undefined || form === "gerund" || form === "participle") return false;
  if (/^\p{Lu}/u.test(word) || word.includes("-")) return false;
  const p = prev?.toLowerCase().replaceAll("’", "'");
  if (p !== undefined && (DETERMINER_WORDS.has(p) || p === "to")) return false;
  // "a report based on satellite imagery", "the pandemic declared by the WHO": a participle, not the verb.
  if (form === "past" && ((next?.toLowerCase() === "by" && !CHANGE_VERBS.has(word.toLowerCase())) || PARTICIPLE_ADJECTIVES.has(word.toLowerCase()))) return false;
  if (form === "auxiliary" || form === "past") return true;
  const named = prev !== undefined && (/^\p{Lu}/u.test(prev) || PRONOUN_WORDS.has(p!));
  const commonNoun = p !== undefined && /^\p{Ll}/u.test(prev!) && !FUNCTION_WORDS.has(p) && !isFiniteVerb(p);
  if (form === "present") {
    if (named) return true;
    return commonNoun && !/s$/.test(p!) && !NOUN_LIKE.has(word.toLowerCase()) && (next === undefined || BEFORE_OBJECT.test(next));
  }
  // A base form is a plural present ("Ten nations sign", "Poland vote") after a name or a plural noun.
  // ("weapons test" at the end of a phrase is a noun: a verb after a plural noun needs something after it.)
  return form === "base" && (named || (commonNoun && /s$/.test(p!) && next !== undefined && /^[\p{L}\d$]/u.test(next)));
}
