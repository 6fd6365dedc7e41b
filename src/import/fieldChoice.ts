/**
 * Which of a file's own fields is an event's title, date and group, for files that do not use the
 * names their format expects (vis items with custom fields, spreadsheets with other columns); and
 * the fields with no place in a dataset, kept as "other fields" (plain text) rather than lost.
 */
import { MAX_FIELD_NAME_CHARS, MAX_FIELD_VALUE_CHARS, MAX_OTHER_FIELDS } from "../domain/datasetLimits";
import { clip, quoteValue } from "./text";

/** Field names chosen for the title, the date and the group. */
export interface FieldChoice {
  title?: string;
  date?: string;
  group?: string;
}

/** What the import report offers: the file's field names, and the choice the import used. */
export interface FieldOptions {
  /** In the order the file has them. */
  names: string[];
  chosen: FieldChoice;
  /** The file's shape (its sorted field names), under which a choice is remembered. */
  shape: string;
}

/** Names that could reach an object's prototype if a later step merged the fields into an object: never kept. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A file's shape: its field names, sorted, so that files of the same kind share a remembered choice. */
export const shapeOf = (names: Iterable<string>): string => [...new Set(names)].sort().join("\n");

/** A value as other-field text: text, numbers and true/false; undefined for empty, lists and objects. */
export function otherFieldText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  if (typeof value !== "string") return undefined;
  // Control characters (but line breaks) would garble the details.
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ").trim();
  return text === "" ? undefined : clip(text, MAX_FIELD_VALUE_CHARS).text;
}

/** The other fields of one record: each name not in `skip`, its value as text; undefined when none. */
export function otherFieldsOf(entries: Iterable<[string, unknown]>, skip: ReadonlySet<string>): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  let count = 0;
  for (const [rawName, value] of entries) {
    // eslint-disable-next-line no-control-regex
    const name = clip(rawName.replace(/[\u0000-\u001f\u007f]/g, " ").trim(), MAX_FIELD_NAME_CHARS).text;
    if (skip.has(rawName) || name === "" || RESERVED_NAMES.has(name) || count >= MAX_OTHER_FIELDS) continue;
    const text = otherFieldText(value);
    if (text === undefined || Object.prototype.hasOwnProperty.call(fields, name)) continue;
    fields[name] = text;
    count++;
  }
  return count > 0 ? fields : undefined;
}

/**
 * The choice to use: the one given (the report's), else the one remembered for this shape, else
 * `guess`. A chosen name the file does not have is reported and dropped.
 */
export function settleChoice(
  names: readonly string[],
  given: FieldChoice | undefined,
  remembered: ((shape: string) => FieldChoice | undefined) | undefined,
  guess: FieldChoice,
  /** Told, for the report, of a chosen name the file does not have. */
  report: (message: string) => void,
): { chosen: FieldChoice; shape: string; fromFile: boolean } {
  const shape = shapeOf(names);
  const asked = given ?? safely(() => remembered?.(shape));
  const chosen: FieldChoice = { ...guess };
  for (const role of ["title", "date", "group"] as const) {
    const name = asked?.[role];
    if (name === undefined) continue;
    if (names.includes(name)) chosen[role] = name;
    else report(`${quoteValue(name)}, chosen as the ${role}, is not a field of this file: the usual one is used.`);
  }
  return { chosen, shape, fromFile: asked !== undefined };
}

/** A remembered choice that cannot be read (storage refused) is no choice. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Field names that say "this sorts events into groups", for guessing the group (the lanes) of a file with other names. */
export const GROUP_NAME = /group|stage|categor|type|kind|lane|phase|theme|topic|section/i;

/** Column or field names that say "this is a date", for guessing the date of a file with other names. */
export const DATE_NAME = /date|when|start|year|day|time|begin|from|datum|fecha/i;
