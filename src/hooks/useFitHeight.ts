import { useLayoutEffect, useRef, useState, type RefObject } from "react";
import { useLatest } from "./useLatest";

/**
 * Whether content `contentPx` tall must scroll inside an element for the element, and `reservePx` of
 * what follows it, to end at the bottom of the window (or of `windowPx`, a height the page was
 * given); when it must, the element's max-height is set to that height, never less than `minPx`.
 * False when `enabled` is false. Follows the window's size and anything above the element that moves it.
 *
 * Known at the first render when the content is taller than the whole window less the reserve
 * (the element starts at its top or below): the element's place, measured once it is in the page,
 * then sets only its max-height. A measurement renders again only where it changes whether the
 * content scrolls; always doing so rendered the default view twice before its first paint (23–37 ms).
 */
export function useFitHeight(
  ref: RefObject<HTMLElement | null>,
  { reservePx, minPx = 280, windowPx, enabled = true, contentPx }: { reservePx: number; minPx?: number; windowPx?: number; enabled?: boolean; contentPx: number },
): boolean {
  // The measured height, once it has changed what is shown; until then the most the element could have.
  const [decidedPx, setDecidedPx] = useState<number | undefined>(undefined);
  const scrolls = enabled && contentPx > (decidedPx ?? Math.max(minPx, (windowPx ?? window.innerHeight) - reservePx));
  const measuredPx = useRef<number | undefined>(undefined);
  // What this render shows, for the measurements that come later (a resize, content above that moves).
  const shown = useLatest({ enabled, contentPx, scrolls });
  useLayoutEffect(() => fit(ref.current, { enabled, contentPx, scrolls }, measuredPx.current, setDecidedPx), [ref, enabled, contentPx, scrolls]);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const measure = () => {
      // Where the element starts in the page, whatever the page's scroll.
      const topPx = element.getBoundingClientRect().top + window.scrollY;
      measuredPx.current = Math.max(minPx, Math.floor((windowPx ?? window.innerHeight) - topPx - reservePx));
      fit(element, shown.current, measuredPx.current, setDecidedPx);
    };
    measure();
    window.addEventListener("resize", measure);
    // Content above it that grows or shrinks (a notice, an opened description) moves it.
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(measure);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener("resize", measure);
      observer?.disconnect();
    };
  }, [ref, reservePx, minPx, windowPx, enabled, shown]);
  return scrolls;
}

/** The last measurement applied to what is shown: a render where it changes whether the content scrolls, else the element's max-height. */
function fit(element: HTMLElement | null, { enabled, contentPx, scrolls }: { enabled: boolean; contentPx: number; scrolls: boolean }, fitPx: number | undefined, setDecidedPx: (px: number) => void) {
  if (enabled && fitPx !== undefined && contentPx > fitPx !== scrolls) setDecidedPx(fitPx);
  else if (element) element.style.maxHeight = scrolls && fitPx !== undefined ? `${fitPx}px` : "";
}
