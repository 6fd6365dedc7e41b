import { useLayoutEffect, useMemo, useRef } from "react";
import { select, zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from "d3";
import { pxOfDay, timeScale, viewportOfScale, type TimeScale } from "../layout/timeScale";
import type { Viewport } from "../layout/types";
import { useLatest } from "../hooks/useLatest";
import { spanOf, type ViewportLimits } from "../layout/viewport";

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
  /** Editing: a press on a mark starts dragging the mark, not panning the view. */
  marksDraggable?: boolean;
}

/**
 * d3-zoom interprets gestures (wheel, drag, pinch, double-click) and nothing else: the viewport in
 * app state is the one source of truth. Gestures dispatch a new viewport; a viewport changed by
 * anything else (keys, buttons, URL) is pushed back into d3-zoom's transform without an event loop
 * (mbostock's advice in d3-zoom#61).
 */
export function useZoomBehavior<E extends SVGSVGElement>({ widthPx, heightPx, viewport, limits, onViewport, wheelNeedsModifier, onPlainWheel, marksDraggable }: Options) {
  const ref = useRef<E>(null);
  const onViewportRef = useLatest(onViewport);
  const onPlainWheelRef = useLatest(onPlainWheel);
  const marksDraggableRef = useLatest(marksDraggable);
  // The base scale covers everything the view may ever show; a transform picks a window of it.
  const baseX = useMemo(() => timeScale({ startDay: limits.minDay, endDay: limits.maxDay - 1 }, widthPx), [limits.minDay, limits.maxDay, widthPx]);
  // A double-click zooms in at once, as the buttons and keys do: d3's animated one would run a d3
  // transition, which the build leaves out (scripts/withoutD3Transitions.ts), and it ignored
  // prefers-reduced-motion.
  const behaviour = useMemo(() => d3zoom<E, unknown>().duration(0), []);

  // Layout effects, here and below: d3 must hold the rendered viewport before the next wheel or
  // drag event. React runs plain effects after paint when the render came from a wheel, a timer or
  // an animation frame (a viewport tween), and an event in between would start from the old view.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const baseSpan = limits.maxDay - limits.minDay;
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
        if (marksDraggableRef.current && (event.type === "mousedown" || event.type === "touchstart") && (event.target as Element).closest?.("[data-event-id]")) return false;
        // d3's default: no secondary button, no Ctrl-click (except Ctrl-wheel, which is pinch-zoom).
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === "wheel") && !mouse.button;
      })
      .on("zoom", (event: D3ZoomEvent<E, unknown>) => {
        // No sourceEvent: our own transform push below; ignore it. A wheel or a drag is a
        // continuous event to React: a burst of them renders once, in a task of its scheduler.
        if (event.sourceEvent) onViewportRef.current(viewportOf(event.transform, baseX));
      });
    const selection = select(element).call(behaviour);
    return () => void selection.on(".zoom", null);
  }, [behaviour, baseX, widthPx, heightPx, limits, wheelNeedsModifier, onViewportRef, onPlainWheelRef, marksDraggableRef]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // After a gesture d3 already holds this transform. Pushing it anyway, while the wheel gesture is
    // still open (150 ms), re-emits "zoom" with the wheel as its source event: the app took that for
    // the reader's input and set the viewport again, a loop of four or five layouts per wheel step
    // at 10,000 events.
    if (sameViewport(viewportOf(zoomTransform(element), baseX), viewport)) return;
    select(element).call(behaviour.transform, transformFor(viewport, baseX));
  }, [behaviour, viewport, baseX]);

  return ref;
}

/** The viewport a d3 transform shows on the base scale. */
export function viewportOf(transform: ZoomTransform, baseX: TimeScale): Viewport {
  // What d3's rescaleX does: the days now under the base scale's ends.
  const [start, end] = baseX.range().map((px) => baseX.invert(transform.invertX(px)));
  return viewportOfScale(baseX.domain([start, end]));
}

/** The d3 transform that shows a viewport on the base scale. */
export function transformFor(viewport: Viewport, baseX: TimeScale): ZoomTransform {
  const k = spanOf(viewportOfScale(baseX)) / spanOf(viewport);
  return zoomIdentity.scale(k).translate(-pxOfDay(baseX, viewport.startDay), 0);
}

/**
 * The same view to well under a thousandth of a pixel. A transform turned into a viewport and back
 * comes back a hair different (floating point); a millionth of a day is 4e-4 px at the closest zoom
 * (3 days across 1,200 px). Across billions of years a millionth of the span is the measure instead.
 */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  const toleranceDays = Math.max(1e-6, (b.endDay - b.startDay) * 1e-12);
  return Math.abs(a.startDay - b.startDay) <= toleranceDays && Math.abs(a.endDay - b.endDay) <= toleranceDays;
}
