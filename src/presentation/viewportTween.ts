import { useCallback, useEffect, useState } from "react";
import type { Viewport } from "../layout/types";
import { spanOf } from "../layout/viewport";

/** How long the chart takes to move to the next step. */
export const DEFAULT_TWEEN_MS = 650;

/** Slow in, slow out. */
export const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * A viewport part way (t in 0…1) between two others. The middle moves in a straight line and the
 * span changes geometrically, so zooming out and back in feels even rather than lurching.
 */
export function interpolateViewport(from: Viewport, to: Viewport, t: number): Viewport {
  if (t <= 0) return from;
  if (t >= 1) return to;
  const spanA = spanOf(from);
  const spanB = spanOf(to);
  const span = spanA * (spanB / spanA) ** t;
  const middle = from.startDay + spanA / 2 + (to.startDay + spanB / 2 - (from.startDay + spanA / 2)) * t;
  return { startDay: middle - span / 2, endDay: middle + span / 2 - 1 };
}

const same = (a: Viewport, b: Viewport) => a.startDay === b.startDay && a.endDay === b.endDay;

/**
 * The viewport on screen while it moves towards `target` with requestAnimationFrame, or jumps
 * there at once when `instant` (prefers-reduced-motion). The setter moves it directly (a gesture);
 * the next change of target animates from wherever it is then.
 */
export function useViewportTween(target: Viewport, instant: boolean, durationMs = DEFAULT_TWEEN_MS): [Viewport, (v: Viewport) => void] {
  const animate = !instant && durationMs > 0 && typeof requestAnimationFrame === "function";
  const [move, setMove] = useState({ forTarget: target, from: target, to: target });
  const [progress, setProgress] = useState(1);
  const shown = progress >= 1 ? move.to : interpolateViewport(move.from, move.to, easeInOutCubic(progress));
  if (!same(move.forTarget, target)) {
    // A new target: set off from wherever the view is now (state from the previous render, React's documented pattern).
    setMove({ forTarget: target, from: shown, to: target });
    setProgress(animate ? 0 : 1);
  }

  useEffect(() => {
    if (!animate || same(move.from, move.to)) return;
    let startMs: number | undefined;
    let frame = requestAnimationFrame(function tick(nowMs) {
      startMs ??= nowMs;
      const t = Math.min((nowMs - startMs) / durationMs, 1);
      setProgress(t);
      if (t < 1) frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [move, animate, durationMs]);

  const setNow = useCallback((v: Viewport) => {
    setMove((m) => ({ forTarget: m.forTarget, from: v, to: v }));
    setProgress(1);
  }, []);
  return [shown, setNow];
}
