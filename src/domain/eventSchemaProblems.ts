/**
 * The problems zod's `eventSchema` would find in an event, as kinds only ("invalid_format
 * actors.[]"), found without zod. zod takes microseconds to build each problem it reports, so that
 * a file of 50,000 events each naming 50 malformed actor ids held the page for twenty seconds; the
 * validator counts the problems past the ones it lists with this instead (see checkDataset.ts).
 * tests/domain/eventSchemaProblems.test.ts checks on generated events that it finds what zod does.
 */
import { EVENT_STATUSES } from "./vocabulary";
import { EVENT_LIMITS, ID_PATTERN, LINK_TYPES, MAX_ID_LENGTH } from "./datasetLimits";
import { parseFuzzyDate } from "./readFuzzyDate";

const EVENT_KEYS: ReadonlySet<string> = new Set(["id", "title", "summary", "when", "timePhrase", "status", "actors", "category", "place", "evidence", "claims", "links"]);
const CLAIM_KEYS: ReadonlySet<string> = new Set(["source", "when", "timePhrase", "status", "place", "quote"]);
const LINK_KEYS: ReadonlySet<string> = new Set(["type", "event"]);
const LINK_TYPE_SET: ReadonlySet<unknown> = new Set(LINK_TYPES);
const EVIDENCE_KEYS: ReadonlySet<string> = new Set(["source", "quote", "note"]);
const STATUSES: ReadonlySet<unknown> = new Set(EVENT_STATUSES);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The kinds of the problems in `raw` as zod would report them, one entry per problem (code, then
 * the path with "[]" for indexes), or undefined when it passes. Reads only the event's own fields.
 */
export function eventSchemaProblems(raw: unknown): string[] | undefined {
  if (!isObject(raw)) return ["invalid_type "];
  const found: string[] = [];
  const get = (key: string) => (Object.hasOwn(raw, key) ? raw[key] : undefined);
  checkId(get("id"), "id", found, false);
  checkText(get("title"), "title", EVENT_LIMITS.title, found, false);
  checkText(get("summary"), "summary", EVENT_LIMITS.summary, found, true);
  const when = get("when");
  if (typeof when !== "string") found.push("invalid_type when");
  else if (!parseFuzzyDate(when).ok) found.push("custom when");
  checkText(get("timePhrase"), "timePhrase", EVENT_LIMITS.timePhrase, found, true);
  if (!STATUSES.has(get("status"))) found.push("invalid_value status");
  checkList(get("actors"), "actors", undefined, EVENT_LIMITS.actors, found, (actor) => checkId(actor, "actors.[]", found, false));
  checkId(get("category"), "category", found, true);
  checkText(get("place"), "place", EVENT_LIMITS.place, found, true);
  const evidence = get("evidence");
  if (evidence === undefined) found.push("invalid_type evidence");
  else checkList(evidence, "evidence", 1, EVENT_LIMITS.evidence, found, (item) => checkEvidence(item, found));
  checkList(get("claims"), "claims", undefined, EVENT_LIMITS.claims, found, (item) => checkClaim(item, found));
  checkList(get("links"), "links", undefined, EVENT_LIMITS.links, found, (item) => checkLink(item, found));
  for (const key of Object.keys(raw)) {
    if (!EVENT_KEYS.has(key)) {
      found.push("unrecognized_keys ");
      break;
    }
  }
  return found.length === 0 ? undefined : found;
}

function checkClaim(item: unknown, found: string[]) {
  if (!isObject(item)) return void found.push("invalid_type claims.[]");
  const get = (key: string) => (Object.hasOwn(item, key) ? item[key] : undefined);
  checkId(get("source"), "claims.[].source", found, false);
  const when = get("when");
  if (typeof when !== "string") found.push("invalid_type claims.[].when");
  else if (!parseFuzzyDate(when).ok) found.push("custom claims.[].when");
  checkText(get("timePhrase"), "claims.[].timePhrase", EVENT_LIMITS.timePhrase, found, true);
  if (!STATUSES.has(get("status"))) found.push("invalid_value claims.[].status");
  checkText(get("place"), "claims.[].place", EVENT_LIMITS.place, found, true);
  checkText(get("quote"), "claims.[].quote", EVENT_LIMITS.quote, found, true);
  if (Object.keys(item).some((key) => !CLAIM_KEYS.has(key))) found.push("unrecognized_keys claims.[]");
}

function checkLink(item: unknown, found: string[]) {
  if (!isObject(item)) return void found.push("invalid_type links.[]");
  if (!LINK_TYPE_SET.has(Object.hasOwn(item, "type") ? item.type : undefined)) found.push("invalid_value links.[].type");
  checkId(Object.hasOwn(item, "event") ? item.event : undefined, "links.[].event", found, false);
  if (Object.keys(item).some((key) => !LINK_KEYS.has(key))) found.push("unrecognized_keys links.[]");
}

function checkEvidence(item: unknown, found: string[]) {
  if (!isObject(item)) return void found.push("invalid_type evidence.[]");
  checkId(Object.hasOwn(item, "source") ? item.source : undefined, "evidence.[].source", found, false);
  checkText(Object.hasOwn(item, "quote") ? item.quote : undefined, "evidence.[].quote", EVENT_LIMITS.quote, found, true);
  checkText(Object.hasOwn(item, "note") ? item.note : undefined, "evidence.[].note", EVENT_LIMITS.note, found, true);
  for (const key of Object.keys(item)) {
    if (!EVIDENCE_KEYS.has(key)) {
      found.push("unrecognized_keys evidence.[]");
      break;
    }
  }
}

/** A list with `min` to `max` entries, each checked; past its limit a list is one problem (zod then drops its entries' problems). */
function checkList(value: unknown, path: string, min: number | undefined, max: number, found: string[], checkEntry: (entry: unknown) => void) {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    found.push(`invalid_type ${path}`);
    return checkLength(value, path, min, max, found);
  }
  if (value.length > max) return void found.push(`too_big ${path}`);
  if (min !== undefined && value.length < min) return void found.push(`too_small ${path}`);
  for (const entry of value) checkEntry(entry);
}

/** schema.ts's id(): text, the id pattern, at most 80 characters (both may fail). */
function checkId(value: unknown, path: string, found: string[], optional: boolean) {
  if (value === undefined && optional) return;
  if (typeof value !== "string") {
    found.push(`invalid_type ${path}`);
    return checkLength(value, path, undefined, MAX_ID_LENGTH, found);
  }
  if (!ID_PATTERN.test(value)) found.push(`invalid_format ${path}`);
  checkLength(value, path, undefined, MAX_ID_LENGTH, found);
}

/** schema.ts's text(max): text, not empty and at most `max` characters once trimmed. */
function checkText(value: unknown, path: string, max: number, found: string[], optional: boolean) {
  if (value === undefined && optional) return;
  if (typeof value !== "string") {
    found.push(`invalid_type ${path}`);
    return checkLength(value, path, 1, max, found);
  }
  checkLength(value.trim(), path, 1, max, found);
}

/**
 * zod's length checks: they measure anything with a length, even a value of the wrong type (so a
 * title of [] is also too short), and text in code points, not UTF-16 units.
 */
function checkLength(value: unknown, path: string, min: number | undefined, max: number, found: string[]) {
  if (value === null || value === undefined) return;
  const units = (value as { length?: unknown }).length;
  if (units === undefined) return;
  const length = typeof value === "string" ? codePoints(value) : units;
  if (min !== undefined && !((length as number) >= min)) found.push(`too_small ${path}`);
  if (!((length as number) <= max)) found.push(`too_big ${path}`);
}

function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
