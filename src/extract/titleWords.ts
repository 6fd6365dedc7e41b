/** The closed word classes and patterns a draft title is read with (titleFor, shortenTitle). */
export const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sr", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "no"]);
/** Words that tie a time phrase into the sentence and go with it: "on Friday", "in early March". */
export const TIED = new Set(["on", "in", "at", "by", "since", "until", "till", "from", "during", "for", "of", "early", "late", "mid", "around", "about", "before", "after", "as", "the"]);
export const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those"]);
export const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you"]);
export const CONJUNCTIONS = new Set(["and", "but", "or", "nor", "yet", "so", "then", "also", "however", "meanwhile"]);
export const RELATIVES = new Set(["who", "which", "whose", "whom"]);
export const PREPOSITIONS = new Set([
  "aboard", "about", "across", "after", "against", "along", "amid", "among", "around", "at", "before", "behind", "below", "beside", "between",
  "beyond", "by", "despite", "during", "except", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "outside", "over",
  "past", "since", "through", "throughout", "to", "toward", "towards", "under", "unlike", "like", "until", "upon", "via", "with", "within", "without",
]);
/** Adverbs a headline leaves out between subject and verb. */
export const FILLERS = new Set(["also", "still", "formally", "largely", "briefly", "first", "then", "now", "already", "again", "once", "however", "meanwhile"]);
/** Set phrases a long title can do without. */
export const SET_ADVERBIALS = [/^in principle$/i, /^in secret$/i, /^in full$/i, /^at once$/i, /^in turn$/i, /^for good$/i];
/** Job titles and roles that come before a name: "Prime Minister John Major", "U.S. envoy Richard Holbrooke". */
export const ROLES = new Set([
  "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "secretary-general", "leader", "chairman", "chairwoman",
  "envoy", "ambassador", "king", "queen", "prince", "princess", "general", "gen.", "commander", "senator", "governor", "mayor", "judge",
  "lord", "lady", "spokesman", "spokeswoman", "chief", "foreign", "defence", "defense", "finance", "interior", "state", "reporter",
  "financier", "officer", "head", "speaker", "deputy", "treasury",
]);
export const REPORTING = new Set(["said", "says", "say", "told", "announced", "added", "reported", "stated", "insisted", "warned", "claimed", "confirmed"]);
/** Words that can close a phrasal verb: "sworn in", "handed over", "ruled out". */
export const PARTICLES = new Set(["in", "on", "out", "up", "off", "down", "over", "back", "away"]);

/** "DAYTON, Ohio (Wire) - Nov 22 - ": a dateline opens the first paragraph of wire copy. */
export const DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*\([^)]{1,40}\)\s*[-–—]+\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*[-–—]+\s*)?/u;
/** ", aides said", ", a U.S. spokesman said", ", according to Bosnian government figures" at the end. */
export const ATTRIBUTION = /,\s*(?:according\s+to\s+[^,]+|(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|reported|added|told\s+reporters|announced)(?:\s+on\s+\p{Lu}\p{L}+)?)\s*[.!?"”]*\s*$/u;
