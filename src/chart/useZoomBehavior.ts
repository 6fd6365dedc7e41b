import { useLayoutEffect, useMemo, useRef } from "react";
import { select } from "d3-selection";
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3-zoom";
import { linearScale, type LinearScale } from "../layout/linearScale";
import type { Viewport } from "../layout/types";
import { useLatest } from "../state/useLatest";
import { onceATask } from "./once";
import { spanOf, type ViewportLimits } from "../state/zoom";

interface Options {
  widthPx: number;
  heightPx: number;
  viewport: Viewport;
  limits: ViewportLimits;
  onViewport: (viewport: Viewport) => void;
  /** Embedded in a host page: the wheel scrolls the page unless Ctrl or ⌘ is held. */
  wheelNeedsModifier?: boolean;
  /** Told when a plain wheel was let through, so the view can explain how to zoom. */
  onPlainWheel?: () => void;
}

/**
 * d3-zoom interprets gestures (wheel, drag, pinch, double-click) and nothing else: the viewport in
 * app state is the one source of truth. Gestures dispatch a new viewport; a viewport changed by
 * anything else (keys, buttons, URL) is pushed back into d3-zoom's transform without an event loop
 * (mbostock's advice in d3-zoom#61).
 */
export function useZoomBehavior<E extends SVGSVGElement>({ widthPx, heightPx, viewport, limits, onViewport, wheelNeedsModifier, onPlainWheel }: Options) {
  const ref = useRef<E>(null);
  const onViewportRef = useLatest(onViewport);
  const onPlainWheelRef = useLatest(onPlainWheel);
  // The base scale covers everything the view may ever show; a transform picks a window of it.
  const baseX = useMemo(() => linearScale([limits.minDay, limits.maxDay], [0, widthPx]), [limits.minDay, limits.maxDay, widthPx]);
  const behaviour = useMemo(() => d3zoom<E, unknown>(), []);
  /** A gesture's viewport, not yet rendered. */
  const gestureViewport = useRef<Viewport | undefined>(undefined);

  // Layout effects, here and below: d3 must hold the rendered viewport before the next wheel or
  // drag event, and Preact runs plain effects only after a frame.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const baseSpan = limits.maxDay - limits.minDay;
    // A gesture's viewport is rendered in a task of its own, not inside the input event, as React's
    // scheduler did: Preact renders in the event's microtask, and at 10,000 events the render, the
    // canvas paint and the page's layout then fell in one frame (28 of ~450 zoom frames over budget;
    // 10 with the render in a task, 9 on React). Events before that task render once, the last.
    const dispatchGesture = onceATask(() => {
      const next = gestureViewport.current;
      gestureViewport.current = undefined;
      if (next) onViewportRef.current(next);
    });
    behaviour
      .scaleExtent([baseSpan / limits.maxSpanDays, baseSpan / limits.minSpanDays])
      .extent([
        [0, 0],
        [widthPx, heightPx],
      ])
      .translateExtent([
        [0, 0],
        [widthPx, heightPx],
      ])
      .filter((event: Event) => {
        if (event.type === "wheel" && wheelNeedsModifier) {
          const wheel = event as WheelEvent;
          if (!wheel.ctrlKey && !wheel.metaKey) {
            onPlainWheelRef.current?.();
            return false;
          }
        }
        // d3's default: no secondary button, no Ctrl-click (except Ctrl-wheel, which is pinch-zoom).
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === "wheel") && !mouse.button;
      })
      .on("zoom", (event: D3ZoomEvent<E, unknown>) => {
        // No sourceEvent: our own transform push below; ignore it.
        if (!event.sourceEvent) return;
        gestureViewport.current = viewportOf(event.transform, baseX);
        dispatchGesture.request();
      });
    const selection = select(element).call(behaviour);
    return () => {
      selection.on(".zoom", null);
      // A step measured against the old scale is dropped: the view is laid out afresh anyway.
      dispatchGesture.cancel();
      gestureViewport.current = undefined;
    };
  }, [behaviour, baseX, widthPx, heightPx, limits, wheelNeedsModifier, onViewportRef, onPlainWheelRef]);

  useLayoutEffect(() => {
    const element = ref.current;
    // A gesture's viewport is on its way: d3 holds it already, and this render's is older.
    if (!element || gestureViewport.current) return;
    const wanted = transformFor(viewport, baseX);
    // After a gesture d3 already holds this transform. Pushing it anyway, while the wheel gesture is
    // still open (150 ms), re-emits "zoom" with the wheel as its source event: the app took that for
    // the reader's input and set the viewport again, a loop of four or five layouts per wheel step
    // at 10,000 events (issue 8).
    if (sameTransform(zoomTransform(element), wanted)) return;
    select(element).call(behaviour.transform, wanted);
  }, [behaviour, viewport, baseX]);

  return ref;
}

/** The viewport a d3 transform shows on the base scale (what transform.rescaleX(baseX).domain() gives). */
export function viewportOf(transform: ZoomTransform, baseX: LinearScale): Viewport {
  const [r0, r1] = baseX.range;
  return { startDay: baseX.invert(transform.invertX(r0)), endDay: baseX.invert(transform.invertX(r1)) - 1 };
}

/** The d3 transform that shows a viewport on the base scale. */
export function transformFor(viewport: Viewport, baseX: LinearScale): ZoomTransform {
  const [d0, d1] = baseX.domain;
  const k = (d1 - d0) / spanOf(viewport);
  return zoomIdentity.scale(k).translate(-baseX(viewport.startDay), 0);
}

/** Equal up to float noise: a transform derived from a viewport derived from it comes back a hair different. */
export function sameTransform(a: Pick<ZoomTransform, "k" | "x" | "y">, b: Pick<ZoomTransform, "k" | "x" | "y">): boolean {
  const close = (p: number, q: number) => Math.abs(p - q) <= 1e-9 * Math.max(1, Math.abs(p), Math.abs(q));
  return close(a.k, b.k) && close(a.x, b.x) && close(a.y, b.y);
}
