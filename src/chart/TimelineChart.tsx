import { useCallback, useMemo, useRef, useState } from "react";
import type { Timeline } from "../domain/types";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import type { TimelineLayout } from "../layout/types";
import { Axis } from "./Axis";
import { ChartDefs } from "./ChartDefs";
import { EventMark, type RenderEvent } from "./EventMark";
import { AsOfLine } from "./AsOfLine";

interface Props {
  timeline: Timeline;
  layout: TimelineLayout;
  selectedId?: string;
  /** Category id → palette index. */
  colourIndexOf: (categoryId: string | undefined) => number;
  onSelect: (id: string | undefined) => void;
  /** Keys the chart does not handle itself (zoom, pan) go to the app's commands. */
  onKeyDown?: (event: React.KeyboardEvent) => void;
  label: string;
  children?: React.ReactNode;
}

/** The SVG timeline: composes axis, lanes, marks and the "as of" line; all geometry comes from layout. */
export function TimelineChart({ timeline, layout, selectedId, colourIndexOf, onSelect, onKeyDown, label, children }: Props) {
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);
  const listRef = useRef<SVGGElement>(null);
  const tabStopId = focusedId ?? selectedId ?? layout.events[0]?.event.id;
  const marks: RenderEvent[] = useMemo(
    () =>
      layout.events.map((placed) => ({
        ...placed,
        isSelected: placed.event.id === selectedId,
        isTabStop: placed.event.id === tabStopId,
        colourIndex: colourIndexOf(placed.event.category),
        ariaLabel: `${placed.event.title}, ${formatFuzzyDate(placed.event.when)}, ${placed.event.status}`,
      })),
    [layout, selectedId, tabStopId, colourIndexOf],
  );
  const handleSelect = useCallback((id: string) => onSelect(id), [onSelect]);
  const handleFocus = useCallback((id: string) => setFocusedId(id), []);

  const focusMark = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    listRef.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(id)}"]`)?.focus();
  };

  const handleKeyDown = (e: React.KeyboardEvent<SVGGElement>) => {
    const ids = timeline.events.map((ev) => ev.id).filter((id) => layout.events.some((p) => p.event.id === id));
    const current = ids.indexOf(tabStopId ?? "");
    switch (e.key) {
      case "ArrowRight":
        if (e.target === e.currentTarget) break;
        e.preventDefault();
        focusMark(ids[Math.min(current + 1, ids.length - 1)]);
        return;
      case "ArrowLeft":
        if (e.target === e.currentTarget) break;
        e.preventDefault();
        focusMark(ids[Math.max(current - 1, 0)]);
        return;
      case "Home":
        e.preventDefault();
        focusMark(ids[0]);
        return;
      case "End":
        e.preventDefault();
        focusMark(ids[ids.length - 1]);
        return;
      case "Enter":
      case " ":
        e.preventDefault();
        onSelect(tabStopId);
        return;
      case "Escape":
        onSelect(undefined);
        return;
    }
    onKeyDown?.(e);
  };

  return (
    <svg className="chart" width={layout.widthPx} height={layout.heightPx} role="group" aria-label={label}>
      <ChartDefs />
      <Axis ticks={layout.ticks} heightPx={layout.heightPx} topPx={layout.plotTopPx} />
      <g className="lanes" aria-hidden="true">
        {layout.lanes.map((lane, i) => (
          <g key={lane.id} className="lane">
            {i > 0 && <line className="lane-rule" x1={0} x2={layout.widthPx} y1={lane.yPx - 18} y2={lane.yPx - 18} />}
            <text className="lane-label" x={6} y={lane.yPx - 5}>
              {lane.label}
            </text>
          </g>
        ))}
      </g>
      <AsOfLine xPx={layout.xOfDay(timeline.asOfDay + 1)} topPx={layout.plotTopPx - 6} heightPx={layout.heightPx} asOfDay={timeline.asOfDay} />
      {children}
      <g ref={listRef} role="listbox" aria-label="Events" aria-orientation="horizontal" onKeyDown={handleKeyDown}>
        {marks.map((mark) => (
          <EventMark key={mark.event.id} mark={mark} onSelect={handleSelect} onFocusMark={handleFocus} />
        ))}
      </g>
    </svg>
  );
}
