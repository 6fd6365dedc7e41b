import { extractEvents } from "../../src/extract";
import type { CandidateEvent, ExtractionResult } from "../../src/extract";

export const extract = (text: string, published: string): ExtractionResult => extractEvents(text, { published });

/** The one candidate whose phrase contains `phrase`; fails the test if there is none or several. */
export function candidate(text: string, published: string, phrase: string): CandidateEvent {
  const result = extract(text, published);
  const found = result.candidates.filter((c) => c.phrase.text.includes(phrase));
  if (found.length !== 1) {
    const got = result.candidates.map((c) => `"${c.phrase.text}" → ${c.when}`).join(", ") || "none";
    const unresolved = result.unresolved.map((u) => `"${u.phrase.text}" (${u.kind})`).join(", ");
    throw new Error(`expected one candidate with "${phrase}", got ${got}${unresolved ? `; unresolved: ${unresolved}` : ""}`);
  }
  return found[0];
}

/** The EDTF the extractor gives the phrase. */
export const whenOf = (text: string, published: string, phrase: string) => candidate(text, published, phrase).when;
