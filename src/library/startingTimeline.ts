/**
 * What the page starts with, read synchronously before its first render (so that it knows whether
 * to wait): a timeline carried in the address (a share link, `#t=`), the one an older version kept
 * in localStorage (to move into the library), the library entry that was on screen before a reload,
 * or none. Small on purpose: it is part of every page; the rest of the library loads only when used.
 */
export const CURRENT_KEY = "diplomacy-timeline:current";
/** Where the one timeline was kept before the library existed: moved into the library once. */
export const LEGACY_KEY = "diplomacy-timeline:opened-dataset";

export type StartingTimeline = { kind: "shared"; payload: string } | { kind: "entry"; id: string } | { kind: "legacy" };

/** A stored value; undefined when absent or when storage is off (some browsers throw on access). */
function stored(storage: () => Storage, key: string): string | undefined {
  try {
    return storage().getItem(key) || undefined;
  } catch {
    return undefined;
  }
}

/** An embed shows only what its address says: a share link's timeline, never the library's. */
export function startingTimeline({ hash = window.location.hash, embed = false } = {}): StartingTimeline | undefined {
  if (hash.startsWith("#t=")) return { kind: "shared", payload: hash.slice(3) };
  if (embed) return undefined;
  if (stored(() => localStorage, LEGACY_KEY) !== undefined) return { kind: "legacy" };
  const id = stored(() => localStorage, CURRENT_KEY);
  return id ? { kind: "entry", id } : undefined;
}

/** Back to the bundled timeline: the pointer to the library's timeline goes, never the timeline. */
export function forgetCurrentEntry(): void {
  try {
    localStorage.removeItem(CURRENT_KEY);
  } catch {
    // Storage off: nothing to forget.
  }
}
