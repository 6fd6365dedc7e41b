import { useLayoutEffect, useRef, useState } from "react";

/**
 * The width of a container, kept current with a ResizeObserver, so the chart follows its column
 * and renders right when first shown inside a hidden tab or collapsed section.
 */
export function useChartDimensions<T extends HTMLElement>(fallbackWidthPx = 800) {
  const ref = useRef<T>(null);
  const [widthPx, setWidthPx] = useState(fallbackWidthPx);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number) => {
      // A hidden container measures 0: keep the last good width until it is shown.
      if (width > 0) setWidthPx(Math.round(width));
    };
    update(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => update(entries[0].contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, widthPx };
}
