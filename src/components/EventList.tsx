import { memo, useEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "date-fns";
import type { Labelled, TimelineEvent } from "../domain/types";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { HighlightedText } from "../chart/HighlightedText";
import { LIST_PAGE_SIZE, listWindow } from "./listWindow";
import "./EventList.css";

interface Props {
  events: TimelineEvent[];
  actors: Labelled[];
  selectedId?: string;
  query: string;
  locale: Locale;
  onSelect: (id: string) => void;
}

/**
 * The same filtered events as the chart, as a date-sorted table: the screen-reader route through
 * the data. Selecting here selects in the chart and the other way round.
 *
 * Long lists are paged, not virtualised (issue 8): the first 200 rows, then "Show 200 more". Every
 * rendered row is a real row that find-in-page, screen readers and the card layout on phones all
 * handle; `aria-rowcount` and `aria-rowindex` give the whole list's size and each row's place in it.
 * A row selected elsewhere is always rendered (after the page, if it lies beyond it) and scrolled
 * into view inside the list's own scroll box, never moving the page.
 */
export const EventList = memo(function EventList({ events, actors, selectedId, query, locale, onSelect }: Props) {
  const actorLabel = useMemo(() => new Map(actors.map((a) => [a.id, a.label])), [actors]);
  const [shown, setShown] = useState(LIST_PAGE_SIZE);
  const selectedIndex = useMemo(() => (selectedId === undefined ? -1 : events.findIndex((e) => e.id === selectedId)), [events, selectedId]);
  const { indices, gapBefore, hiddenAfter } = listWindow(events.length, shown, selectedIndex);
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = scrollRef.current;
    if (!selectedId || !box) return;
    const row = box.querySelector<HTMLElement>(`[data-list-event-id="${CSS.escape(selectedId)}"]`);
    if (!row) return;
    const headerPx = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const rowTopPx = row.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const rowBottomPx = rowTopPx + row.getBoundingClientRect().height;
    // Scroll the box only (scrollIntoView would scroll the page as well).
    if (rowTopPx < box.scrollTop + headerPx) box.scrollTop = rowTopPx - headerPx;
    else if (rowBottomPx > box.scrollTop + box.clientHeight) box.scrollTop = rowBottomPx - box.clientHeight;
  }, [selectedId, selectedIndex]);

  const remaining = events.length - Math.min(events.length, shown);
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        All events, in date order
      </h2>
      <div className="table-scroll" ref={scrollRef}>
        <table aria-rowcount={events.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Who</th>
            </tr>
          </thead>
          <tbody>
            {indices.map((index) => {
              const event = events[index];
              const row = (
                <EventRow
                  key={event.id}
                  event={event}
                  rowIndex={index + 2}
                  selected={event.id === selectedId}
                  query={query}
                  locale={locale}
                  actorLabel={actorLabel}
                  onSelect={onSelect}
                />
              );
              if (index !== selectedIndex || gapBefore === 0) return row;
              return [
                <tr key="gap" className="list-gap" aria-hidden="true">
                  <td colSpan={4}>… {gapBefore.toLocaleString("en")} events not shown …</td>
                </tr>,
                row,
              ];
            })}
          </tbody>
        </table>
        {events.length === 0 && <p className="empty">No events match. Clear the filters to see them all.</p>}
      </div>
      {(remaining > 0 || hiddenAfter > 0) && (
        <p className="show-more">
          Showing the first {Math.min(events.length, shown).toLocaleString("en")} of {events.length.toLocaleString("en")} events.{" "}
          <button type="button" className="text-button" onClick={() => setShown((n) => n + LIST_PAGE_SIZE)}>
            Show {Math.min(LIST_PAGE_SIZE, remaining).toLocaleString("en")} more
          </button>
        </p>
      )}
    </section>
  );
});

interface RowProps {
  event: TimelineEvent;
  /** 1-based, counting the header row (aria-rowindex). */
  rowIndex: number;
  selected: boolean;
  query: string;
  locale: Locale;
  actorLabel: Map<string, string>;
  onSelect: (id: string) => void;
}

const EventRow = memo(function EventRow({ event, rowIndex, selected, query, locale, actorLabel, onSelect }: RowProps) {
  return (
    <tr className={selected ? "is-selected" : undefined} data-list-event-id={event.id} aria-rowindex={rowIndex}>
      <td className="when">{formatFuzzyDate(event.when, locale)}</td>
      <th scope="row">
        <button type="button" className="row-button" aria-pressed={selected} onClick={() => onSelect(event.id)}>
          <HighlightedText text={event.title} query={query} />
        </button>
      </th>
      <td>{event.status}</td>
      <td>{event.actors.map((a) => actorLabel.get(a) ?? a).join(", ")}</td>
    </tr>
  );
});
