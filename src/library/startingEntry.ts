/**
 * The timeline a page starts with from the library: the entry on screen before a reload, or the
 * one timeline an older version kept in localStorage, moved into the library first. That older
 * copy is removed only once the library holds it.
 */
import { addEntry, getEntry, isBroken, libraryError, type BrokenEntry, type LibraryEntry, type LibraryError, type TimelineContent } from "./libraryStore";
import { announceLibraryChange } from "./libraryChannel";
import { legacyTimelineText, removeLegacyTimeline, setCurrentEntry, type StartingTimeline } from "./currentTimeline";

export type StartingEntry =
  | { kind: "entry"; entry: LibraryEntry }
  /** Stored, but not as an entry can be: kept, for the reader to download. */
  | { kind: "broken"; entry: BrokenEntry }
  /** The pointer names an entry that is gone (deleted in another tab). */
  | { kind: "none" }
  /** The library could not be used; `legacy` is the older storage's timeline, still where it was. */
  | { kind: "failed"; error: LibraryError; legacy?: { name: string; text: string } };

/** Title and event count from our JSON's text, for the library's list (the text is checked when opened). */
export function describeTimelineText(text: string, fallbackTitle: string): { title: string; eventCount: number } {
  try {
    const json = JSON.parse(text) as { title?: unknown; events?: unknown };
    return { title: typeof json?.title === "string" && json.title.trim() ? json.title.trim() : fallbackTitle, eventCount: Array.isArray(json?.events) ? json.events.length : 0 };
  } catch {
    return { title: fallbackTitle, eventCount: 0 };
  }
}

/** The older storage's value: { name, text, savedAt } as it wrote it, or whatever is there. */
function readLegacy(raw: string): { name: string; text: string } {
  try {
    const value = JSON.parse(raw) as { name?: unknown; text?: unknown };
    if (typeof value?.name === "string" && typeof value.text === "string") return { name: value.name, text: value.text };
  } catch {
    // Damaged: kept as it is, so that nothing is lost; opening it will say it cannot be read.
  }
  return { name: "timeline kept by an older version", text: raw };
}

/** Move the older storage's timeline into the library; it is removed from there only once the library has it. */
export async function moveLegacyTimeline(): Promise<LibraryEntry | undefined> {
  const raw = legacyTimelineText();
  if (raw === undefined) return undefined;
  const legacy = readLegacy(raw);
  const content: TimelineContent = { ...describeTimelineText(legacy.text, legacy.name), name: legacy.name, text: legacy.text };
  const entry = await addEntry(content);
  removeLegacyTimeline();
  setCurrentEntry(entry.id);
  announceLibraryChange({ kind: "saved", id: entry.id, revision: entry.revision });
  return entry;
}

export async function startingEntry(start: Exclude<StartingTimeline, { kind: "shared" }>): Promise<StartingEntry> {
  try {
    if (start.kind === "legacy") {
      const moved = await moveLegacyTimeline();
      return moved ? { kind: "entry", entry: moved } : { kind: "none" };
    }
    const found = await getEntry(start.id);
    if (!found) {
      setCurrentEntry(undefined);
      return { kind: "none" };
    }
    return isBroken(found) ? { kind: "broken", entry: found } : { kind: "entry", entry: found };
  } catch (error) {
    const raw = start.kind === "legacy" ? legacyTimelineText() : undefined;
    return { kind: "failed", error: libraryError(error), legacy: raw === undefined ? undefined : readLegacy(raw) };
  }
}
