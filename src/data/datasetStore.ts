/**
 * The last dataset the reader opened survives a reload in localStorage, as our own JSON, so it is
 * validated again when it comes back (nothing stored is trusted).
 */
const KEY = "diplomacy-timeline:opened-dataset";

export interface StoredDataset {
  name: string;
  /** Our JSON format, as `toOurJson` writes it. */
  text: string;
  savedAt: string;
}

function storage(): Storage | undefined {
  try {
    return typeof window !== "undefined" ? window.localStorage : undefined;
  } catch {
    // Some browsers throw on access when storage is disabled.
    return undefined;
  }
}

export function loadStoredDataset(): StoredDataset | undefined {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<StoredDataset>;
    return typeof value?.name === "string" && typeof value.text === "string" ? { name: value.name, text: value.text, savedAt: String(value.savedAt ?? "") } : undefined;
  } catch {
    return undefined;
  }
}

/** Keep a dataset across reloads; says why not when it cannot (too large for the browser, or storage off). */
export function storeDataset(name: string, text: string): { ok: true } | { ok: false; reason: string } {
  const store = storage();
  if (!store) return { ok: false, reason: "this browser does not allow the page to store data" };
  try {
    store.setItem(KEY, JSON.stringify({ name, text, savedAt: new Date().toISOString() }));
    return { ok: true };
  } catch {
    return { ok: false, reason: "it is too large for the browser's storage" };
  }
}

export function clearStoredDataset(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
