/**
 * The reader's library of timelines, in IndexedDB (through `idb`). Each entry is a timeline in our
 * own JSON (as `toOurJson` writes it), so it is validated again whenever it is opened: nothing
 * stored is trusted. Every save carries the revision it started from, and a save over a newer
 * revision (another tab saved meanwhile) is refused, never done silently. Entries are removed only
 * by `remove`, the reader's Delete; an entry that cannot be read stays, to be downloaded.
 *
 * Callers tell other tabs what changed (libraryChannel.ts). This module (and idb) loads only when
 * the library is used: the default view does not carry it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

export const DB_NAME = "diplomacy-timeline";
const DB_VERSION = 1;
const STORE = "timelines";

/** One timeline in the library. */
export interface LibraryEntry {
  id: string;
  /** The timeline's title, as listed. */
  title: string;
  /** The file (or article) it first came from. */
  name: string;
  eventCount: number;
  /** Our JSON. */
  text: string;
  /** 1 when added, one more with each save. */
  revision: number;
  createdAt: string;
  changedAt: string;
}

/** A stored value that is not a well-formed entry (damaged, or written by another version): kept, offered for download. */
export interface BrokenEntry {
  id: string;
  broken: true;
  /** What there is of it, as text, for the download. */
  text: string;
}

/** What the library lists: readable entries and broken ones, most recently changed first. */
export type ListedEntry = LibraryEntry | BrokenEntry;

export const isBroken = (entry: ListedEntry): entry is BrokenEntry => "broken" in entry;

interface LibrarySchema extends DBSchema {
  timelines: { key: string; value: LibraryEntry };
}

export type LibraryProblem = "quota" | "blocked" | "unavailable" | "newer" | "conflict" | "missing";

/** Why the library could not do something, with the words for the reader. */
export class LibraryError extends Error {
  constructor(
    readonly problem: LibraryProblem,
    message: string,
    /** For a conflict: the newer entry another tab saved. */
    readonly current?: LibraryEntry,
  ) {
    super(message);
    this.name = "LibraryError";
  }
}

const MESSAGES: Record<Exclude<LibraryProblem, "conflict" | "missing">, string> = {
  quota: "the browser’s storage for this site is full. Delete timelines you no longer need from the Library, or download this one to keep it",
  blocked: "the library is held by another tab of this app running an older version. Close the other tabs of this app, then reload",
  unavailable: "this browser does not let the page keep data (private browsing, or storage turned off for this site)",
  newer: "the library was written by a newer version of this app. Reload the page to get it",
};

/** The reader's words for whatever went wrong, from a DOMException or our own error. */
export function libraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = (error as { name?: string } | undefined)?.name;
  if (name === "QuotaExceededError") return new LibraryError("quota", MESSAGES.quota);
  if (name === "VersionError") return new LibraryError("newer", MESSAGES.newer);
  return new LibraryError("unavailable", MESSAGES.unavailable);
}

let opening: Promise<IDBPDatabase<LibrarySchema>> | undefined;

/** The database, opened once per page; a failure can be retried. */
function database(): Promise<IDBPDatabase<LibrarySchema>> {
  opening ??= new Promise<IDBPDatabase<LibrarySchema>>((resolve, reject) => {
    let factory: IDBFactory | undefined;
    try {
      factory = globalThis.indexedDB;
    } catch {
      // Some browsers throw on access when storage is disabled.
    }
    if (!factory) return reject(new LibraryError("unavailable", MESSAGES.unavailable));
    openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "id" });
      },
      // Another tab holds an older version open and does not let go: say so rather than wait forever.
      blocked: () => reject(new LibraryError("blocked", MESSAGES.blocked)),
      // A newer version of the app in another tab needs the database: let it have it.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        opening = undefined;
      },
      terminated: () => {
        opening = undefined;
      },
    }).then(resolve, (error: unknown) => reject(libraryError(error)));
  }).catch((error: unknown) => {
    opening = undefined;
    throw libraryError(error);
  });
  return opening;
}

/** Runs `work`, turning any failure into a LibraryError. */
async function guarded<T>(work: (db: IDBPDatabase<LibrarySchema>) => Promise<T>): Promise<T> {
  try {
    return await work(await database());
  } catch (error) {
    throw libraryError(error);
  }
}

/**
 * A read-write transaction. Its `done` is awaited where it completes; where the transaction is
 * aborted on purpose (a refused save) or fails, the error reaches the caller through the request,
 * so `done` must not also surface as an unhandled rejection.
 */
function writing(db: IDBPDatabase<LibrarySchema>) {
  const tx = db.transaction(STORE, "readwrite");
  tx.done.catch(() => undefined);
  return tx;
}

const isString = (v: unknown): v is string => typeof v === "string";

/** A stored value as an entry, or as a broken one (nothing stored is trusted). */
function readEntry(key: string, value: unknown): ListedEntry {
  const v = value as Partial<LibraryEntry> | null;
  if (v && typeof v === "object" && v.id === key && isString(v.title) && isString(v.name) && isString(v.text) && Number.isInteger(v.revision) && Number.isFinite(v.eventCount) && isString(v.changedAt)) {
    return { id: key, title: v.title, name: v.name, eventCount: v.eventCount!, text: v.text, revision: v.revision!, createdAt: isString(v.createdAt) ? v.createdAt : v.changedAt, changedAt: v.changedAt };
  }
  let text: string;
  try {
    text = v && typeof v === "object" && isString(v.text) ? v.text : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return { id: key, broken: true, text };
}

export function listEntries(): Promise<ListedEntry[]> {
  return guarded(async (db) => {
    const tx = db.transaction(STORE);
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const entries = keys.map((key, i) => readEntry(String(key), values[i]));
    const time = (e: ListedEntry) => (isBroken(e) ? "" : e.changedAt);
    return entries.sort((a, b) => time(b).localeCompare(time(a)));
  });
}

/** The entry, or undefined when there is none by that id; a broken one is returned as such. */
export function getEntry(id: string): Promise<ListedEntry | undefined> {
  return guarded(async (db) => {
    const value = await db.get(STORE, id);
    return value === undefined ? undefined : readEntry(id, value);
  });
}

const newId = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

export interface TimelineContent {
  title: string;
  name: string;
  eventCount: number;
  text: string;
}

/** A new entry (revision 1). */
export async function addEntry(content: TimelineContent): Promise<LibraryEntry> {
  const now = new Date().toISOString();
  const entry: LibraryEntry = { id: newId(), ...content, revision: 1, createdAt: now, changedAt: now };
  await guarded(async (db) => {
    const tx = writing(db);
    await Promise.all([tx.store.add(entry), tx.done]);
  });
  return entry;
}

/**
 * Save new content over revision `baseRevision` of the entry. Refused with a "conflict" (carrying
 * the newer entry) when the stored revision is another, and with "missing" when it was deleted.
 */
export async function saveEntry(id: string, content: Partial<TimelineContent>, baseRevision: number): Promise<LibraryEntry> {
  const saved = await guarded(async (db) => {
    const tx = writing(db);
    const stored = await tx.store.get(id);
    if (stored === undefined) {
      tx.abort();
      throw new LibraryError("missing", "it was deleted from the library (perhaps in another tab)");
    }
    const current = readEntry(id, stored);
    if (isBroken(current)) {
      tx.abort();
      throw new LibraryError("conflict", "the library’s copy cannot be read, so it is not overwritten");
    }
    if (current.revision !== baseRevision) {
      tx.abort();
      throw new LibraryError("conflict", "it was changed in another tab since this tab loaded it", current);
    }
    const next: LibraryEntry = { ...current, ...content, revision: current.revision + 1, changedAt: new Date().toISOString() };
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  }).catch((error: unknown) => {
    // An aborted transaction rejects too: the reason is the error thrown above.
    throw libraryError(error);
  });
  return saved;
}

/** The title in an entry's JSON too, so that opening it shows the new title. */
function retitled(text: string, title: string): string | undefined {
  try {
    const json = JSON.parse(text) as unknown;
    if (!json || typeof json !== "object" || Array.isArray(json)) return undefined;
    return `${JSON.stringify({ ...(json as object), title }, null, 2)}\n`;
  } catch {
    return undefined;
  }
}

export async function renameEntry(entry: LibraryEntry, title: string): Promise<LibraryEntry> {
  const text = retitled(entry.text, title);
  return saveEntry(entry.id, text ? { title, text } : { title }, entry.revision);
}

export async function duplicateEntry(entry: LibraryEntry, title = `Copy of ${entry.title}`): Promise<LibraryEntry> {
  return addEntry({ title, name: entry.name, eventCount: entry.eventCount, text: retitled(entry.text, title) ?? entry.text });
}

/** The reader's Delete; gives back what was removed, so that it can be put back (Undo). */
export async function removeEntry(id: string): Promise<unknown> {
  const removed = await guarded(async (db) => {
    const tx = writing(db);
    const value = await tx.store.get(id);
    await Promise.all([tx.store.delete(id), tx.done]);
    return value;
  });
  return removed;
}

/** Undo of a Delete: the stored value back as it was (broken ones too). */
export async function restoreEntry(value: unknown, id: string): Promise<void> {
  await guarded(async (db) => {
    const tx = writing(db);
    // A broken value may lack its key: it goes back under the key it had.
    const restored = value && typeof value === "object" && (value as { id?: unknown }).id === id ? value : { id, broken: true, value };
    await Promise.all([tx.store.put(restored as LibraryEntry), tx.done]);
  });
}

/** For tests: forget the open connection (after the database was deleted). */
export function closeLibraryForTests(): void {
  void opening?.then((db) => db.close(), () => undefined);
  opening = undefined;
}
