import { memo } from "react";
import type { PlacedEvent } from "../layout/types";
import { POINT_RADIUS_PX } from "../layout/layoutTimeline";
import { HighlightedSvgText } from "./HighlightedText";
import { BAR_HEIGHT_PX, MIN_BAR_WIDTH_PX, shapeCentreY } from "./markGeometry";
import { LABEL_FONT_PX } from "./labelFont";

/** A placed event with what the view adds: selection, focus, colour. */
export interface RenderEvent extends PlacedEvent {
  isSelected: boolean;
  /** The second event of a comparison. */
  isCompared: boolean;
  /** The one mark in the tab order (roving tabindex). */
  isTabStop: boolean;
  /** Drawn faintly: in a presentation, an event still to come. */
  isMuted?: boolean;
  /** Index into the category palette: fills come from CSS classes, so themes can change them. */
  colourIndex: number;
  ariaLabel: string;
}

interface Props {
  mark: RenderEvent;
  /** The search, to highlight in the label. */
  query: string;
  onSelect: (id: string, event: React.MouseEvent) => void;
  onFocusMark: (id: string) => void;
  onHover: (id: string | undefined) => void;
}

/**
 * RenderEvents are rebuilt whenever the layout or the selection changes, so memo compares them field
 * by field: selecting one event re-renders two marks, not thousands (issue 8).
 */
function sameProps(a: Props, b: Props): boolean {
  if (a.query !== b.query || a.onSelect !== b.onSelect || a.onFocusMark !== b.onFocusMark || a.onHover !== b.onHover) return false;
  if (a.mark === b.mark) return true;
  const keys = Object.keys(a.mark) as (keyof RenderEvent)[];
  return keys.length === Object.keys(b.mark).length && keys.every((key) => a.mark[key] === b.mark[key]);
}

/** Maps one RenderEvent to SVG. No state, no date maths: everything was decided in layout. */
export const EventMark = memo(function EventMark({ mark, query, onSelect, onFocusMark, onHover }: Props) {
  const { event, shape, x0Px, x1Px, yPx, label, labelXPx, labelWidthPx } = mark;
  const pending = event.status !== "happened" && event.status !== "ongoing";
  const classes = [
    "mark",
    `mark--${shape}`,
    `status--${event.status}`,
    `cat-${mark.colourIndex}`,
    mark.isSelected ? "is-selected" : "",
    mark.isCompared ? "is-compared" : "",
    mark.isMuted ? "is-muted" : "",
    mark.labelHidden ? "has-hidden-label" : "",
  ].join(" ");
  const isPoint = shape === "point";
  const labelY = isPoint ? yPx + LABEL_FONT_PX * 0.35 : yPx - BAR_HEIGHT_PX / 2 - 4;
  const barY = shapeCentreY(mark);
  const left = isPoint ? x0Px - POINT_RADIUS_PX : x0Px;
  const right = mark.labelHidden ? (isPoint ? x1Px + POINT_RADIUS_PX : x1Px) : Math.max(isPoint ? x1Px + POINT_RADIUS_PX : x1Px, labelXPx + labelWidthPx);
  const leftEdge = mark.labelHidden ? left : Math.min(left, labelXPx);
  const top = isPoint ? yPx - POINT_RADIUS_PX : labelY - LABEL_FONT_PX;
  const bottom = isPoint ? yPx + POINT_RADIUS_PX : barY + BAR_HEIGHT_PX / 2;
  return (
    <g
      className={classes}
      role="option"
      aria-selected={mark.isSelected}
      data-event-id={event.id}
      data-selected={mark.isSelected || undefined}
      tabIndex={mark.isTabStop ? 0 : -1}
      onClick={(e) => onSelect(event.id, e)}
      onFocus={() => onFocusMark(event.id)}
      onPointerEnter={() => onHover(event.id)}
      onPointerLeave={() => onHover(undefined)}
    >
      {/* The accessible name: full title, date and status (the drawn label may be cut short). An SVG
          <title> rather than aria-label, so the name is not required to contain the shortened label. */}
      <title>{mark.ariaLabel}</title>
      {/* A generous hit area and the focus ring, drawn around mark and label. */}
      <rect className="mark-hit" x={leftEdge - 4} y={top - 4} width={right - leftEdge + 8} height={bottom - top + 8} rx={6} />
      {shape === "point" && <circle className="mark-shape" cx={x0Px} cy={yPx} r={POINT_RADIUS_PX - 1} />}
      {shape === "span" && (
        <rect className="mark-shape" x={x0Px} y={barY - BAR_HEIGHT_PX / 2} width={Math.max(x1Px - x0Px, MIN_BAR_WIDTH_PX)} height={BAR_HEIGHT_PX} rx={BAR_HEIGHT_PX / 2} />
      )}
      {/* Paint servers as a style, not a fill attribute: the .mark-shape class rules would override an attribute. */}
      {shape === "fuzzy" && (
        <rect
          className="mark-shape mark-soft"
          x={x0Px}
          y={barY - BAR_HEIGHT_PX / 2}
          width={Math.max(x1Px - x0Px, MIN_BAR_WIDTH_PX)}
          height={BAR_HEIGHT_PX}
          style={{ fill: `url(#soft-${mark.colourIndex})` }}
        />
      )}
      {shape === "deadline" && (
        <>
          <rect
            className="mark-shape mark-window"
            x={x0Px}
            y={barY - BAR_HEIGHT_PX / 2}
            width={Math.max(x1Px - x0Px, MIN_BAR_WIDTH_PX)}
            height={BAR_HEIGHT_PX}
            style={{ fill: `url(#hatch-${mark.colourIndex})` }}
          />
          <line className="mark-deadline" x1={x1Px} x2={x1Px} y1={barY - BAR_HEIGHT_PX} y2={barY + BAR_HEIGHT_PX} />
        </>
      )}
      {event.status === "ongoing" && !isPoint && (
        <path className="mark-arrow" d={`M${x1Px},${barY - 8} L${x1Px + 9},${barY} L${x1Px},${barY + 8} Z`} />
      )}
      {!mark.labelHidden && (
        <text className={`mark-label${pending ? " is-pending" : ""}`} x={labelXPx} y={labelY} aria-hidden="true">
          <HighlightedSvgText text={label} query={query} />
        </text>
      )}
    </g>
  );
}, sameProps);
