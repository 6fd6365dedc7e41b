import type { Locale } from "date-fns";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { parseFuzzyDate } from "../domain/parseFuzzyDate";

/** An EDTF date in the reader's words ("12 June 2018"), or the text as it is when it is not a date. */
export function edtfInWords(edtf: string, locale: Locale): string {
  const parsed = parseFuzzyDate(edtf);
  return parsed.ok ? formatFuzzyDate(parsed.date, locale) : edtf;
}
