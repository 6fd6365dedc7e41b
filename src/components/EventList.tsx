import { memo } from "react";
import type { Locale } from "date-fns";
import type { Labelled, TimelineEvent } from "../domain/types";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { HighlightedText } from "../chart/HighlightedText";

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
 */
export const EventList = memo(function EventList({ events, actors, selectedId, query, locale, onSelect }: Props) {
  const actorLabel = new Map(actors.map((a) => [a.id, a.label]));
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        All events, in date order
      </h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Who</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const selected = event.id === selectedId;
              return (
                <tr key={event.id} className={selected ? "is-selected" : undefined} data-list-event-id={event.id}>
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
            })}
          </tbody>
        </table>
        {events.length === 0 && <p className="empty">No events match. Clear the filters to see them all.</p>}
      </div>
    </section>
  );
});
