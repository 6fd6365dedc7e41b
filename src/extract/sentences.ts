/**
 * Splits news text into sentences with their offsets. A line break always ends a sentence (news
 * text pasted from a page puts captions, headings and paragraphs on their own lines, often without
 * a full stop); inside a line a sentence ends at . ! ? followed by a capital, a digit or a quote,
 * unless the word before the stop is an abbreviation such as "Mr." or "Sept." or an initial.
 */
import type { TextSpan } from "./types";

/** Words that end with a full stop without ending the sentence (compared in lower case). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr",
  "rev", "st", "jr", "sr", "hon", "pres", "amb", "messrs", "mme", "mlle",
  "inc", "ltd", "co", "corp", "plc", "bros", "dept", "univ", "assn",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "tues", "thur", "thurs",
  "vs", "v", "etc", "approx", "est", "fig", "vol", "ch", "pp", "ca", "c", "cf", "al",
  "mt", "ft", "ave", "blvd", "rd",
]);

const STOP = /[.!?…]+["”’')\]]*(?=\s+["“‘'([]?[A-Z0-9])/g;

export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    splitLine(text, lineStart, lineEnd, spans);
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, out: TextSpan[]) {
  const line = text.slice(from, to);
  let start = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(line); m; m = STOP.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && !endsSentence(line, m.index)) continue;
    push(text, from + start, from + end, out);
    start = end;
  }
  push(text, from + start, to, out);
}

/** Whether the full stop at `dot` ends a sentence, judging by the word before it. */
function endsSentence(line: string, dot: number): boolean {
  const word = /([A-Za-z.]+)$/.exec(line.slice(Math.max(0, dot - 20), dot))?.[1] ?? "";
  if (word === "") return true;
  if (word.includes(".")) return false; // "U.S.", "a.m.", "e.g."
  if (word.length === 1 && word === word.toUpperCase()) return false; // an initial: "John F. Kennedy"
  if (/^nos?$/i.test(word)) return !/^\.\s+\d/.test(line.slice(dot)); // "No. 10"
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function push(text: string, start: number, end: number, out: TextSpan[]) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
