/**
 * Undo and redo over whole versions of the dataset: every change (a field saved, a mark dragged,
 * an event deleted) makes a new version, so undoing any of them is the same step back. Pure: the
 * hook (useEditHistory) holds one of these in React state.
 */

/** A version, with the words for the change that made it ("Moved “Singapore summit”"). */
export interface Version<T> {
  value: T;
  label: string;
}

export interface EditHistory<T> {
  past: Version<T>[];
  present: Version<T>;
  future: Version<T>[];
}

/** Versions kept to undo; older ones are dropped first. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(value: T): EditHistory<T> {
  return { past: [], present: { value, label: "" }, future: [] };
}

/** A change: the new version becomes the present, and what had been undone can no longer be redone. */
export function record<T>(history: EditHistory<T>, value: T, label: string, limit = HISTORY_LIMIT): EditHistory<T> {
  if (value === history.present.value) return history;
  return { past: [...history.past, history.present].slice(-limit), present: { value, label }, future: [] };
}

export function undo<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: EditHistory<T>): EditHistory<T> {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

/** The change an undo would take back, or undefined when there is none. */
export const undoLabel = <T>(history: EditHistory<T>) => (history.past.length > 0 ? history.present.label : undefined);
/** The change a redo would make again, or undefined when there is none. */
export const redoLabel = <T>(history: EditHistory<T>) => history.future[0]?.label;
