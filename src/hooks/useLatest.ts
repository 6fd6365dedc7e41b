import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * A ref that always holds this render's value, for listeners attached once (document keys, d3-zoom)
 * that must call the current callback, and for stable callbacks handed to memoised children.
 * Updated in a layout effect, not a plain one: React runs plain effects after paint when a render
 * came from a wheel, a timer or an animation frame, and a listener called in between would still
 * call the previous render's callback.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
