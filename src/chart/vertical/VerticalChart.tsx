import "./VerticalChart.css";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import type { TimelineEvent } from "../../domain/types";
import { formatFuzzyDate } from "../../domain/fuzzyDate";
import { clusterText, laneIdOf, lanesFor } from "../../layout/layoutTimeline";
import { clampViewport, revealRange, zoomViewport } from "../../layout/viewport";
import type { Viewport } from "../../layout/types";
import { CARD_INSET_X_PX, CARD_WHEN_PX, layoutVertical, spineLengthFor, type VerticalCard, type VerticalCluster, type VerticalLayout, type VerticalMark } from "../../layout/verticalLayout";
import { markKeyAction } from "../../layout/keyboardDelegate";
import { useLatest } from "../../hooks/useLatest";
import type { ChartModel } from "../useChartModel";
import { ChartDefs } from "../ChartDefs";
import type { PaintsInUse } from "../paintsInUse";
import { HighlightedText } from "../HighlightedText";
import { createCanvasTextMeasurer } from "../measureText";
import { eventsById } from "../../domain/eventIndex";
import { plural } from "../../domain/formatCount";
import { clusterRangeWords } from "../clusterWords";

/** The fonts cards and ticks are drawn in (VerticalChart.css): the layout measures with them. */
const TITLE_FONT = "600 14px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const SMALL_FONT = "600 12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const WHEN_FONT = "400 12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** The card's padding above its date line (VerticalChart.css: .vcard-when's top). */
const CARD_PAD_TOP_PX = 7;
/** Paint servers' ids: apart from the horizontal chart's, which an exported picture may hold too. */
const PAINT_PREFIX = "v-";

export interface VerticalChartProps {
  /** What to draw: events, range and limits, colours, keyboard order (useChartModel). */
  model: ChartModel;
  selectedId?: string;
  compareId?: string;
  /** The event that has (or should get) keyboard focus: the roving tab stop. */
  focusId?: string;
  query: string;
  onSelect: (id: string | undefined, options?: { compare?: boolean }) => void;
  /** An event got focus; the app makes it the tab stop and, when `reveal`, brings its date into the range. */
  onFocusEvent: (id: string, options?: { reveal: boolean }) => void;
  /** Keys the chart does not handle itself (+ − 0) go to the app's commands. */
  onCommandKey?: (event: React.KeyboardEvent) => boolean;
  onViewport: (viewport: Viewport) => void;
  /** The range shown, in words: part of the chart's name. */
  rangeWords: string;
  /**
   * Given (and taken back, with undefined) what tells the app's zoom commands which day to keep
   * where it is on screen: the focused card's, else the one in the middle of the screen (the
   * range's middle may be a screen away on a phone).
   */
  onZoomAnchor?: (anchorDay: (() => number | undefined) | undefined) => void;
  /** Scroll the page to the selected event when it is first drawn (a link to it). Not in an embed: its host page would scroll. */
  scrollToSelected?: boolean;
  /** The selected event's details are on screen (they arrive a moment after the selection, the first time). */
  detailsShown?: boolean;
}

function isFocusVisible(): boolean {
  try {
    return document.activeElement?.matches(":focus-visible") ?? false;
  } catch {
    return true;
  }
}

const byEventId = (root: HTMLElement | null, id: string) => root?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null;

/**
 * Time running down the page, for narrow screens: a spine with ticks, each event's mark on it (or
 * in a column beside it) drawn as the horizontal chart draws it, and a card for each event at its
 * date. The cards are the listbox's options: the same DOM contract, keys and selection as the
 * horizontal chart, with ↓ ↑ moving through time.
 */
export function VerticalChart(props: VerticalChartProps) {
  const { model, selectedId, compareId, focusId, query, onSelect, onFocusEvent, onViewport } = props;
  const { timeline, events, locale, colourIndexOf, delegate, grouping, viewport, limits } = model;
  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  /** The event the keyboard moved to that has no card yet. */
  const focusWanted = useRef<string | undefined>(undefined);
  const measureTitle = useMemo(() => createCanvasTextMeasurer(TITLE_FONT, 14), []);
  const measureSmall = useMemo(() => createCanvasTextMeasurer(SMALL_FONT, 12), []);
  const measureWhen = useMemo(() => createCanvasTextMeasurer(WHEN_FONT, 12), []);
  const widthPx = model.layout.widthPx;
  // The date in words, once per event and locale rather than on every zoom step.
  const dateWordsOf = useMemo(() => {
    const cache = new WeakMap<TimelineEvent, string>();
    return (event: TimelineEvent) => {
      let words = cache.get(event);
      if (words === undefined) {
        words = formatFuzzyDate(event.when, locale);
        // oxlint-disable-next-line react/immutability -- a memo of pure results, private to this closure
        cache.set(event, words);
      }
      return words;
    };
  }, [locale]);
  const spineLengthPx = useMemo(() => spineLengthFor(events, widthPx, measureTitle, undefined, { whenFor: dateWordsOf, measureWhen }), [events, widthPx, measureTitle, dateWordsOf, measureWhen]);
  const layout = useMemo(
    () =>
      layoutVertical(events, {
        viewport,
        widthPx,
        spineLengthPx,
        asOfDay: timeline.asOfDay,
        measureTitle,
        measureSmall,
        locale,
        keepIds: new Set([selectedId, compareId, focusId]),
        whenFor: dateWordsOf,
        measureWhen,
      }),
    [events, viewport, widthPx, spineLengthPx, timeline.asOfDay, measureTitle, measureSmall, measureWhen, dateWordsOf, locale, selectedId, compareId, focusId],
  );
  const latest = useLatest({ layout, viewport, limits, onViewport });


  // Lanes are not places across in this layout: a card names its lane (colour is category, as in the horizontal chart).
  const laneLabels = useMemo(() => new Map(lanesFor(events, grouping, timeline.actors, timeline.categories).map((l) => [l.id, l.label])), [events, grouping, timeline]);
  // Named only where it fits beside the date: the date matters more.
  const laneLabel = (event: TimelineEvent) => {
    const lane = grouping === "none" ? undefined : laneLabels.get(laneIdOf(event, grouping));
    return lane && measureWhen(`${dateWordsOf(event)} · ${lane}`) <= layout.cardWidthPx - CARD_INSET_X_PX ? lane : undefined;
  };
  const isCarded = (id: string | undefined) => id !== undefined && layout.cards.some((c) => c.event.id === id);
  const tabStopId = isCarded(focusId) ? focusId : isCarded(selectedId) ? selectedId : layout.cards[0]?.event.id;

  // Keyboard navigation may move to an event that has no card yet (the range moves to it first):
  // focus it once it has one. A layout effect, so no frame is painted with the focus nowhere.
  useLayoutEffect(() => {
    if (!focusWanted.current || focusWanted.current !== focusId) return;
    const element = byEventId(rootRef.current, focusId);
    if (!element) return;
    focusWanted.current = undefined;
    element.focus();
  }, [focusId, layout]);

  // A link to an event: the page opens at its card. Once, when the chart is first drawn.
  const scrolled = useRef(false);
  useLayoutEffect(() => {
    if (scrolled.current) return;
    scrolled.current = true;
    if (props.scrollToSelected && selectedId) byEventId(rootRef.current, selectedId)?.scrollIntoView?.({ block: "center" });
  }, [props.scrollToSelected, selectedId]);

  // A card selected from the keyboard stays in sight above the details that open at the bottom of
  // a phone's screen (their room is the card's scroll-margin, VerticalChart.css).
  useLayoutEffect(() => {
    const element = selectedId ? byEventId(rootRef.current, selectedId) : null;
    if (element && element === document.activeElement) element.scrollIntoView?.({ block: "nearest" });
  }, [selectedId, props.detailsShown]);

  // The app's zoom commands keep the focused card, else the middle of what is on screen, in place:
  // the spine's length does not change with zoom, so a day that keeps its place in the range keeps its place on the page.
  const { onZoomAnchor } = props;
  useLayoutEffect(() => {
    if (!onZoomAnchor) return;
    onZoomAnchor(() => {
      const { layout } = latest.current;
      const active = document.activeElement;
      const card = active instanceof HTMLElement && rootRef.current?.contains(active) ? layout.cards.find((c) => c.event.id === active.dataset.eventId) : undefined;
      if (card) return layout.dayAt(card.anchorYPx);
      const box = bodyRef.current?.getBoundingClientRect();
      if (!box) return undefined;
      const shownTop = Math.max(0, -box.top);
      const shownBottom = Math.min(box.height, window.innerHeight - box.top);
      if (shownBottom <= shownTop) return undefined;
      return layout.dayAt(Math.min(Math.max((shownTop + shownBottom) / 2, layout.topPx), layout.topPx + layout.spineLengthPx));
    });
    return () => onZoomAnchor(undefined);
  }, [onZoomAnchor, latest]);

  // Ctrl (⌘) + wheel, and a trackpad's pinch (which the browser sends as one), zoom around the
  // pointer; a plain wheel scrolls the page. Two fingers spreading or closing on a touch screen zoom
  // around their middle; one finger scrolls the page (touch-action: pan-y). Listeners of our own:
  // both must be able to cancel the browser's own zoom.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const dayAtClientY = (clientY: number) => {
      const { layout } = latest.current;
      const box = bodyRef.current!.getBoundingClientRect();
      return layout.dayAt(Math.min(Math.max(clientY - box.top, layout.topPx), layout.topPx + layout.spineLengthPx));
    };
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const { viewport, limits, onViewport } = latest.current;
      const deltaPx = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
      onViewport(zoomViewport(viewport, Math.exp(deltaPx * 0.002), limits, dayAtClientY(e.clientY)));
    };
    let pinch: { distance: number; viewport: Viewport; day: number } | undefined;
    const fingers = (e: TouchEvent) => {
      const [a, b] = [e.touches[0], e.touches[1]];
      return { distance: Math.max(Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY), 20), middle: (a.clientY + b.clientY) / 2 };
    };
    const onTouchStart = (e: TouchEvent) => {
      if (e.touches.length !== 2) return void (pinch = undefined);
      const { distance, middle } = fingers(e);
      pinch = { distance, viewport: latest.current.viewport, day: dayAtClientY(middle) };
    };
    const onTouchMove = (e: TouchEvent) => {
      if (!pinch || e.touches.length !== 2) return;
      if (e.cancelable) e.preventDefault();
      const { limits, onViewport } = latest.current;
      onViewport(zoomViewport(pinch.viewport, pinch.distance / fingers(e).distance, limits, pinch.day));
    };
    const onTouchEnd = (e: TouchEvent) => {
      if (e.touches.length < 2) pinch = undefined;
    };
    root.addEventListener("wheel", onWheel, { passive: false });
    root.addEventListener("touchstart", onTouchStart, { passive: true });
    root.addEventListener("touchmove", onTouchMove, { passive: false });
    root.addEventListener("touchend", onTouchEnd);
    root.addEventListener("touchcancel", onTouchEnd);
    return () => {
      root.removeEventListener("wheel", onWheel);
      root.removeEventListener("touchstart", onTouchStart);
      root.removeEventListener("touchmove", onTouchMove);
      root.removeEventListener("touchend", onTouchEnd);
      root.removeEventListener("touchcancel", onTouchEnd);
    };
  }, [latest]);

  const handleSelect = useCallback((id: string, e: React.MouseEvent) => onSelect(id, { compare: e.shiftKey }), [onSelect]);
  // A click's focus does not move the range: the card is in view, and moving it between the press
  // and the release would lose the click. The keyboard's focus brings the card wholly on screen:
  // the browser scrolls a focused element only when none of it shows.
  const handleFocus = useCallback(
    (id: string, element: HTMLElement) => {
      const byKeyboard = isFocusVisible();
      onFocusEvent(id, { reveal: byKeyboard });
      if (byKeyboard) element.scrollIntoView?.({ block: "nearest" });
    },
    [onFocusEvent],
  );

  const moveTo = (id: string | undefined) => {
    if (!id) return;
    focusWanted.current = id;
    onFocusEvent(id);
    const element = byEventId(rootRef.current, id);
    if (element) {
      focusWanted.current = undefined;
      element.focus();
    }
  };

  const handleKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const current = tabStopId;
    const onCard = e.target !== e.currentTarget && current !== undefined;
    if (onCard && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const action = markKeyAction(delegate, current, e.key, "down");
      if (action) {
        e.preventDefault();
        if ("move" in action) moveTo(action.move);
        else onSelect(action.select, action.compare ? { compare: true } : undefined);
        return;
      }
    }
    if (e.key === "Escape") {
      onSelect(undefined);
      return;
    }
    props.onCommandKey?.(e);
  };

  /** Brings the nearest event before (or after) the range into it. */
  const showBeyond = (direction: -1 | 1) => {
    const beyond = direction < 0 ? events.filter((e) => e.extent.endDay + 1 <= viewport.startDay).at(-1) : events.find((e) => e.extent.startDay >= viewport.endDay + 1);
    if (beyond) onViewport(revealRange(viewport, beyond.extent.startDay, beyond.extent.endDay, limits));
  };
  const expandCluster = (cluster: VerticalCluster) => {
    const margin = Math.max(1, (cluster.endDay - cluster.startDay) * 0.15);
    onViewport(clampViewport({ startDay: cluster.startDay - margin, endDay: cluster.endDay + margin }, limits));
  };
  const eventById = eventsById(events);
  const clusterWords = (cluster: VerticalCluster) => {
    const first = eventById.get(cluster.firstEventId);
    const last = eventById.get(cluster.lastEventId);
    const range = first && last ? clusterRangeWords(dateWordsOf(first), dateWordsOf(last)) : "";
    return { name: `${plural(cluster.count, "more event")}, ${range}. Zoom in to show them.`, range };
  };

  return (
    <div className="vchart" ref={rootRef} role="group" aria-label={`Timeline, ${plural(events.length, "event")}, earliest at the top. ${props.rangeWords}. Up and down arrow keys move through time; + and − zoom; 0 fits all.`}>
      {layout.earlier > 0 && (
        <button type="button" className="vchart-beyond" onClick={() => showBeyond(-1)}>
          <span aria-hidden="true">↑ </span>
          {plural(layout.earlier, "earlier event")}
        </button>
      )}
      <div className="vchart-body" ref={bodyRef} style={{ height: layout.heightPx }}>
        <Spine layout={layout} paints={model.paints} selectedId={selectedId} compareId={compareId} colourIndexOf={colourIndexOf} onSelect={handleSelect} />
        <div role="listbox" aria-label="Events" aria-orientation="vertical" className="vchart-cards" onKeyDown={handleKeyDown}>
          {layout.cards.map((card) => (
            <Card
              key={card.event.id}
              card={card}
              xPx={layout.cardXPx}
              widthPx={layout.cardWidthPx}
              colourIndex={colourIndexOf(card.event.category)}
              when={dateWordsOf(card.event)}
              lane={laneLabel(card.event)}
              isSelected={card.event.id === selectedId}
              isCompared={card.event.id === compareId}
              isTabStop={card.event.id === tabStopId}
              query={query}
              onSelect={handleSelect}
              onFocusCard={handleFocus}
            />
          ))}
        </div>
        {layout.clusters.length > 0 && (
          <div className="vchart-clusters" role="group" aria-label="Grouped events" onKeyDown={handleKeyDown}>
            {layout.clusters.map((cluster, i) => {
              const words = clusterWords(cluster);
              return (
                <button
                  // Keyed by place: zooming changes which event a group starts with.
                  key={i}
                  type="button"
                  className="vcluster"
                  aria-label={words.name}
                  style={{ top: cluster.topPx, left: layout.cardXPx, width: layout.cardWidthPx, height: cluster.heightPx }}
                  onClick={() => expandCluster(cluster)}
                >
                  <strong>{clusterText(cluster.count)}</strong> <span className="vcluster-range">{words.range}</span>
                </button>
              );
            })}
          </div>
        )}
      </div>
      {layout.later > 0 && (
        <button type="button" className="vchart-beyond" onClick={() => showBeyond(1)}>
          <span aria-hidden="true">↓ </span>
          {plural(layout.later, "later event")}
        </button>
      )}
    </div>
  );
}

interface CardProps {
  card: VerticalCard;
  xPx: number;
  widthPx: number;
  colourIndex: number;
  when: string;
  lane: string | undefined;
  isSelected: boolean;
  isCompared: boolean;
  isTabStop: boolean;
  query: string;
  onSelect: (id: string, e: React.MouseEvent) => void;
  onFocusCard: (id: string, element: HTMLElement) => void;
}

/** One event's card: its date (and lane), its title as the horizontal chart labels it; colour is category, the left edge's dashes status. */
const Card = memo(function Card({ card, xPx, widthPx, colourIndex, when, lane, isSelected, isCompared, isTabStop, query, onSelect, onFocusCard }: CardProps) {
  const { event } = card;
  const pending = event.status !== "happened" && event.status !== "ongoing";
  const classes = ["vcard", `status--${event.status}`, `cat-${colourIndex}`, isSelected ? "is-selected" : "", isCompared ? "is-compared" : ""].join(" ");
  return (
    <div
      className={classes}
      role="option"
      aria-selected={isSelected}
      data-event-id={event.id}
      tabIndex={isTabStop ? 0 : -1}
      style={{ top: card.topPx, left: xPx, width: widthPx, height: card.heightPx, paddingTop: CARD_PAD_TOP_PX + card.whenLines * CARD_WHEN_PX }}
      onClick={(e) => onSelect(event.id, e)}
      onFocus={(e) => onFocusCard(event.id, e.currentTarget)}
    >
      {/* Named by its content, title first (as the horizontal chart names a mark: title, date, status);
          the date line is drawn above the title (VerticalChart.css). Named by content rather than an
          aria-label, so that the name holds the visible text. */}
      <span className={pending ? "vcard-title is-pending" : "vcard-title"} style={{ WebkitLineClamp: card.lines }}>
        <HighlightedText text={card.label} query={query} />
      </span>
      <span className="visually-hidden">, </span>
      <span className={card.whenLines > 1 ? "vcard-when is-wrapped" : "vcard-when"}>
        {when}
        {lane && <span className="vcard-lane"> · {lane}</span>}
      </span>
      {/* The label says any other status in words. */}
      {event.status === "happened" && <span className="visually-hidden">, happened</span>}
    </div>
  );
});

interface SpineProps {
  layout: VerticalLayout;
  paints: PaintsInUse;
  selectedId?: string;
  compareId?: string;
  colourIndexOf: (categoryId: string | undefined) => number;
  onSelect: (id: string, e: React.MouseEvent) => void;
}

/** The spine: ticks, the "as of" line, connectors from dates to cards, and the marks. Drawn once for the eye; the cards are what assistive technology reads. */
const Spine = memo(function Spine({ layout, paints, selectedId, compareId, colourIndexOf, onSelect }: SpineProps) {
  const { widthPx, heightPx, topPx, spineLengthPx, gutterPx, spineXPx, cardXPx } = layout;
  const bottom = topPx + spineLengthPx;
  const connector = (fromX: number, fromY: number, toY: number) => `M${fromX},${fromY} L${cardXPx - 6},${toY} H${cardXPx}`;
  const markRight = (mark: VerticalMark) => (mark.shape === "point" ? mark.xPx + 7 : mark.xPx + layout.barWidthPx / 2);
  return (
    <svg className="vchart-spine" width={widthPx} height={heightPx} aria-hidden="true">
      <ChartDefs paints={paints} idPrefix={PAINT_PREFIX} />
      {/* Time runs down, and so does a band's fade: the same stops, turned. */}
      {paints.soft.map((i) => (
        <linearGradient key={i} id={`${PAINT_PREFIX}down-soft-${i}`} href={`#${PAINT_PREFIX}soft-${i}`} x2="0" y2="1" />
      ))}
      <clipPath id="v-spine-clip">
        <rect x={0} y={topPx} width={widthPx} height={spineLengthPx} />
      </clipPath>
      {layout.ticks.map((tick) => (
        <g key={tick.day} className={tick.major ? "vtick is-major" : "vtick"}>
          <line className="vtick-grid" x1={gutterPx - 2} x2={cardXPx - 4} y1={tick.yPx} y2={tick.yPx} />
          {tick.label && (
            <text className="vtick-label" x={gutterPx - 6} y={tick.yPx + 4} textAnchor="end">
              {tick.label}
            </text>
          )}
          {tick.sublabel && (
            <text className="vtick-label vtick-year" x={gutterPx - 6} y={tick.yPx + 18} textAnchor="end">
              {tick.sublabel}
            </text>
          )}
        </g>
      ))}
      <line className="vspine" x1={spineXPx} x2={spineXPx} y1={topPx} y2={bottom} />
      {layout.asOf && (
        <g className="as-of">
          <line x1={gutterPx - 2} x2={widthPx} y1={layout.asOf.yPx} y2={layout.asOf.yPx} />
          {layout.asOf.lines.map((line, i) => (
            <text key={i} x={gutterPx - 6} y={layout.asOf!.yPx + 14 + i * 13} textAnchor="end">
              {line}
            </text>
          ))}
        </g>
      )}
      <g className="vconnectors">
        {layout.cards.map((card) => (
          <path key={card.event.id} d={connector(markRight(card.mark), card.anchorYPx, card.topPx + 16)} />
        ))}
        {layout.clusters.map((cluster, i) => (
          <path key={i} className="is-cluster" d={connector(spineXPx, cluster.anchorYPx, cluster.topPx + cluster.heightPx / 2)} />
        ))}
      </g>
      <g clipPath="url(#v-spine-clip)">
        {layout.marks.map((mark) => (
          <SpineMark key={mark.event.id} mark={mark} barWidthPx={layout.barWidthPx} colourIndex={colourIndexOf(mark.event.category)} isSelected={mark.event.id === selectedId} isCompared={mark.event.id === compareId} onSelect={onSelect} />
        ))}
      </g>
    </svg>
  );
});

/** One event's mark, as the horizontal chart draws it (the same classes, so the same looks), turned to run down. */
const SpineMark = memo(function SpineMark({ mark, barWidthPx, colourIndex, isSelected, isCompared, onSelect }: { mark: VerticalMark; barWidthPx: number; colourIndex: number; isSelected: boolean; isCompared: boolean; onSelect: (id: string, e: React.MouseEvent) => void }) {
  const { event, shape, xPx, y0Px, y1Px } = mark;
  const classes = ["vmark", `mark--${shape}`, `status--${event.status}`, `cat-${colourIndex}`, isSelected ? "is-selected" : "", isCompared ? "is-compared" : ""].join(" ");
  const half = barWidthPx / 2;
  const bar = { x: xPx - half, y: y0Px, width: barWidthPx, height: Math.max(y1Px - y0Px, 3) };
  return (
    <g className={classes} onClick={(e) => onSelect(event.id, e)}>
      {(isSelected || isCompared) && (shape === "point" ? <circle className="vmark-halo" cx={xPx} cy={y0Px} r={10} /> : <rect className="vmark-halo" x={bar.x - 3} y={bar.y - 3} width={bar.width + 6} height={bar.height + 6} rx={4} />)}
      {shape === "point" && <circle className="mark-shape" cx={xPx} cy={y0Px} r={6} />}
      {shape === "span" && <rect className="mark-shape" {...bar} rx={half} />}
      {shape === "fuzzy" && <rect className="mark-shape mark-soft" {...bar} style={{ fill: `url(#${PAINT_PREFIX}down-soft-${colourIndex})` }} />}
      {shape === "deadline" && (
        <>
          <rect className="mark-shape mark-window" {...bar} style={{ fill: `url(#${PAINT_PREFIX}hatch-${colourIndex})` }} />
          {!mark.cutEnd && <line className="mark-deadline" x1={xPx - barWidthPx} x2={xPx + barWidthPx} y1={y1Px} y2={y1Px} />}
        </>
      )}
      {event.status === "ongoing" && shape !== "point" && !mark.cutEnd && <path className="mark-arrow" d={`M${xPx - half - 2},${y1Px} L${xPx},${y1Px + 9} L${xPx + half + 2},${y1Px} Z`} />}
    </g>
  );
});
