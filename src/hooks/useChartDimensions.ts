import { useLayoutEffect, useRef, useState } from "react";

/** The width a chart gets while its container, hidden, measures 0 and none was measured before. */
const HIDDEN_FALLBACK_WIDTH_PX = 800;

/**
 * The width of a container, kept current with a ResizeObserver, so the chart follows its column
 * and renders right when first shown inside a hidden tab or collapsed section. Undefined until the
 * container has been measured (before the first paint), or `initialWidthPx` when the caller knows
 * it: laying out thousands of events at a guessed width only to do it again at the real one doubled
 * the first render. Measured again before the first paint either way.
 */
export function useChartDimensions<T extends HTMLElement>(initialWidthPx?: number) {
  const ref = useRef<T>(null);
  const [widthPx, setWidthPx] = useState<number | undefined>(initialWidthPx);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number) => {
      // A hidden container measures 0: keep the last good width (at first, the fallback) until it is shown.
      setWidthPx((last) => (width > 0 ? Math.round(width) : (last ?? HIDDEN_FALLBACK_WIDTH_PX)));
    };
    update(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => update(entries[0].contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, widthPx };
}
