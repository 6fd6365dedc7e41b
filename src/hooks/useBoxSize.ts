import { useLayoutEffect, useRef, useState } from "react";

/** Width and height of a box, kept current with a ResizeObserver (useChartDimensions, in two dimensions). */
export function useBoxSize<T extends HTMLElement>(fallback = { widthPx: 1280, heightPx: 400 }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (widthPx: number, heightPx: number) => {
      // A hidden box measures 0: keep the last good size until it is shown.
      if (widthPx > 0 && heightPx > 0) setSize((s) => (s.widthPx === Math.round(widthPx) && s.heightPx === Math.round(heightPx) ? s : { widthPx: Math.round(widthPx), heightPx: Math.round(heightPx) }));
    };
    const box = element.getBoundingClientRect();
    update(box.width, box.height);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => update(entries[0].contentRect.width, entries[0].contentRect.height));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}
