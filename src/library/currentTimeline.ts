/**
 * Which library entry is on screen, so that a reload shows it again (as the reader expects of a
 * page they were working in). A pointer only: going back to the bundled timeline forgets the
 * pointer, never the timeline. Kept per tab (sessionStorage) and for the next visit
 * (localStorage). Read synchronously, so the page knows before its first render whether to wait
 * for the library; the library itself (IndexedDB) loads only then.
 */
const KEY = "diplomacy-timeline:current";
/** Where the one timeline was kept before the library existed: moved into the library once. */
export const LEGACY_KEY = "diplomacy-timeline:opened-dataset";

function stores(): Storage[] {
  const found: Storage[] = [];
  // Some browsers throw on access when storage is disabled.
  try {
    if (typeof window !== "undefined" && window.sessionStorage) found.push(window.sessionStorage);
  } catch {
    /* none */
  }
  try {
    if (typeof window !== "undefined" && window.localStorage) found.push(window.localStorage);
  } catch {
    /* none */
  }
  return found;
}

export function currentEntryId(): string | undefined {
  for (const store of stores()) {
    try {
      const id = store.getItem(KEY);
      if (id) return id;
    } catch {
      /* unreadable: try the next */
    }
  }
  return undefined;
}

export function setCurrentEntry(id: string | undefined): void {
  for (const store of stores()) {
    try {
      if (id) store.setItem(KEY, id);
      else store.removeItem(KEY);
    } catch {
      // Full or off: the timeline is still in the library, only a reload will not reopen it.
    }
  }
}

/** The timeline kept by an older version of the app in localStorage, as stored (not yet moved). */
export function legacyTimelineText(): string | undefined {
  try {
    return (typeof window !== "undefined" && window.localStorage.getItem(LEGACY_KEY)) || undefined;
  } catch {
    return undefined;
  }
}

export function removeLegacyTimeline(): void {
  try {
    window.localStorage.removeItem(LEGACY_KEY);
  } catch {
    // Nothing to remove.
  }
}

/**
 * What the page starts with: a timeline carried in the address (a share link, `#t=`), a library
 * entry, the older storage's timeline to move, or none. An embed shows only what its address says.
 */
export type StartingTimeline = { kind: "shared"; payload: string } | { kind: "entry"; id: string } | { kind: "legacy" };

export function startingTimeline({ hash = typeof window !== "undefined" ? window.location.hash : "", embed = false } = {}): StartingTimeline | undefined {
  const payload = sharedPayload(hash);
  if (payload !== undefined) return { kind: "shared", payload };
  if (embed) return undefined;
  if (legacyTimelineText() !== undefined) return { kind: "legacy" };
  const id = currentEntryId();
  return id ? { kind: "entry", id } : undefined;
}

/** The share link's payload in a hash (`#t=…`); kept here, small, so the page knows at once. */
function sharedPayload(hash: string): string | undefined {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  return text.startsWith("t=") ? text.slice(2) : undefined;
}
