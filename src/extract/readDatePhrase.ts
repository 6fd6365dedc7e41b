/**
 * A date as a person types it ("12 June 2018", "c. July 2018", "by the end of February 2019",
 * "17–18 January 2019") → the EDTF the dataset stores. The words are read by the extractor's own
 * chrono-node parsers and resolver, so a phrase means the same here as in an article; EDTF typed
 * as such is taken as it is.
 */
import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import { anchorOfIso, chronoReference } from "./calendar";
import { checked } from "./extractEvents";
import { newsChrono, newsChronoDayFirst } from "./newsChrono";
import { resolveResult } from "./resolve";

export type DateReading = { ok: true; edtf: string; how: string } | { ok: false; error: string };

export interface ReadDateOptions {
  /** The day relative phrases and dates without a year count from (YYYY-MM-DD): the timeline's "as of" day. */
  reference: string;
  /** Read 12/06/2018 as 12 June (every locale but US English). */
  dayFirst?: boolean;
}

const APPROXIMATE = /^(?:c\.|ca\.|circa|about|around|approximately|roughly|some ?time in)\s*/i;
const UNCERTAIN_PREFIX = /^(?:probably|perhaps|possibly|maybe)\s+/i;
const UNCERTAIN_SUFFIX = /\s*(?:\?|\(uncertain\))$/i;
/** What may stand around the date in a phrase without changing it. */
const FILLER = /^[\s,.;:]*(?:(?:on|in|at|during|the)\b[\s,.;:]*)*$/i;
const PLAIN_DATE = /\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?/g;
const EXAMPLES = "write a date such as 12 June 2018, June 2018, c. July 2018, by the end of February 2019 or 17–18 January 2019";

export function readDatePhrase(input: string, options: ReadDateOptions): DateReading {
  let text = input.trim();
  if (text === "") return { ok: false, error: `is empty (${EXAMPLES})` };
  const asEdtf = parseFuzzyDate(text);
  if (asEdtf.ok) return { ok: true, edtf: text, how: "EDTF, as written" };

  let approximate = false;
  let uncertain = false;
  if (APPROXIMATE.test(text)) {
    approximate = true;
    text = text.replace(APPROXIMATE, "");
  }
  if (UNCERTAIN_PREFIX.test(text)) {
    uncertain = true;
    text = text.replace(UNCERTAIN_PREFIX, "");
  }
  if (UNCERTAIN_SUFFIX.test(text)) {
    uncertain = true;
    text = text.replace(UNCERTAIN_SUFFIX, "");
  }

  let when: string;
  let how: string;
  if (/^\d{4}$/.test(text)) {
    when = text;
    how = "a year";
  } else {
    const anchor = anchorOfIso(options.reference);
    if (!anchor) return { ok: false, error: `cannot be read: the timeline's date "${options.reference}" is not a calendar day` };
    const chrono = options.dayFirst ? newsChronoDayFirst() : newsChrono;
    const results = chrono.parse(text, chronoReference(anchor.dayNumber));
    const whole = results.find((r) => FILLER.test(text.slice(0, r.index)) && FILLER.test(text.slice(r.index + r.text.length)));
    if (!whole) {
      const part = results[0];
      return { ok: false, error: part ? `only "${part.text}" could be read as a date: ${EXAMPLES}, or EDTF (2018-06-12)` : `is not a date this app can read: ${EXAMPLES}, or EDTF (2018-06-12)` };
    }
    const resolution = resolveResult(whole, anchor);
    const sure = resolution.ok ? checked(resolution) : resolution;
    if (!sure.ok) return { ok: false, error: `"${whole.text}" cannot be dated: ${sure.reason}` };
    when = sure.when;
    how = sure.reason;
  }
  if (approximate || uncertain) {
    if (when.startsWith("[")) return { ok: false, error: `"c." and "?" cannot qualify a deadline or a range of possible days: use ${when} and say the doubt in the time phrase` };
    const mark = approximate && uncertain ? "%" : approximate ? "~" : "?";
    when = when.replace(PLAIN_DATE, (date) => (/[~?%]$/.test(date) ? date : date + mark));
    how = `${how}${approximate ? ", approximate" : ""}${uncertain ? ", uncertain" : ""}`;
  }
  const parsed = parseFuzzyDate(when);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, edtf: when, how };
}
