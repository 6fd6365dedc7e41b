import { useCallback, useRef, useState } from "react";
import type { EditSessionApi } from "./EditSession";
import { editorModule } from "./editorModule";
import type { MarkDrag } from "../chart/TimelineChart";
import { useLazyModule } from "../hooks/useLazyModule";

/**
 * The view's side of editing, small enough for the page's first script: whether the editing bar
 * shows, the editor's code once asked for, and a way to call it that waits for it to arrive.
 */
export function useEditorBridge(enabled: boolean) {
  const [active, setActive] = useState(false);
  // Once started, the session stays (hidden when not active) so its history outlives "Done".
  const [started, setStarted] = useState(false);
  const module = useLazyModule(editorModule, enabled && started);
  const api = useRef<EditSessionApi | null>(null);
  const pending = useRef<((api: EditSessionApi) => void) | undefined>(undefined);
  const apiRef = useCallback((handle: EditSessionApi | null) => {
    api.current = handle;
    const waiting = pending.current;
    if (handle && waiting) {
      pending.current = undefined;
      waiting(handle);
    }
  }, []);
  /** Run `action` with the editor, starting it (and loading its code) first when needed. */
  const withEditor = useCallback((action: (api: EditSessionApi) => void) => {
    setActive(true);
    setStarted(true);
    if (api.current) action(api.current);
    else pending.current = action;
  }, []);
  const start = useCallback(() => {
    setActive(true);
    setStarted(true);
  }, []);
  const stop = useCallback(() => setActive(false), []);
  /** A press on a mark in editing: followed as a drag once the editor's code is here. */
  const followDrag = useCallback(
    (press: React.PointerEvent, drag: MarkDrag) => editorModule.loaded()?.followMarkDrag(press, drag, (id, days, part) => withEditor((api) => api.moveDate(id, days, part))),
    [withEditor],
  );
  return { active: enabled && active, EditSession: module?.EditSession, apiRef, withEditor, start, stop, followDrag };
}
