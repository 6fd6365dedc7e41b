import { memo } from "react";
import type { PlacedEvent } from "../layout/types";
import { POINT_RADIUS_PX, markLeftPx, markRightPx } from "../layout/layoutTimeline";
import { HighlightedSvgText } from "./HighlightedText";
import { POINT_SHAPE_RADIUS_PX, arrowOf, barCornerPx, barOf, deadlineOf, labelBaselineY } from "./markGeometry";
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
 * by field: selecting one event re-renders two marks, not thousands.
 */
function sameProps(a: Props, b: Props): boolean {
  if (a.query !== b.query || a.onSelect !== b.onSelect || a.onFocusMark !== b.onFocusMark || a.onHover !== b.onHover) return false;
  if (a.mark === b.mark) return true;
  const keys = Object.keys(a.mark) as (keyof RenderEvent)[];
  return keys.length === Object.keys(b.mark).length && keys.every((key) => a.mark[key] === b.mark[key]);
}

/** Rounded to a hundredth of a pixel, so float noise in a difference does not count as a change. */
const local = (px: number) => Math.round(px * 100) / 100;

/**
 * Maps one RenderEvent to SVG. No state, no date maths: everything was decided in layout.
 *
 * The group is placed with a translation and draws its parts relative to the mark's left edge: a
 * zoom or pan step that only moves a mark changes one attribute, and its body (a memo on local
 * geometry) is not rendered again. At 1,000 events re-rendering ~240 marks' five elements on every
 * step was the largest share of a frame.
 */
export const EventMark = memo(function EventMark({ mark, query, onSelect, onFocusMark, onHover }: Props) {
  const { event, shape, x0Px, x1Px, yPx } = mark;
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
  return (
    <g
      className={classes}
      role="option"
      aria-selected={mark.isSelected}
      data-event-id={event.id}
      data-selected={mark.isSelected || undefined}
      tabIndex={mark.isTabStop ? 0 : -1}
      transform={`translate(${x0Px},${yPx})`}
      onClick={(e) => onSelect(event.id, e)}
      onFocus={() => onFocusMark(event.id)}
      onPointerEnter={() => onHover(event.id)}
      onPointerLeave={() => onHover(undefined)}
    >
      <MarkBody
        shape={shape}
        status={event.status}
        colourIndex={mark.colourIndex}
        ariaLabel={mark.ariaLabel}
        widthPx={local(x1Px - x0Px)}
        label={mark.labelHidden ? undefined : mark.label}
        labelXPx={local(mark.labelXPx - x0Px)}
        labelWidthPx={local(mark.labelWidthPx)}
        query={query}
      />
    </g>
  );
}, sameProps);

interface BodyProps {
  /** Before the ids of the paint servers (ChartDefs) when the page holds another chart's too. */
  paintIdPrefix?: string;
  shape: RenderEvent["shape"];
  status: RenderEvent["event"]["status"];
  colourIndex: number;
  ariaLabel: string;
  /** From the mark's left edge (its centre, for a point) to its right edge. */
  widthPx: number;
  /** Undefined when the label is hidden. */
  label?: string;
  /** Where the label starts, from the mark's left edge. */
  labelXPx: number;
  labelWidthPx: number;
  query: string;
}

/** A mark's parts in local coordinates: x from its left edge (a point's centre), y from its row's centre. */
export const MarkBody = memo(function MarkBody({ paintIdPrefix = "", shape, status, colourIndex, ariaLabel, widthPx, label, labelXPx, labelWidthPx, query }: BodyProps) {
  const pending = status !== "happened" && status !== "ongoing";
  // The mark in its own coordinates: its left edge (a point's centre) at 0, its row's centre at 0.
  const local = { shape, x0Px: 0, x1Px: widthPx, yPx: 0 };
  const bar = barOf(local);
  const labelY = labelBaselineY(local);
  const left = markLeftPx(shape, 0);
  const markRight = markRightPx(shape, 0, widthPx);
  const right = label === undefined ? markRight : Math.max(markRight, labelXPx + labelWidthPx);
  const leftEdge = label === undefined ? left : Math.min(left, labelXPx);
  const isPoint = shape === "point";
  const top = isPoint ? -POINT_RADIUS_PX : labelY - LABEL_FONT_PX;
  const bottom = isPoint ? POINT_RADIUS_PX : bar.yPx + bar.heightPx;
  const barRect = { x: bar.xPx, y: bar.yPx, width: bar.widthPx, height: bar.heightPx };
  return (
    <>
      {/* The accessible name: full title, date and status (the drawn label may be cut short). An SVG
          <title> rather than aria-label, so the name is not required to contain the shortened label. */}
      <title>{ariaLabel}</title>
      {/* A generous hit area and the focus ring, drawn around mark and label. */}
      <rect className="mark-hit" x={leftEdge - 4} y={top - 4} width={right - leftEdge + 8} height={bottom - top + 8} rx={6} />
      {shape === "point" && <circle className="mark-shape" cx={0} cy={0} r={POINT_SHAPE_RADIUS_PX} />}
      {shape === "span" && <rect className="mark-shape" {...barRect} rx={barCornerPx(shape)} />}
      {/* Paint servers as a style, not a fill attribute: the .mark-shape class rules would override an attribute. */}
      {shape === "fuzzy" && <rect className="mark-shape mark-soft" {...barRect} style={{ fill: `url(#${paintIdPrefix}soft-${colourIndex})` }} />}
      {shape === "deadline" && (
        <>
          <rect className="mark-shape mark-window" {...barRect} style={{ fill: `url(#${paintIdPrefix}hatch-${colourIndex})` }} />
          <DeadlineLine mark={local} />
        </>
      )}
      {status === "ongoing" && !isPoint && <path className="mark-arrow" d={`M${arrowOf(local).map(([x, y]) => `${x},${y}`).join(" L")} Z`} />}
      {label !== undefined && (
        <text className={`mark-label${pending ? " is-pending" : ""}`} x={labelXPx} y={labelY} aria-hidden="true">
          <HighlightedSvgText text={label} query={query} />
        </text>
      )}
    </>
  );
});

function DeadlineLine({ mark }: { mark: Parameters<typeof deadlineOf>[0] }) {
  const line = deadlineOf(mark);
  return <line className="mark-deadline" x1={line.xPx} x2={line.xPx} y1={line.y0Px} y2={line.y1Px} />;
}
