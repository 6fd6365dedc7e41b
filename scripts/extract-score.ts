/**
 * Scores an extraction against a gold file of time expressions. Pure, so tests can check it.
 *
 * A predicted phrase (dated or unresolved) matches a gold expression when their spans overlap.
 * - recall: the share of gold expressions some prediction matches;
 * - precision: the share of predictions that match some gold expression;
 * - resolved right: the share of gold expressions matched by a prediction with an accepted EDTF
 *   (or, for `when: null`, left unresolved), out of all gold expressions;
 * - headlines: gold expressions marked `headline` must be resolved right.
 */
import type { ExtractionResult } from "../src/extract/types";

export interface GoldExpression {
  /** The phrase as it appears in the text (case-sensitive). */
  phrase: string;
  /** Which occurrence of the phrase, from 1 (default 1). */
  occurrence?: number;
  /** The accepted EDTF, a list of accepted ones, or null: found but rightly left undated. */
  when: string | string[] | null;
  /** Names an event that must be found with the right date and precision. */
  headline?: string;
  note?: string;
}

export interface GoldFile {
  title: string;
  /** The article's text, relative to the repository root. */
  file: string;
  published: string;
  note?: string;
  expressions: GoldExpression[];
}

export interface Prediction {
  phrase: string;
  start: number;
  end: number;
  /** null when unresolved */
  when: string | null;
}

export interface GoldOutcome {
  gold: GoldExpression;
  start: number;
  end: number;
  found: boolean;
  right: boolean;
  predicted: Prediction[];
}

export interface Score {
  gold: number;
  predictions: number;
  found: number;
  matchedPredictions: number;
  right: number;
  recall: number;
  precision: number;
  /** right / gold */
  resolvedRight: number;
  /** right / found: how often a found phrase gets the right date */
  resolvedRightOfFound: number;
  outcomes: GoldOutcome[];
  falsePositives: Prediction[];
  headlines: { name: string; ok: boolean; expected: string; got: string[] }[];
}

export function predictionsOf(result: ExtractionResult): Prediction[] {
  return [
    ...result.candidates.map((c) => ({ phrase: c.phrase.text, start: c.phrase.start, end: c.phrase.end, when: c.when })),
    ...result.unresolved.map((u) => ({ phrase: u.phrase.text, start: u.phrase.start, end: u.phrase.end, when: null })),
  ].sort((a, b) => a.start - b.start);
}

/** Where the gold phrase is in the text; throws if it is not there (a broken gold file). */
export function locate(text: string, gold: GoldExpression): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < (gold.occurrence ?? 1); n++) {
    at = text.indexOf(gold.phrase, at + 1);
    if (at < 0) throw new Error(`gold phrase "${gold.phrase}" (occurrence ${gold.occurrence ?? 1}) is not in the text`);
  }
  return { start: at, end: at + gold.phrase.length };
}

const accepted = (gold: GoldExpression): (string | null)[] => (Array.isArray(gold.when) ? gold.when : [gold.when]);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function scoreExtraction(text: string, gold: GoldFile, result: ExtractionResult): Score {
  const predictions = predictionsOf(result);
  const outcomes: GoldOutcome[] = gold.expressions.map((g) => {
    const where = locate(text, g);
    const predicted = predictions.filter((p) => overlaps(p, where));
    const ok = accepted(g);
    return { gold: g, ...where, found: predicted.length > 0, right: predicted.some((p) => ok.includes(p.when)), predicted };
  });
  const matched = predictions.filter((p) => outcomes.some((o) => overlaps(p, o)));
  const falsePositives = predictions.filter((p) => !matched.includes(p));
  const found = outcomes.filter((o) => o.found).length;
  const right = outcomes.filter((o) => o.right).length;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    gold: outcomes.length,
    predictions: predictions.length,
    found,
    matchedPredictions: matched.length,
    right,
    recall: ratio(found, outcomes.length),
    precision: ratio(matched.length, predictions.length),
    resolvedRight: ratio(right, outcomes.length),
    resolvedRightOfFound: ratio(right, found),
    outcomes,
    falsePositives,
    headlines: outcomes
      .filter((o) => o.gold.headline)
      .map((o) => ({ name: o.gold.headline!, ok: o.right, expected: accepted(o.gold).map(String).join(" or "), got: o.predicted.map((p) => `${p.phrase} → ${p.when ?? "unresolved"}`) })),
  };
}
