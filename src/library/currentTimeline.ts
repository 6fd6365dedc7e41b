/**
 * Which library entry is on screen, so that a reload shows it again (as the reader expects of a
 * page they were working in). A pointer only: going back to the bundled timeline forgets the
 * pointer, never the timeline. Kept in localStorage, which the page reads synchronously
 * (startingTimeline.ts), so that it knows before its first render whether to wait for the
 * library; the library itself (IndexedDB) loads only then.
 */
// As in startingTimeline.ts (repeated, not imported: that module is in the page's first script,
// and this one in the library's chunk, which would otherwise need it exported from there).
const KEY = "diplomacy-timeline:current";
export const LEGACY_KEY = "diplomacy-timeline:opened-dataset";
export type { StartingTimeline } from "./startingTimeline";

function stores(): Storage[] {
  const found: Storage[] = [];
  // Some browsers throw on access when storage is disabled.
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
