import { useCallback, useState } from "react";
import { record, redo, redoLabel, startHistory, undo, undoLabel, type EditHistory } from "./editHistory";

export interface EditHistoryControls<T> {
  /** The latest version: what the next change builds on. */
  current: T;
  commit(value: T, label: string): void;
  /** Step back; returns the version now current and the change undone, or undefined when there is nothing to undo. */
  undo(): { value: T; label: string } | undefined;
  redo(): { value: T; label: string } | undefined;
  undoLabel?: string;
  redoLabel?: string;
}

/**
 * The editing session's history in React state. Every change goes through `commit`; `onChange`
 * is told each new version to show (the data layer's `edit`).
 */
export function useEditHistory<T>(initial: T, onChange: (value: T) => void): EditHistoryControls<T> {
  const [history, setHistory] = useState<EditHistory<T>>(() => startHistory(initial));
  const commit = useCallback(
    (value: T, label: string) => {
      setHistory((h) => record(h, value, label));
      onChange(value);
    },
    [onChange],
  );
  const step = (move: typeof undo<T>, labelOf: (h: EditHistory<T>) => string | undefined) => {
    const label = labelOf(history);
    if (label === undefined) return undefined;
    const next = move(history);
    setHistory(next);
    onChange(next.present.value);
    return { value: next.present.value, label };
  };
  return {
    current: history.present.value,
    commit,
    undo: () => step(undo, undoLabel),
    redo: () => step(redo, redoLabel),
    undoLabel: undoLabel(history),
    redoLabel: redoLabel(history),
  };
}
