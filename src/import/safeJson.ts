/**
 * JSON parsing for untrusted files: size, nesting depth and prototype keys are checked, and a
 * syntax error is reported with its line and column. Never throws.
 */
import { lineColumnAt, locateJsonError } from "../domain/locateJsonError";
import { measureNestedStep } from "../domain/measureSteps";
import type { Issue } from "../domain/types";
import { MAX_JSON_DEPTH } from "./limits";
import { stripBom } from "./text";

/** Keys that could reach an object's prototype if a later step merged the data into an object. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const MAY_HAVE_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

export type SafeJsonResult = { ok: true; value: unknown; issues: Issue[] } | { ok: false; issues: Issue[] };

/**
 * Where nesting passes `maxDepth`, or undefined. Scans brackets outside strings, so that 100,000
 * levels of `[[[[` are refused before `JSON.parse` (or anything recursive after it) sees them.
 */
export function findExcessiveNesting(text: string, maxDepth = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Most of a file is strings: skipped to their closing quote by indexOf, not a character at
      // a time (the page runs this once, before the loop is compiled; at 10,000 events a CPU
      // profile gave it 32 ms a character at a time, 23 ms this way).
      // A quote ends the string unless an odd number of backslashes comes before it.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return undefined;
        let slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === 92 /* \ */) slashes++;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return undefined;
}

/** Parse JSON text from an untrusted file. `__proto__`, `constructor` and `prototype` keys are dropped (and reported). */
export function parseJsonSafely(input: string): SafeJsonResult {
  return measureNestedStep("parse", () => parseUntrustedJson(input));
}

function parseUntrustedJson(input: string): SafeJsonResult {
  const text = stripBom(input);
  const deep = findExcessiveNesting(text);
  if (deep !== undefined) {
    const { line, column } = lineColumnAt(text, deep);
    return {
      ok: false,
      issues: [
        {
          path: `line ${line}, column ${column}`,
          message: `is nested more than ${MAX_JSON_DEPTH} levels deep ([ and { inside each other); no timeline format needs that. Check that the file is a timeline.`,
          severity: "error",
        },
      ],
    };
  }
  const dropped = new Map<string, number>();
  let value: unknown;
  try {
    // The reviver costs time on every value; a file that cannot spell a forbidden key (even with
    // \u escapes) does not need it.
    value = MAY_HAVE_FORBIDDEN_KEY.test(text)
      ? JSON.parse(text, (key: string, val: unknown) => {
          if (FORBIDDEN_KEYS.has(key)) {
            dropped.set(key, (dropped.get(key) ?? 0) + 1);
            return undefined;
          }
          return val;
        })
      : JSON.parse(text);
  } catch (e) {
    const error = e instanceof SyntaxError ? e : new SyntaxError(String(e));
    const where = locateJsonError(text, error);
    const detail = error.message
      .replace(/^JSON\.parse: /, "")
      .replace(/ in JSON at position \d+.*$/s, "")
      .replace(/, "[\s\S]*$/, "")
      .slice(0, 200);
    return {
      ok: false,
      issues: [
        {
          path: where ? `line ${where.line}, column ${where.column}` : "(the file)",
          message: `is not valid JSON: ${detail}. Common causes: a missing comma or quote, a trailing comma, or a file that is not JSON at all.`,
          severity: "error",
        },
      ],
    };
  }
  const issues: Issue[] = [...dropped].map(([key, count]) => ({
    path: "(the file)",
    message: `has ${count === 1 ? "a field" : `${count} fields`} named "${key}": ignored, since such names can tamper with the program reading the file.`,
    severity: "warning",
  }));
  return { ok: true, value, issues };
}

/** A field of an object from parsed JSON, only if it is the object's own (never one inherited from its prototype). */
export function own(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
