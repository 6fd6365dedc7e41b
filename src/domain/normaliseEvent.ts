/**
 * An event that passes the schema (eventSchemaProblems found nothing), as zod's `eventSchema`
 * would give it back: texts trimmed, `actors` defaulting to none, and nothing else. Built by hand
 * because zod takes most of the time of opening a large file when it checks every event again,
 * and for a valid event it finds nothing the cheaper check has not (tests/domain/normaliseEvent.test.ts
 * compares the two on generated events).
 */
import type { EventRecord } from "./types";

type Raw = Record<string, unknown>;

/** `raw` must pass the schema: its fields are read as the types the schema checked them to be. */
export function normaliseEvent(raw: unknown): EventRecord {
  const e = raw as Raw;
  const out: Raw = { id: e.id, title: (e.title as string).trim() };
  optionalText(out, e, "summary");
  out.when = e.when;
  optionalText(out, e, "timePhrase");
  out.status = e.status;
  out.actors = Object.hasOwn(e, "actors") && e.actors !== undefined ? [...(e.actors as string[])] : [];
  optional(out, e, "category");
  optionalText(out, e, "place");
  out.evidence = (e.evidence as Raw[]).map((item) => {
    const ev: Raw = { source: item.source };
    optionalText(ev, item, "quote");
    optionalText(ev, item, "note");
    return ev;
  });
  // What each source said, and links to other events: copied in the schema's order, as zod would.
  if (Object.hasOwn(e, "claims") && e.claims !== undefined) {
    out.claims = (e.claims as Raw[]).map((item) => {
      const claim: Raw = { source: item.source, when: item.when };
      optionalText(claim, item, "timePhrase");
      claim.status = item.status;
      optionalText(claim, item, "place");
      optionalText(claim, item, "quote");
      return claim;
    });
  }
  if (Object.hasOwn(e, "links") && e.links !== undefined) out.links = (e.links as Raw[]).map((link) => ({ type: link.type, event: link.event }));
  return out as unknown as EventRecord;
}

function optional(out: Raw, from: Raw, key: string) {
  if (Object.hasOwn(from, key)) out[key] = from[key];
}

function optionalText(out: Raw, from: Raw, key: string) {
  if (!Object.hasOwn(from, key)) return;
  const value = from[key];
  out[key] = typeof value === "string" ? value.trim() : value;
}
