/**
 * CSV reading with papaparse, keeping each row's line number so that a problem can be reported as
 * "line 7, column C (Day)", where a spreadsheet user can find it. The delimiter is recognised
 * (comma, semicolon, tab, …), so a paste from a spreadsheet works too.
 */
import Papa from "papaparse";
import type { Issue } from "../domain/types";
import type { FormatId } from "./types";
import { stripBom } from "./text";

export interface CsvRow {
  /** The line the row starts on (1-based). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  /** Header names as written. */
  header: string[];
  /** Header names normalised for matching ("End Year", "end_year" → "endyear"). */
  keys: string[];
  rows: CsvRow[];
  issues: Issue[];
  /** True when reading stopped at `maxRows`. */
  tooManyRows: boolean;
}

/** A header name for matching: lower case, letters and digits only. */
export const normaliseHeader = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Spreadsheet column letters: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "line 7, column C (Day)". */
export function cellPlace(line: number, column: number, name?: string): string {
  return `line ${line}, column ${columnLetter(column)}${name ? ` (${name.trim().slice(0, 40)})` : ""}`;
}

/**
 * Parse CSV text into a header and rows. Blank rows are dropped; reading stops after `maxRows`
 * data rows. Never throws.
 */
/**
 * Reading a row by column name: the trimmed cell (empty when the column is absent), and the
 * cell's place for the report ("line 7, column C (Day)", or the line when the column is absent).
 */
export function columnReader<Column extends string>(table: CsvTable, index: ReadonlyMap<string, number>) {
  const at = (column: Column) => index.get(normaliseHeader(column));
  return {
    cell: (row: CsvRow, column: Column) => {
      const i = at(column);
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    },
    place: (row: CsvRow, column: Column) => {
      const i = at(column);
      return i === undefined ? `line ${row.line}` : cellPlace(row.line, i, table.header[i]);
    },
  };
}

export function readCsv(text: string, maxRows: number): CsvTable {
  const source = stripBom(text);
  const rows: CsvRow[] = [];
  const issues: Issue[] = [];
  let header: string[] | undefined;
  let line = 1;
  let previousCursor = 0;
  let tooManyRows = false;
  try {
    Papa.parse<string[]>(source, {
      header: false,
      skipEmptyLines: false,
      step(results, parser) {
        const rowLine = line;
        const cursor = results.meta.cursor;
        for (let i = previousCursor; i < cursor && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
        previousCursor = cursor;
        for (const error of results.errors) {
          if (error.code === "UndetectableDelimiter") continue;
          issues.push({
            path: `line ${rowLine}`,
            message:
              error.code === "MissingQuotes"
                ? 'has a quote (") that is never closed: the rest of the file was read as one cell. Close the quote, or double any quote inside a quoted cell ("").'
                : `could not be read as CSV (${error.message}).`,
            severity: "error",
          });
        }
        const cells = (results.data as unknown[]).map((c) => (typeof c === "string" ? c : String(c ?? "")));
        if (cells.every((c) => c.trim() === "")) return;
        if (!header) {
          header = cells;
          return;
        }
        if (rows.length >= maxRows) {
          tooManyRows = true;
          parser.abort();
          return;
        }
        rows.push({ line: rowLine, cells });
      },
    });
  } catch (e) {
    issues.push({ path: `line ${line}`, message: `could not be read as CSV (${(e as Error).message}).`, severity: "error" });
  }
  const names = header ?? [];
  return { header: names, keys: names.map(normaliseHeader), rows, issues, tooManyRows };
}

/** The first line of a text parsed as a CSV header (for recognising the format cheaply). */
export function readCsvHeader(text: string): string[] {
  const source = stripBom(text);
  const firstLines = source.slice(0, 20_000);
  try {
    const result = Papa.parse<string[]>(firstLines, { header: false, preview: 5, skipEmptyLines: "greedy" });
    const first = result.data[0];
    return Array.isArray(first) ? first.map((c) => String(c ?? "")) : [];
  } catch {
    return [];
  }
}

/** True when a header names this app's CSV columns ("title" and "when"). */
export function isDatasetCsvHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(normaliseHeader));
  return keys.has("title") && keys.has("when");
}

/** The format of a CSV header row, or undefined. Here, with the CSV reading, so that recognising a paste loads no importer. */
export function detectCsvFormat(header: readonly string[]): FormatId | undefined {
  if (isDatasetCsvHeader(header)) return "csv";
  const keys = new Set(header.map(normaliseHeader));
  if (keys.has("headline") && (keys.has("year") || keys.has("startdate"))) return "timelinejs-csv";
  return undefined;
}
