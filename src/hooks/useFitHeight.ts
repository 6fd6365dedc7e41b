import { useLayoutEffect, useRef, useState, type RefObject } from "react";

/**
 * Whether content `contentPx` tall must scroll inside an element for the element, and `reservePx` of
 * what follows it, to end at the bottom of the window (or of `windowPx`, a height the page was
 * given); when it must, the element's max-height is set to that height, never less than `minPx`.
 * False when `enabled` is false. Follows the window's size and anything above the element that moves it.
 *
 * Known at the first render when the content is taller than the whole window less the reserve
 * (the element starts at its top or below): the element's place, measured once it is in the page,
 * then sets only its max-height. A measurement that changed what is drawn rendered the whole view a
 * second time before its first paint (the default view: 23–37 ms).
 */
export function useFitHeight(
  ref: RefObject<HTMLElement | null>,
  { reservePx, minPx = 280, windowPx, enabled = true, contentPx }: { reservePx: number; minPx?: number; windowPx?: number; enabled?: boolean; contentPx: number },
): boolean {
  const [windowHeightPx, setWindowHeightPx] = useState(() => windowPx ?? window.innerHeight);
  // The height measured, once it has been; until then the most the element could have.
  const [decidedPx, setDecidedPx] = useState<number | undefined>(undefined);
  const limitPx = decidedPx ?? Math.max(minPx, (windowPx ?? windowHeightPx) - reservePx);
  const scrolls = enabled && contentPx > limitPx;
  // The last measurement, and the content it is compared with when the element's place changes.
  const measured = useRef<number | undefined>(undefined);
  const content = useRef(contentPx);
  useLayoutEffect(() => {
    content.current = contentPx;
    const fitPx = measured.current;
    // Content that grew past (or shrank below) a height kept without a render: it now decides.
    if (enabled && fitPx !== undefined && contentPx > fitPx !== scrolls) setDecidedPx(fitPx);
    const element = ref.current;
    if (element) element.style.maxHeight = scrolls && fitPx !== undefined ? `${fitPx}px` : "";
  }, [ref, enabled, contentPx, scrolls]);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const measure = () => {
      // Where the element starts in the page, whatever the page's scroll.
      const topPx = element.getBoundingClientRect().top + window.scrollY;
      const windowHeight = windowPx ?? window.innerHeight;
      const fitPx = Math.max(minPx, Math.floor(windowHeight - topPx - reservePx));
      measured.current = fitPx;
      setWindowHeightPx(windowHeight);
      // A new height renders again only when it changes whether the content scrolls.
      setDecidedPx((last) => {
        const before = content.current > (last ?? Math.max(minPx, windowHeight - reservePx));
        return content.current > fitPx === before ? last : fitPx;
      });
      if (content.current > fitPx) element.style.maxHeight = `${fitPx}px`;
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
  return scrolls;
}
