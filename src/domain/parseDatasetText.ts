import { validateDataset, type ValidationResult } from "./validateDataset";
import { locateJsonError } from "./locateJsonError";

/** Parse and validate a dataset file's text; a syntax error is reported with its line and column. */
export function parseDatasetText(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const where = locateJsonError(text, e as SyntaxError);
    const place = where ? `line ${where.line}, column ${where.column}` : "(the file)";
    const detail = (e as Error).message.replace(/^JSON\.parse: /, "").replace(/ in JSON at position \d+.*$/, "");
    return {
      issues: [{ path: place, message: `is not valid JSON: ${detail}`, severity: "error" }],
      eventCount: 0,
    };
  }
  return validateDataset(json);
}
