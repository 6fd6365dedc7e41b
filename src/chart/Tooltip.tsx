import type { TimelineEvent } from "../domain/types";

interface Props {
  event: TimelineEvent;
  dateWords: string;
  xPx: number;
  yPx: number;
  widthPx: number;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** A click on the summary selects its event, as a click on the mark does. */
  onClick: () => void;
}

const TOOLTIP_WIDTH_PX = 280;

/**
 * The summary shown on hover and keyboard focus. Per WCAG 1.4.13 it can be hovered itself (so
 * its text can be selected or magnified), it stays until the pointer or focus leaves, and Escape
 * dismisses it (handled by the chart). It repeats what the mark's name says; screen readers skip it.
 */
export function Tooltip({ event, dateWords, xPx, yPx, widthPx, onPointerEnter, onPointerLeave, onClick }: Props) {
  const left = Math.max(4, Math.min(xPx - TOOLTIP_WIDTH_PX / 2, widthPx - TOOLTIP_WIDTH_PX - 4));
  const summary = event.summary && event.summary.length > 220 ? `${event.summary.slice(0, 220).trimEnd()}…` : event.summary;
  return (
    <div className="tooltip" aria-hidden="true" style={{ left, top: yPx + 16, width: TOOLTIP_WIDTH_PX }} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave} onClick={onClick}>
      <strong>{event.title}</strong>
      <span className="tooltip-date">
        {dateWords} · {event.status}
      </span>
      {summary && <span className="tooltip-summary">{summary}</span>}
      <span className="tooltip-hint">Click or press Enter for details · Esc hides this</span>
    </div>
  );
}
