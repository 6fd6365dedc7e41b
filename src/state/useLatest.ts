import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * A ref that always holds this render's value, for listeners attached once (document keys, d3-zoom)
 * that must call the current callback. Updated in a layout effect, not a plain one: Preact runs
 * plain effects only after the next frame, and a held key or a wheel sends events sooner.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
