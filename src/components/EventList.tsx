import { memo, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "date-fns";
import type { Labelled, TimelineEvent } from "../domain/types";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { HighlightedText } from "../chart/HighlightedText";
import { rowOffsets, rowWindow, scrollToShow } from "../layout/rowWindow";
import { onceAFrame } from "../hooks/onceAFrame";
import "./EventList.css";

interface Props {
  events: TimelineEvent[];
  actors: Labelled[];
  selectedId?: string;
  query: string;
  locale: Locale;
  onSelect: (id: string) => void;
  /** Editing: each row gets an Edit button. */
  onEdit?: (id: string) => void;
}

/** A row's height before it is measured: one line of text (titles that wrap are measured as drawn). */
export const ESTIMATED_ROW_PX = 33;
/** Rows rendered beyond each edge of the box: Tab moves to a row that is there, and the box follows it. */
const OVERSCAN_ROWS = 12;
/** The box's height until it is measured (its CSS caps it at 40rem). */
const INITIAL_BOX_PX = 640;

/**
 * The same filtered events as the chart, as a date-sorted table: the screen-reader route through
 * the data. Selecting here selects in the chart and the other way round.
 *
 * The table scrolls in its own box and is virtualised: only the rows in view and a dozen
 * either side are in the page, so 100,000 events scroll as 100 do, measured as they are drawn (a
 * title that wraps, or the card layout on phones, makes a taller row). `aria-rowcount` and
 * `aria-rowindex` give the whole list's size and each row's place in it; Tab walks the rows, the
 * box scrolling with the focus. A row selected elsewhere is scrolled into view inside the box,
 * never moving the page. What find-in-page cannot reach, the search box filters to.
 */
export const EventList = memo(function EventList({ events, actors, selectedId, query, locale, onSelect, onEdit }: Props) {
  const actorLabel = useMemo(() => new Map(actors.map((a) => [a.id, a.label])), [actors]);
  const selectedIndex = useMemo(() => (selectedId === undefined ? -1 : events.findIndex((e) => e.id === selectedId)), [events, selectedId]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // A row selected elsewhere is being brought into view: for a few passes, while the rows around it
  // are measured and move it.
  const revealPasses = useRef(0);
  // Where the box is scrolled to and how much of it shows rows (below the sticky header).
  const [view, setView] = useState({ topPx: 0, boxPx: INITIAL_BOX_PX, headPx: ESTIMATED_ROW_PX, widthPx: 0 });
  // Heights of rows as drawn, by place in the list (0: not drawn yet), and their sum: a row not yet
  // drawn is taken to be as tall as the drawn ones are on average. Kept for one list, one width and
  // one locale (either changes how rows wrap). `measured` changes when a height does.
  const sizes = useRef({ events, widthPx: view.widthPx, locale, px: new Float64Array(events.length), sumPx: 0, count: 0 });
  const [measured, setMeasured] = useState(0);
  // `measured` is the version of `sizes`, a ref: a typed array of every row's height, filled in as
  // rows are drawn, rather than state copied on each change (100,000 rows).
  const offsets = useMemo(() => {
    const sized = sizes.current;
    if (sized.events !== events || sized.widthPx !== view.widthPx || sized.locale !== locale) {
      // oxlint-disable-next-line react/refs -- a cache of measurements, reset with what it measured
      sizes.current = { events, widthPx: view.widthPx, locale, px: new Float64Array(events.length), sumPx: 0, count: 0 };
    }
    const { px, sumPx, count } = sizes.current;
    const estimatePx = count > 0 ? sumPx / count : ESTIMATED_ROW_PX;
    return rowOffsets(events.length, (i) => px[i] || estimatePx);
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [events, measured, view.widthPx, locale]);
  const { first, last } = rowWindow(offsets, view.topPx, view.boxPx - view.headPx, OVERSCAN_ROWS);

  // The box's size and scroll position, read when they change (a scroll is read once a frame).
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const read = () => {
      // A box with no height yet (in a collapsed part of an embed, or before layout) still gets a
      // screenful of rows, so that opening it shows them at once.
      const boxPx = box.clientHeight || INITIAL_BOX_PX;
      const headPx = headRef.current?.getBoundingClientRect().height || ESTIMATED_ROW_PX;
      const widthPx = box.clientWidth;
      setView((v) => (v.topPx === box.scrollTop && v.boxPx === boxPx && v.headPx === headPx && v.widthPx === widthPx ? v : { topPx: box.scrollTop, boxPx, headPx, widthPx }));
    };
    read();
    const { request: onScroll, cancel } = onceAFrame(read);
    box.addEventListener("scroll", onScroll, { passive: true });
    // Tab scrolls the box to the row it focuses; read that at once, not in the next frame, so the
    // rows past it are there before the next Tab (a held or scripted Tab comes faster than frames,
    // and would otherwise run off the rendered rows and out of the list).
    box.addEventListener("focusin", read);
    const resized = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(onScroll);
    resized?.observe(box);
    return () => {
      cancel();
      box.removeEventListener("scroll", onScroll);
      box.removeEventListener("focusin", read);
      resized?.disconnect();
    };
  }, []);

  // Rows as drawn: a title that wraps, or the card layout on phones, makes a taller row. A row in a
  // hidden box measures 0 and keeps its estimate (counted as 0, every row would fit, and a collapsed
  // list of 100,000 events would render them all). A box scrolled to its end stays at its end as the
  // last rows turn out taller or shorter than estimated.
  const keepAtEnd = useRef(false);
  useLayoutEffect(() => {
    const box = scrollRef.current;
    const sized = sizes.current;
    if (box && keepAtEnd.current) box.scrollTop = box.scrollHeight;
    keepAtEnd.current = false;
    let changed = false;
    // Only rows not measured yet are read: a pass that drew no new row reads no layout.
    for (const row of bodyRef.current?.querySelectorAll<HTMLTableRowElement>("tr[data-list-event-id]") ?? []) {
      const index = Number(row.getAttribute("aria-rowindex")) - 2;
      if (!(index >= 0 && index < sized.px.length) || sized.px[index] > 0) continue;
      const height = row.getBoundingClientRect().height;
      if (height > 0) {
        sized.px[index] = height;
        sized.sumPx += height;
        sized.count++;
        changed = true;
      }
    }
    if (changed) {
      if (box && box.scrollHeight > box.clientHeight && box.scrollTop + box.clientHeight >= box.scrollHeight - 2) keepAtEnd.current = true;
      setMeasured((n) => n + 1);
    }
    // A row just selected elsewhere is kept in view, by where it is drawn, as rows near it are measured.
    if (revealPasses.current > 0 && box && selectedId !== undefined) {
      revealPasses.current--;
      const row = bodyRef.current?.querySelector<HTMLElement>(`tr[data-list-event-id="${CSS.escape(selectedId)}"]`);
      if (row) {
        const boxTop = box.getBoundingClientRect().top + box.clientTop;
        const rowTop = row.getBoundingClientRect().top - boxTop;
        const rowBottom = rowTop + row.getBoundingClientRect().height;
        if (rowTop < view.headPx) box.scrollTop += rowTop - view.headPx;
        else if (rowBottom > box.clientHeight) box.scrollTop += rowBottom - box.clientHeight;
        else if (!changed) revealPasses.current = 0;
      } else if (selectedIndex >= 0) {
        // Not drawn yet (the estimate put it elsewhere): to where the measured rows now say it is.
        box.scrollTop = scrollToShow(offsets, selectedIndex, box.scrollTop, box.clientHeight || INITIAL_BOX_PX, view.headPx);
      }
    }
  }, [first, last, view, offsets, selectedId, selectedIndex]);

  // A row selected elsewhere is scrolled into view inside the box only (scrollIntoView would scroll
  // the page as well): first to where the row should be, then to where it is drawn.
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box || selectedIndex < 0) return;
    revealPasses.current = 8;
    const top = scrollToShow(offsets, selectedIndex, box.scrollTop, box.clientHeight || INITIAL_BOX_PX, view.headPx);
    if (top !== box.scrollTop) box.scrollTop = top;
    // Only when the selection changes: re-measured rows must not pull the box back to it.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedIndex]);

  const padTopPx = offsets[first];
  const padBottomPx = offsets[events.length] - offsets[last];
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        All events, in date order
      </h2>
      <div className="table-scroll" ref={scrollRef}>
        <table aria-rowcount={events.length + 1}>
          <colgroup>
            <col className="col-when" />
            <col />
            <col className="col-status" />
            <col className="col-who" />
            {onEdit && <col className="col-edit" />}
          </colgroup>
          <thead ref={headRef}>
            <tr aria-rowindex={1}>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Who</th>
              {onEdit && (
                <th scope="col">
                  <span className="visually-hidden">Edit</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody ref={bodyRef}>
            {padTopPx > 0 && <Spacer heightPx={padTopPx} columns={onEdit ? 5 : 4} />}
            {events.slice(first, last).map((event, i) => (
              <EventRow
                key={event.id}
                event={event}
                index={first + i}
                selected={event.id === selectedId}
                query={query}
                locale={locale}
                actorLabel={actorLabel}
                onSelect={onSelect}
                onEdit={onEdit}
              />
            ))}
            {padBottomPx > 0 && <Spacer heightPx={padBottomPx} columns={onEdit ? 5 : 4} />}
          </tbody>
        </table>
        {events.length === 0 && <p className="empty">No events match. Clear the filters to see them all.</p>}
      </div>
    </section>
  );
});

/** The height of the rows not rendered, so the box scrolls as if they were. */
function Spacer({ heightPx, columns }: { heightPx: number; columns: number }) {
  return (
    <tr className="list-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height: heightPx }} />
    </tr>
  );
}

interface RowProps {
  event: TimelineEvent;
  /** 0-based place in the whole list. */
  index: number;
  selected: boolean;
  query: string;
  locale: Locale;
  actorLabel: Map<string, string>;
  onSelect: (id: string) => void;
  onEdit?: (id: string) => void;
}

const EventRow = memo(function EventRow({ event, index, selected, query, locale, actorLabel, onSelect, onEdit }: RowProps) {
  return (
    <tr className={selected ? "is-selected" : undefined} data-list-event-id={event.id} aria-rowindex={index + 2}>
      <td className="when">{formatFuzzyDate(event.when, locale)}</td>
      <th scope="row">
        <button type="button" className="row-button" aria-pressed={selected} onClick={() => onSelect(event.id)}>
          <HighlightedText text={event.title} query={query} />
        </button>
      </th>
      <td>{event.status}</td>
      <td>{event.actors.map((a) => actorLabel.get(a) ?? a).join(", ")}</td>
      {onEdit && (
        <td>
          <button type="button" className="text-button" onClick={() => onEdit(event.id)} aria-label={`Edit “${event.title}”`}>
            Edit
          </button>
        </td>
      )}
    </tr>
  );
});
