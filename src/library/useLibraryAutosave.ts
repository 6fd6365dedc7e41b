import { useCallback, useEffect, useRef, useState } from "react";
import type { Dataset, Issue } from "../domain/types";
import { useLatest } from "../hooks/useLatest";
import { setCurrentEntry } from "./currentTimeline";
import { announceLibraryChange, onLibraryChange } from "./libraryChannel";
import type { LibraryEntry, LibraryProblem } from "./libraryStore";

/** The timeline on screen, as far as saving it goes. */
export interface ShownTimeline {
  /** A new number for each timeline put on screen; the dataset changing under the same number is an edit. */
  loadId: number;
  dataset: Dataset;
  /** The dataset as this load put it on screen (the one on screen differs after an edit). */
  loadedDataset?: Dataset;
  name: string;
  origin: "bundled" | "url" | "opened" | "shared";
  /** The library entry it was opened from. */
  library?: { id: string; revision: number };
}

/** Shows a library entry on screen (DataControls.open, after the entry's text is imported). */
export type OpenEntry = (dataset: Dataset, issues: Issue[], eventCount: number, name: string, library?: { id: string; revision: number }) => void;

/** What the reader is told about saving; undefined while all is well. */
export type LibraryStatus =
  | { kind: "problem"; problem: LibraryProblem; message: string }
  /** Another tab saved this timeline since this tab loaded it. */
  | { kind: "out-of-date"; unsaved: boolean };

export interface LibraryStatusActions {
  /** Show the library's latest version of the timeline on screen (another tab's). */
  loadLatest(): void;
  /** Keep what is on screen as a new library entry (after a conflict, or when the entry was deleted). */
  saveAsCopy(): void;
}

interface Tracked {
  loadId: number;
  entry?: { id: string; revision: number };
  /** The dataset the library holds for this load (nothing to save while it is the one on screen). */
  saved?: Dataset;
  name: string;
  /** A save was refused (conflict, deleted): no further save overwrites anything until the reader chooses. */
  stopped?: boolean;
}

/** Our JSON of the dataset, and how the library lists it. */
async function contentOf(dataset: Dataset, name: string) {
  const { toOurJson } = await import("../export");
  return { title: dataset.title, name, eventCount: dataset.events.length, text: toOurJson(dataset) };
}

/** An entry's text imported, then shown; says why not when it cannot be read. */
export async function openLibraryEntry(entry: LibraryEntry, open: OpenEntry): Promise<{ ok: true } | { ok: false; why: string }> {
  const { importAny } = await import("../import");
  const result = importAny(entry.text, { format: "dataset", fileName: entry.name });
  if (!result.dataset) {
    const first = result.issues.find((i) => i.severity === "error") ?? result.issues[0];
    return { ok: false, why: first ? `${first.path}: ${first.message}` : "it is not a timeline this version can read" };
  }
  open(result.dataset, result.issues, result.eventCount, entry.name, { id: entry.id, revision: entry.revision });
  return { ok: true };
}

/**
 * Every change autosaves: a timeline the reader opened (file, paste, article) is added to the
 * library when it is shown, and any edit of the timeline on screen is saved, to its entry, or as a
 * new one (an edit of the bundled timeline or of a `?data=` one). Saves run one after another, each
 * over the revision the last one wrote; a save over a revision another tab wrote is refused and
 * said, and this tab says when another saved the timeline it shows. The library code (IndexedDB)
 * loads at the first save: the bundled timeline, untouched, never loads it.
 */
export function useLibraryAutosave(shown: ShownTimeline | undefined, open: OpenEntry): [LibraryStatus | undefined, LibraryStatusActions] {
  const [status, setStatus] = useState<LibraryStatus | undefined>();
  const tracked = useRef<Tracked | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useLatest(shown);

  const save = useCallback((t: Tracked, dataset: Dataset, asNew = false) => {
    queue.current = queue.current.then(async () => {
      if (t.stopped && !asNew) return;
      const [content, store] = await Promise.all([contentOf(dataset, t.name), import("./libraryStore")]);
      try {
        const entry = t.entry && !asNew ? await store.saveEntry(t.entry.id, content, t.entry.revision) : await store.addEntry(content);
        t.entry = { id: entry.id, revision: entry.revision };
        t.saved = dataset;
        announceLibraryChange({ kind: "saved", id: entry.id, revision: entry.revision });
        t.stopped = false;
        if (tracked.current === t) {
          setCurrentEntry(entry.id);
          setStatus(undefined);
        }
      } catch (error) {
        const problem = store.libraryError(error);
        if (problem.problem === "conflict" || problem.problem === "missing") t.stopped = true;
        if (tracked.current === t) setStatus({ kind: "problem", problem: problem.problem, message: problem.message });
      }
    });
  }, []);

  const loadId = shown?.loadId;
  const dataset = shown?.dataset;
  useEffect(() => {
    const now = latest.current;
    if (!now) return;
    let t = tracked.current;
    if (!t || t.loadId !== now.loadId) {
      // What the library holds already (an entry as opened), or what is not the reader's to keep
      // (the bundled timeline, a `?data=` or a share link's one, as loaded): only edits of it are saved.
      t = tracked.current = { loadId: now.loadId, entry: now.library && { ...now.library }, saved: now.library || now.origin !== "opened" ? (now.loadedDataset ?? now.dataset) : undefined, name: now.name };
      setStatus(undefined);
      if (now.library) setCurrentEntry(now.library.id);
    }
    // Nothing to save: the library already holds it, or it is the bundled or a `?data=` timeline as loaded.
    if (t.saved === now.dataset) return;
    save(t, now.dataset);
  }, [loadId, dataset, save, latest]);

  // Another tab saved (or deleted) the timeline on screen.
  useEffect(
    () =>
      onLibraryChange((change) => {
        const t = tracked.current;
        if (!t?.entry || change.id !== t.entry.id) return;
        if (change.kind === "removed") return; // said when this tab next saves (it offers a copy)
        if (change.revision > t.entry.revision || change.revision === 0) setStatus({ kind: "out-of-date", unsaved: latest.current?.dataset !== t.saved });
      }),
    [latest],
  );

  const actions: LibraryStatusActions = {
    loadLatest: () => {
      const id = tracked.current?.entry?.id;
      if (!id) return;
      void import("./libraryStore").then(async (store) => {
        try {
          const entry = await store.getEntry(id);
          if (!entry || store.isBroken(entry)) return setStatus({ kind: "problem", problem: "missing", message: "the library no longer holds a readable copy of it" });
          const opened = await openLibraryEntry(entry, open);
          if (!opened.ok) setStatus({ kind: "problem", problem: "conflict", message: `the library’s copy could not be read (${opened.why})` });
        } catch (error) {
          setStatus({ kind: "problem", problem: store.libraryError(error).problem, message: store.libraryError(error).message });
        }
      });
    },
    saveAsCopy: () => {
      const t = tracked.current;
      const now = latest.current;
      if (t && now) save(t, now.dataset, true);
    },
  };
  return [status, actions];
}
