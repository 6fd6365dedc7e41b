import type { FieldChoice } from "../import/fieldChoice";

/**
 * The title, date and group fields a reader chose for a file, remembered for files of the same
 * shape (the same field names, sorted): next month's export of the same spreadsheet opens the same
 * way. Kept in localStorage; what comes back is checked, never trusted.
 */
const KEY = "diplomacy-timeline:field-choices";
/** The most shapes remembered; the oldest choice goes first. */
const MAX_SHAPES = 50;

function storage(): Storage | undefined {
  try {
    return typeof window !== "undefined" ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

function readAll(): [string, FieldChoice][] {
  try {
    const raw = storage()?.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry): [string, FieldChoice][] => {
      if (!Array.isArray(entry) || typeof entry[0] !== "string" || entry[1] === null || typeof entry[1] !== "object") return [];
      const choice: FieldChoice = {};
      for (const role of ["title", "date", "group"] as const) {
        const name: unknown = (entry[1] as Record<string, unknown>)[role];
        if (typeof name === "string") choice[role] = name;
      }
      return [[entry[0], choice]];
    });
  } catch {
    return [];
  }
}

/** The choice remembered for files of this shape, if any. */
export function loadFieldChoice(shape: string): FieldChoice | undefined {
  return readAll().find(([s]) => s === shape)?.[1];
}

/** Remember a choice for files of this shape (quietly not, when storage is off or full). */
export function saveFieldChoice(shape: string, choice: FieldChoice): void {
  const entries = [...readAll().filter(([s]) => s !== shape), [shape, choice] as [string, FieldChoice]].slice(-MAX_SHAPES);
  try {
    storage()?.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Full or refused: the choice still applies to this file, only not remembered.
  }
}
