import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The height an element may take so that it, and `reservePx` of what follows it, end at the bottom
 * of the window (or of `windowPx`, a height the page was given), never less than `minPx`; undefined
 * when `enabled` is false. Follows the window's size and anything above the element that moves it.
 */
export function useFitHeight(ref: RefObject<HTMLElement | null>, { reservePx, minPx = 280, windowPx, enabled = true }: { reservePx: number; minPx?: number; windowPx?: number; enabled?: boolean }): number | undefined {
  const [heightPx, setHeightPx] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const measure = () => {
      // Where the element starts in the page, whatever the page's scroll.
      const topPx = element.getBoundingClientRect().top + window.scrollY;
      setHeightPx(Math.max(minPx, Math.floor((windowPx ?? window.innerHeight) - topPx - reservePx)));
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
  }, [ref, reservePx, minPx, windowPx, enabled]);
  return enabled ? heightPx : undefined;
}
