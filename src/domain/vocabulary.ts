/**
 * The plain parts of the dataset format, without zod: what every page needs (status names, the
 * link rule) even when it loads no validator (the bundled dataset is validated at build time).
 * `schema.ts` builds its schemas on these and re-exports them.
 */
export const EVENT_STATUSES = ["happened", "planned", "expected", "speculated", "ongoing"] as const;

/** Only http(s) links: a `javascript:` or `data:` link in a dataset must never become clickable. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
