/**
 * Scores an extraction against a gold file of time expressions. Pure, so tests can check it.
 *
 * A predicted phrase (dated or unresolved) matches a gold expression when their spans overlap.
 * - recall: the share of gold expressions some prediction matches;
 * - precision: the share of predictions that match some gold expression;
 * - resolved right: the share of gold expressions matched by a prediction with an accepted EDTF
 *   (or, for `when: null`, left unresolved), out of all gold expressions;
 * - headlines: gold expressions marked `headline` must be resolved right.
 *
 * Each gold expression carries a `kind` (what it takes to date it), so recall and date accuracy
 * can be reported per kind: a rule for one kind can then be judged on the phrases it is for.
 */
import type { ExtractionResult } from "../src/extract/types";

/**
 * What it takes to date a gold expression, the most specific first when several apply:
 * - `list`: one of several dates sharing a word ("on April 24 and 25", "in 1993 and 1994");
 * - `past-tense-plan`: a plan reported in the past tense ("decided to meet in early March");
 * - `weekday-after-name`: wire style, the weekday right after the subject ("Merkel Tuesday rejected");
 * - `adjective-year-month`: a year or month used as an adjective ("the 1996 campaign", "the March accession");
 * - `anchored`: counted from another date in the story ("the day before", "a week later", "since then");
 * - `relative-to-publication`: needs the publication day ("on Friday", "last June", "May 3");
 * - `absolute`: the text gives the year ("in 1994", "October 1991", "since March 1983");
 * - `undated`: a time phrase rightly left without a date ("for months", "within days").
 */
export const EXPRESSION_KINDS = [
  "absolute",
  "relative-to-publication",
  "past-tense-plan",
  "weekday-after-name",
  "adjective-year-month",
  "list",
  "anchored",
  "undated",
] as const;
export type ExpressionKind = (typeof EXPRESSION_KINDS)[number];

/** Development articles are the ones rules were worked out on; held-out ones were scored once, at the end. */
export type GoldSplit = "development" | "held-out";

export interface GoldExpression {
  /** The phrase as it appears in the text (case-sensitive). */
  phrase: string;
  /** Which occurrence of the phrase, from 1 (default 1). */
  occurrence?: number;
  /** The accepted EDTF, a list of accepted ones, or null: found but rightly left undated. */
  when: string | string[] | null;
  /** Names an event that must be found with the right date and precision. */
  headline?: string;
  /** What it takes to date it (see `EXPRESSION_KINDS`). */
  kind?: ExpressionKind;
  note?: string;
}

export interface GoldFile {
  title: string;
  /** The article's text, relative to the repository root. */
  file: string;
  published: string;
  /** Default "development". */
  split?: GoldSplit;
  /**
   * For a held-out article: its figures the first (and only unseen) time it was scored. Later
   * runs may be better but must not be worse.
   */
  firstRun?: { recall: number; resolvedRight: number; titlesPassing?: number };
  note?: string;
  expressions: GoldExpression[];
}

/**
 * Problems in a gold file that would make its figures wrong: an unknown kind, an undated kind
 * with a date or a dated kind with none. Each names the expression by index and phrase.
 */
export function goldProblems(gold: GoldFile): string[] {
  const problems: string[] = [];
  if (gold.split !== undefined && gold.split !== "development" && gold.split !== "held-out") problems.push(`split: "${gold.split}" is neither "development" nor "held-out"`);
  gold.expressions.forEach((g, i) => {
    const at = `expressions[${i}] ("${g.phrase}")`;
    if (g.kind === undefined) return;
    if (!(EXPRESSION_KINDS as readonly string[]).includes(g.kind)) problems.push(`${at}.kind: "${g.kind}" is not one of ${EXPRESSION_KINDS.join(", ")}`);
    else if (g.kind === "undated" && g.when !== null) problems.push(`${at}.kind: "undated" but it has a date (${JSON.stringify(g.when)})`);
    else if (g.kind !== "undated" && g.when === null) problems.push(`${at}.kind: "${g.kind}" but "when" is null (use "undated")`);
  });
  return problems;
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

export const accepted = (gold: GoldExpression): (string | null)[] => (Array.isArray(gold.when) ? gold.when : [gold.when]);
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

/** Found and dated-right counts for one group of gold expressions. */
export interface Tally {
  gold: number;
  found: number;
  right: number;
}

/** Counts per kind (expressions without a kind count as "unclassified"). */
export function tallyByKind(outcomes: GoldOutcome[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const o of outcomes) {
    const kind = o.gold.kind ?? "unclassified";
    const t = tallies.get(kind) ?? { gold: 0, found: 0, right: 0 };
    t.gold += 1;
    if (o.found) t.found += 1;
    if (o.right) t.right += 1;
    tallies.set(kind, t);
  }
  return tallies;
}

/** Counts over the expressions that should get a date (every kind but "undated", and no null-only answer). */
export function tallyDated(outcomes: GoldOutcome[]): Tally {
  const dated = outcomes.filter((o) => o.gold.kind !== "undated" && accepted(o.gold).some((w) => w !== null));
  return { gold: dated.length, found: dated.filter((o) => o.found).length, right: dated.filter((o) => o.right).length };
}
