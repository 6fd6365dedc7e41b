import { startTransition, useEffect, useState } from "react";

/**
 * False until the first frame of the component has been painted, then true: for a part of a view
 * that is below the first screen, so that opening a timeline draws what the reader sees first and
 * builds the rest a moment later (the event list's rows, measured as they are drawn, forced the
 * browser to lay the page out twice more before the chart could be shown). The rest is built as a
 * transition, which React renders in slices of a few milliseconds: at 10,000 events, building it in
 * one go held the page for 45–65 ms just as the reader's first wheel or drag arrived.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callback runs before it is painted; the task after it, once it has been.
    const after = () => (timer = setTimeout(() => startTransition(() => setPainted(true)), 0));
    const frame = typeof requestAnimationFrame === "function" ? requestAnimationFrame(after) : (after(), undefined);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
