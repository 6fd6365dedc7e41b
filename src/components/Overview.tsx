import { memo, useMemo, useRef } from "react";
import type { TimelineEvent } from "../domain/types";
import type { Viewport } from "../layout/types";
import { dayAtPx, pxOfDay, timeScale } from "../layout/timeScale";
import { densityBins } from "../layout/densityBins";
import { panViewport, spanOf, zoomViewport, type ViewportLimits } from "../layout/viewport";

interface Props {
  events: TimelineEvent[];
  /** The whole extent the strip shows (all events). */
  extent: Viewport;
  viewport: Viewport;
  limits: ViewportLimits;
  widthPx: number;
  rangeWords: string;
  onViewport: (viewport: Viewport) => void;
}

const HEIGHT_PX = 36;
const HANDLE_PX = 8;
/** Width of one histogram bar. */
const BIN_PX = 2;

type Drag = { kind: "move" | "left" | "right"; startX: number; start: Viewport };

/**
 * A thin strip with every event and the visible window as a brush: drag it to pan, drag its edges
 * to zoom, click elsewhere to jump. With the keyboard: arrows pan, Shift+arrows resize.
 */
export function Overview({ events, extent, viewport, limits, widthPx, rangeWords, onViewport }: Props) {
  const drag = useRef<Drag | null>(null);
  const x = timeScale(extent, widthPx, { clamp: true });
  const x0 = pxOfDay(x, viewport.startDay);
  const x1 = Math.max(pxOfDay(x, viewport.endDay + 1), x0 + 4);
  const daysPerPx = (extent.endDay + 1 - extent.startDay) / widthPx;

  const onPointerDown = (e: React.PointerEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - rect.left;
    let kind: Drag["kind"] = "move";
    if (Math.abs(px - x0) <= HANDLE_PX) kind = "left";
    else if (Math.abs(px - x1) <= HANDLE_PX) kind = "right";
    else if (px < x0 || px > x1) {
      // Jump: centre the window where the strip was clicked.
      const centre = dayAtPx(x, px);
      const half = spanOf(viewport) / 2;
      onViewport({ startDay: centre - half, endDay: centre + half - 1 });
    }
    drag.current = { kind, startX: e.clientX, start: viewport };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const deltaDays = (e.clientX - d.startX) * daysPerPx;
    const { start } = d;
    if (d.kind === "move") onViewport({ startDay: start.startDay + deltaDays, endDay: start.endDay + deltaDays });
    else if (d.kind === "left") onViewport({ startDay: Math.min(start.startDay + deltaDays, start.endDay - limits.minSpanDays), endDay: start.endDay });
    else onViewport({ startDay: start.startDay, endDay: Math.max(start.endDay + deltaDays, start.startDay + limits.minSpanDays) });
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    onViewport(e.shiftKey ? zoomViewport(viewport, step > 0 ? 1.25 : 0.8, limits) : panViewport(viewport, step * 0.2, limits));
  };

  return (
    <div className="overview">
      <svg
        width={widthPx}
        height={HEIGHT_PX}
        className="overview-strip"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        aria-hidden="true"
      >
        <rect className="overview-bg" width={widthPx} height={HEIGHT_PX} />
        <OverviewDensity events={events} extent={extent} widthPx={widthPx} />
        <rect className="overview-window" x={x0} y={1} width={x1 - x0} height={HEIGHT_PX - 2} rx={3} />
        <rect className="overview-handle" x={x0 - 2} y={8} width={4} height={HEIGHT_PX - 16} rx={2} />
        <rect className="overview-handle" x={x1 - 2} y={8} width={4} height={HEIGHT_PX - 16} rx={2} />
      </svg>
      <button type="button" className="overview-keys" onKeyDown={onKeyDown} aria-label={`Visible range: ${rangeWords}. Left and right arrows move it; with Shift they widen or narrow it.`}>
        Move the view with ← →
      </button>
    </div>
  );
}

/**
 * The events as a histogram, memoised apart from the window: dragging or zooming redraws
 * only the window and its handles, and the cost does not grow with the number of events. Heights
 * use a square root so that a lone event still shows beside a busy month.
 */
const OverviewDensity = memo(function OverviewDensity({ events, extent, widthPx }: { events: TimelineEvent[]; extent: Viewport; widthPx: number }) {
  const path = useMemo(() => {
    const counts = densityBins(
      events.map((e) => e.extent),
      extent,
      Math.ceil(widthPx / BIN_PX),
    );
    const max = Math.max(1, ...counts);
    const maxBarPx = HEIGHT_PX - 16;
    // One path, not a rect per bin: a single DOM node however many bins.
    let d = "";
    counts.forEach((count, i) => {
      if (count === 0) return;
      const h = Math.max(1.5, Math.sqrt(count / max) * maxBarPx);
      d += `M${i * BIN_PX},${HEIGHT_PX - 8}h${BIN_PX}v${(-h).toFixed(1)}h${-BIN_PX}z`;
    });
    return d;
  }, [events, extent, widthPx]);
  return <path className="overview-event" d={path} />;
});
