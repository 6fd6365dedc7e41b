/**
 * What text pasted on the page is: data to import (JSON, or a spreadsheet with the columns this app
 * reads), an article to find events in, or a table this app cannot tell (then the reader is asked).
 * The whole text decides: an article's headline may well have a comma or a semicolon ("Nixon
 * resigns; Ford to take oath at noon"), which used to send it to the importers as CSV.
 * Only the CSV reader comes with it, so that a paste loads no importer before it is needed.
 */
import Papa from "papaparse";
import { detectCsvFormat, readCsvHeader } from "./csv";
import { stripBom } from "./text";

export type PastedTextKind = "data" | "article" | "unsure";

/** Lines looked at to see whether text is a table. */
const SAMPLE_LINES = 50;
const DELIMITERS = [",", ";", "\t", "|"];

export function classifyPastedText(text: string): PastedTextKind {
  const body = stripBom(text);
  if (/^\s*[[{]/.test(body)) return "data";
  if (detectCsvFormat(readCsvHeader(body.trimStart()))) return "data";
  return looksLikeTable(body) ? "unsure" : "article";
}

const words = (cell: string) => cell.trim().split(/\s+/).filter((w) => w !== "").length;
/** A sentence: six words or more, ending as sentences end. */
const isSentence = (cell: string) => words(cell) >= 6 && /[.!?]["”’']?$/.test(cell.trim());
/** Column names: a few words each, none a sentence. */
const isHeader = (row: string[]) => row.every((cell) => words(cell) <= 4 && !/[.!?]$/.test(cell.trim()));

/**
 * Two or more lines that split into the same number of cells (two or more) by one delimiter, and
 * either start with a line of column names or hold no sentences (a headline and a paragraph with a
 * comma each are an article).
 */
function looksLikeTable(text: string): boolean {
  const sample = text.trim().split(/\r?\n/).filter((line) => line.trim() !== "").slice(0, SAMPLE_LINES).join("\n");
  return DELIMITERS.some((delimiter) => {
    if (!sample.includes(delimiter)) return false;
    const parsed = Papa.parse<string[]>(sample, { delimiter, skipEmptyLines: "greedy" });
    const rows = parsed.data;
    if (rows.length < 2 || parsed.errors.some((e) => e.type === "Quotes")) return false;
    const width = rows[0].length;
    if (width < 2 || rows.filter((row) => row.length === width).length < rows.length * 0.9) return false;
    return isHeader(rows[0]) || !rows.some((row) => row.some(isSentence));
  });
}
