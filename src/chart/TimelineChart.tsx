import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { firstViewShown } from "../domain/loadTiming";
import type { Timeline } from "../domain/types";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { eventsById } from "../domain/eventIndex";
import type { PlacedCluster, PlacedEvent, Viewport } from "../layout/types";
import { markKeyAction } from "../layout/keyboardDelegate";
import type { ChartModel } from "./useChartModel";
import { Axis } from "./Axis";
import { ChartDefs } from "./ChartDefs";
import { EventMark, type RenderEvent } from "./EventMark";
import { ClusterMark } from "./ClusterMark";
import { AsOfLine } from "./AsOfLine";
import { LinkPaths } from "./LinkPaths";
import { Lanes } from "./Lanes";
import { Tooltip } from "./Tooltip";
import { useZoomBehavior } from "./useZoomBehavior";
import { BATCHED_MARK_THRESHOLD, splitBatchedMarks } from "./canvas/splitBatchedMarks";
import { LoadedBatchedMarks } from "./canvas/LoadedBatchedMarks";
import { batchedMarksModule } from "./canvas/batchedMarksModule";
import { markAt } from "./markGeometry";
import { useLazyModule } from "../hooks/useLazyModule";
import { plural } from "../domain/formatCount";
import { clusterRangeWords } from "./clusterWords";

export interface ChartProps {
  /** What to draw: the layout, the range and its limits, colours, keyboard order (useChartModel). */
  model: ChartModel;
  selectedId?: string;
  compareId?: string;
  /** The event that has (or should get) keyboard focus: the roving tab stop. */
  focusId?: string;
  query: string;
  onSelect: (id: string | undefined, options?: { compare?: boolean }) => void;
  /**
   * An event got focus; the app makes it the tab stop and, when `reveal`, brings it into view. A
   * click's focus does not reveal: the mark is in view, and moving the view between the press and
   * the release would move the mark from under the pointer and lose the click.
   */
  onFocusEvent: (id: string, options?: { reveal: boolean }) => void;
  onExpandCluster: (cluster: PlacedCluster) => void;
  /** Keys the chart does not handle itself (zoom, pan) go to the app's commands. */
  onCommandKey?: (event: React.KeyboardEvent) => boolean;
  onViewport: (viewport: Viewport) => void;
  wheelNeedsModifier?: boolean;
  onPlainWheel?: () => void;
  /** The lanes scroll inside a box shorter than the chart: the axis stays at the top of the box. */
  stickyAxis?: boolean;
  label: string;
  /** Editing: marks can be dragged to a new date, nudged with Alt+arrows, and events added at a date. */
  edit?: ChartEditing;
}

/** What the chart tells an editor. A date moves by whole units of its precision; the editor works them out. */
export interface ChartEditing {
  /** A press on a mark: the editor follows the pointer from here (a drag moves the date; a press that stays put is a click). */
  onMarkPointerDown(event: React.PointerEvent, drag: MarkDrag): void;
  /** Alt+arrow on a mark: one unit of its precision later (1) or earlier (−1); with Shift, a span's end. */
  onNudgeDate(id: string, units: number, part: "whole" | "end"): void;
  /** "Add an event here": on a day of the chart (its context menu), or at a focused mark's date ("n"). */
  onAddAt(day: number): void;
  /** "e" on a mark. */
  onEditEvent(id: string): void;
}

/** A mark drawn moved by `dx` pixels while it is dragged: all of it, or a span's end. */
export interface DragShift {
  id: string;
  dx: number;
  part: "whole" | "end";
}

/** What following a mark drag needs from the chart. */
export interface MarkDrag {
  events: readonly PlacedEvent[];
  /** The chart's left edge in the window, and the days one pixel spans. */
  leftPx: number;
  daysPerPx: number;
  /** Draw the mark moved while dragged (undefined: where it is). */
  show(shift: DragShift | undefined): void;
  /** A drag ended: the click the browser sends after it is not a selection. */
  dragged(): void;
}

function isFocusVisible(): boolean {
  try {
    return document.activeElement?.matches(":focus-visible") ?? false;
  } catch {
    return true;
  }
}

/**
 * Groups are keyed by lane and place in it (the lane's first, second, ... group), not by their first
 * event: zooming changes which event a group starts with, and a new key remounted it every step.
 */
function clusterKeys(clusters: readonly PlacedCluster[]): string[] {
  const seen = new Map<string, number>();
  return clusters.map((c) => {
    const n = seen.get(c.laneId) ?? 0;
    seen.set(c.laneId, n + 1);
    return `${c.laneId}:${n}`;
  });
}

/** How an event is named for assistive technology: title, the date in words, status. */
const markName = (title: string, dateWords: string, status: string) => `${title}, ${dateWords}, ${status}`;

/** The SVG timeline: composes axis, lanes, marks, groups and the "as of" line; geometry comes from layout. */
export function TimelineChart(props: ChartProps) {
  const { model, selectedId, compareId, focusId, query, onSelect, onFocusEvent } = props;
  const { timeline, layout, locale, colourIndexOf, delegate, mutedIds } = model;
  const [hoverId, setHoverId] = useState<string | undefined>();
  const [tooltipDismissed, setTooltipDismissed] = useState(false);
  const [keyboardId, setKeyboardId] = useState<string | undefined>();
  const hideTimer = useRef<number | undefined>(undefined);
  const listRef = useRef<SVGGElement>(null);
  /** The event the keyboard moved to that has no element yet. */
  const focusWanted = useRef<string | undefined>(undefined);
  const svgRef = useZoomBehavior<SVGSVGElement>({
    widthPx: layout.widthPx,
    heightPx: layout.heightPx,
    viewport: model.viewport,
    limits: model.limits,
    onViewport: props.onViewport,
    wheelNeedsModifier: props.wheelNeedsModifier,
    onPlainWheel: props.onPlainWheel,
    marksDraggable: props.edit !== undefined,
  });
  const [dragShift, setDragShift] = useState<DragShift>();
  /** A drag just ended: the click the browser sends after it is not a selection. */
  const dragEnded = useRef(false);

  // Asked of a few ids per render: a scan is cheaper than a Set of every placed event per zoom step.
  const isDrawn = (id: string | undefined) => id !== undefined && layout.events.some((p) => p.event.id === id);
  // Each event's date in words, and each mark's accessible name, formatted once per event and
  // locale rather than on every zoom step (date-fns formatting thousands of dates per frame was a
  // large share of a step; the groups' names, formatted anew, up to 7 ms of one).
  const dateWordsOf = useMemo(() => onePerEvent((event) => formatFuzzyDate(event.when, locale)), [locale]);
  const ariaLabelOf = useMemo(() => onePerEvent((event) => markName(event.title, dateWordsOf(event), event.status)), [dateWordsOf]);
  const eventById = eventsById(timeline.events);
  const tabStopId = isDrawn(focusId) ? focusId : isDrawn(selectedId) ? selectedId : layout.events[0]?.event.id;

  // In a crowded view the marks are painted on a canvas; the ones the reader is working with
  // (selected, compared, focused, hovered) stay elements so focus and selection show.
  // Until the canvas layer's code has arrived, every mark is an element.
  const batchedReady = useLazyModule(batchedMarksModule, timeline.events.length > BATCHED_MARK_THRESHOLD) !== undefined;
  const { vector, batched } = useMemo(
    () => splitBatchedMarks(layout.events, new Set([selectedId, compareId, tabStopId, focusId, hoverId, keyboardId]), batchedReady ? BATCHED_MARK_THRESHOLD : Number.POSITIVE_INFINITY),
    [layout, selectedId, compareId, tabStopId, focusId, hoverId, keyboardId, batchedReady],
  );
  const marks: RenderEvent[] = useMemo(
    () =>
      vector.map((placed) => ({
        ...placed,
        ...(dragShift?.id === placed.event.id ? (dragShift.part === "end" ? { x1Px: placed.x1Px + dragShift.dx } : { x0Px: placed.x0Px + dragShift.dx, x1Px: placed.x1Px + dragShift.dx }) : {}),
        isSelected: placed.event.id === selectedId,
        isCompared: placed.event.id === compareId,
        isTabStop: placed.event.id === tabStopId,
        isMuted: mutedIds?.has(placed.event.id) ?? false,
        colourIndex: colourIndexOf(placed.event.category),
        ariaLabel: ariaLabelOf(placed.event),
      })),
    [vector, selectedId, compareId, tabStopId, colourIndexOf, ariaLabelOf, mutedIds, dragShift],
  );
  // The first chart drawn ends the first render of a timeline being opened (its timing, see loadTiming.ts).
  useLayoutEffect(firstViewShown, []);
  // Keyboard navigation may move to an event that has no element yet (the view pans to it first,
  // or it is one of the batched marks): focus it once it has. Only that event: a render for an
  // earlier move may come between the key and the element. A layout effect, so no frame is
  // painted with the focus nowhere.
  useLayoutEffect(() => {
    if (!focusWanted.current || focusWanted.current !== focusId) return;
    const element = listRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(focusId)}"]`);
    if (!element) return;
    focusWanted.current = undefined;
    element.focus();
  }, [focusId, layout]);
  // A new width (an event's details opening beside the chart, a resized window) moves every mark,
  // and the focused one can end up below the chart's edge: a keyboard reader's place is brought
  // back into view. Not on zoom or pan steps, where the reader is looking at the range, not a mark.
  const shownWidthPx = useRef(layout.widthPx);
  useLayoutEffect(() => {
    if (shownWidthPx.current === layout.widthPx) return;
    shownWidthPx.current = layout.widthPx;
    const active = document.activeElement;
    if (active && active !== listRef.current && listRef.current?.contains(active)) active.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [layout.widthPx]);

  const handleSelect = useCallback(
    (id: string, e: React.MouseEvent) => {
      if (dragEnded.current) {
        dragEnded.current = false;
        return;
      }
      onSelect(id, { compare: e.shiftKey });
    },
    [onSelect],
  );
  const daysPerPx = 1 / (layout.xOfDay(1) - layout.xOfDay(0));
  const handlePointerDown = (e: React.PointerEvent<SVGGElement>) => {
    if (!props.edit || e.button !== 0 || e.ctrlKey || e.metaKey) return;
    const leftPx = svgElement.current?.getBoundingClientRect().left ?? 0;
    props.edit.onMarkPointerDown(e, {
      events: layout.events,
      leftPx,
      daysPerPx,
      show: setDragShift,
      dragged: () => {
        dragEnded.current = true;
        // A click may not follow (the pointer left the mark): forget the flag after this turn.
        window.setTimeout(() => (dragEnded.current = false), 0);
      },
    });
  };
  const handleContextMenu = (e: React.MouseEvent<SVGSVGElement>) => {
    const box = svgElement.current?.getBoundingClientRect();
    if (!props.edit || !box) return;
    e.preventDefault();
    const x = e.clientX - box.left;
    props.edit.onAddAt(Math.floor((x - layout.xOfDay(0)) * daysPerPx));
  };
  const handleFocus = useCallback(
    (id: string) => {
      // The summary follows keyboard focus, not the focus a click gives (it would then cover
      // the marks below the one just clicked).
      const byKeyboard = isFocusVisible();
      if (byKeyboard) {
        setKeyboardId(id);
        setTooltipDismissed(false);
      }
      onFocusEvent(id, { reveal: byKeyboard });
    },
    [onFocusEvent],
  );
  const handleHover = useCallback((id: string | undefined) => {
    window.clearTimeout(hideTimer.current);
    if (id) {
      setHoverId(id);
      setTooltipDismissed(false);
    } else {
      // A moment's grace, so the pointer can move onto the tooltip (WCAG 1.4.13: hoverable).
      hideTimer.current = window.setTimeout(() => setHoverId(undefined), 300);
    }
  }, []);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  const moveTo = (id: string | undefined) => {
    if (!id) return;
    focusWanted.current = id;
    onFocusEvent(id);
    const element = listRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`);
    if (element) {
      focusWanted.current = undefined;
      element.focus();
    }
  };

  // Batched marks have no elements of their own: the pointer finds them by position on the zoom
  // surface. The search covers every placed mark, not just the batched ones: a mark the pointer
  // found turns into an element at once, and the click that follows must still find it.
  const svgElement = svgRef as React.RefObject<SVGSVGElement | null>;
  const lastSurfaceHit = useRef<string | undefined>(undefined);
  const surfaceMarkAt = (e: React.PointerEvent | React.MouseEvent) => {
    const target = e.target as Element;
    const box = svgElement.current?.getBoundingClientRect();
    if (!box || !target.classList?.contains("zoom-surface")) return undefined;
    const hit = batched.length > 0 ? markAt(layout.events, e.clientX - box.left, e.clientY - box.top) : undefined;
    target.classList.toggle("over-mark", hit !== undefined);
    return hit;
  };
  const handleSurfacePointerMove = (e: React.PointerEvent<SVGSVGElement>) => {
    if (e.buttons !== 0) return; // a drag pans; it does not hover
    const id = surfaceMarkAt(e)?.event.id;
    if (id === lastSurfaceHit.current) return;
    lastSurfaceHit.current = id;
    handleHover(id);
  };
  const handleSurfaceClick = (e: React.MouseEvent<SVGSVGElement>) => {
    const hit = surfaceMarkAt(e);
    if (hit) onSelect(hit.event.id, { compare: e.shiftKey });
  };

  const handleKeyDown = (e: React.KeyboardEvent<SVGGElement>) => {
    const current = tabStopId;
    const onMark = e.target !== e.currentTarget && current !== undefined;
    const edit = props.edit;
    if (edit && onMark && e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "ArrowLeft" || e.key === "ArrowRight")) {
      e.preventDefault();
      edit.onNudgeDate(current, e.key === "ArrowRight" ? 1 : -1, e.shiftKey ? "end" : "whole");
      return;
    }
    if (edit && onMark && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === "n" || e.key === "e")) {
      e.preventDefault();
      const event = eventById.get(current);
      if (e.key === "e") edit.onEditEvent(current);
      else if (event) edit.onAddAt(event.extent.startDay);
      return;
    }
    if (onMark && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const action = markKeyAction(delegate, current, e.key, "across");
      if (action) {
        e.preventDefault();
        if ("move" in action) moveTo(action.move);
        else onSelect(action.select, action.compare ? { compare: true } : undefined);
        return;
      }
    }
    if (e.key === "Escape") {
      if ((hoverId || keyboardId) && !tooltipDismissed) {
        setTooltipDismissed(true);
        return;
      }
      onSelect(undefined);
      return;
    }
    props.onCommandKey?.(e);
  };

  const tooltipId = tooltipDismissed ? undefined : (hoverId ?? keyboardId);
  const tooltipMark = tooltipId ? layout.events.find((p) => p.event.id === tooltipId) : undefined;
  const clusterWords = (cluster: PlacedCluster) => {
    const first = eventById.get(cluster.firstEventId);
    const last = eventById.get(cluster.lastEventId);
    const range = first && last ? clusterRangeWords(dateWordsOf(first), dateWordsOf(last)) : "";
    return `${plural(cluster.count, "more event")}, ${range}`;
  };

  return (
    <div className="chart-stage" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node) && setKeyboardId(undefined)}>
      {props.stickyAxis && (
        // A copy of the axis that stays put while the lanes scroll under it (the chart's own scrolls away).
        <svg className="chart-axis" width={layout.widthPx} height={layout.plotTopPx} aria-hidden="true" style={{ marginBottom: -layout.plotTopPx }}>
          <rect className="chart-axis-bg" width={layout.widthPx} height={layout.plotTopPx} />
          <Axis ticks={layout.ticks} heightPx={layout.plotTopPx} topPx={layout.plotTopPx} />
        </svg>
      )}
      <svg
        ref={svgRef}
        className="chart"
        width={layout.widthPx}
        height={layout.heightPx}
        role="group"
        aria-label={props.label}
        data-batched-marks={batched.length}
        onPointerMove={handleSurfacePointerMove}
        onClick={handleSurfaceClick}
        onContextMenu={props.edit ? handleContextMenu : undefined}
      >
        <ChartDefs paints={model.paints} />
        <rect className="zoom-surface" width={layout.widthPx} height={layout.heightPx} />
        <Axis ticks={layout.ticks} heightPx={layout.heightPx} topPx={layout.plotTopPx} />
        <Lanes lanes={layout.lanes} widthPx={layout.widthPx} />
        {timeline.asOfDay !== undefined && <AsOfLine xPx={layout.xOfDay(timeline.asOfDay + 1)} topPx={layout.plotTopPx - 6} heightPx={layout.heightPx} asOfDay={timeline.asOfDay} locale={locale} />}
        {/* Once loaded, always there (empty, its canvas 0 × 0, when nothing is batched): crossing the threshold mid-zoom should not remount it. */}
        {batchedReady && <LoadedBatchedMarks marks={batched} colourIndexOf={colourIndexOf} mutedIds={mutedIds} widthPx={layout.widthPx} heightPx={layout.heightPx} query={query} />}
        <g ref={listRef} role="listbox" aria-label="Events" aria-orientation="horizontal" onKeyDown={handleKeyDown} onPointerDown={props.edit ? handlePointerDown : undefined}>
          {marks.map((mark) => (
            <EventMark key={mark.event.id} mark={mark} query={query} onSelect={handleSelect} onFocusMark={handleFocus} onHover={handleHover} />
          ))}
        </g>
        <LinkPaths links={model.links} />
        {layout.clusters.length > 0 && (
          <g className="clusters" role="group" aria-label="Grouped events" onKeyDown={handleKeyDown}>
            {clusterKeys(layout.clusters).map((key, i) => (
              <ClusterMark key={key} cluster={layout.clusters[i]} description={clusterWords(layout.clusters[i])} onExpand={props.onExpandCluster} />
            ))}
          </g>
        )}
      </svg>
      {tooltipMark && (
        <Tooltip
          event={tooltipMark.event}
          dateWords={dateWordsOf(tooltipMark.event)}
          xPx={(tooltipMark.x0Px + tooltipMark.x1Px) / 2}
          yPx={tooltipMark.yPx}
          widthPx={layout.widthPx}
          onPointerEnter={() => window.clearTimeout(hideTimer.current)}
          // Leaving the summary hides it at once, so the marks it covered are reachable again.
          onPointerLeave={() => setHoverId(undefined)}
          onClick={() => onSelect(tooltipMark.event.id)}
        />
      )}
    </div>
  );
}

/**
 * `format` for each event once: keyed by the event object, so a new timeline (new objects) reuses
 * nothing stale.
 */
function onePerEvent(format: (event: Timeline["events"][number]) => string): (event: Timeline["events"][number]) => string {
  const cache = new WeakMap<Timeline["events"][number], string>();
  return (event) => {
    let words = cache.get(event);
    if (words === undefined) {
      words = format(event);
      cache.set(event, words);
    }
    return words;
  };
}
