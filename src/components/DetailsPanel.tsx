import { useEffect, useRef } from "react";
import { format } from "date-fns";
import type { Timeline, TimelineEvent } from "../domain/types";
import { dayOfIso, formatFuzzyDate, utcDateOfDay } from "../domain/fuzzyDate";
import { SafeLink } from "./SafeLink";
import { STATUS_WORDS } from "../domain/statusWords";

interface Props {
  event: TimelineEvent;
  timeline: Timeline;
  onClose: () => void;
}


function publishedWords(iso: string): string {
  const day = dayOfIso(iso);
  return day === undefined ? iso : format(utcDateOfDay(day), "d MMMM yyyy");
}

/** Everything known about one event, with its evidence: the quote, and who said it when. */
export function DetailsPanel({ event, timeline, onClose }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const labelOf = (list: { id: string; label: string }[], id: string) => list.find((x) => x.id === id)?.label ?? id;
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [event.id]);
  return (
    <section className="details" aria-labelledby="details-title">
      <div className="details-head">
        <h2 id="details-title" tabIndex={-1} ref={headingRef}>
          {event.title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      <dl className="details-facts">
        <dt>When</dt>
        <dd>
          {formatFuzzyDate(event.when)}
          {event.timePhrase && <span className="phrase"> — “{event.timePhrase}”</span>}
        </dd>
        <dt>Status</dt>
        <dd>{STATUS_WORDS[event.status]}</dd>
        {event.actors.length > 0 && (
          <>
            <dt>Who</dt>
            <dd>{event.actors.map((a) => labelOf(timeline.actors, a)).join(", ")}</dd>
          </>
        )}
        {event.category && (
          <>
            <dt>Category</dt>
            <dd>{labelOf(timeline.categories, event.category)}</dd>
          </>
        )}
        {event.place && (
          <>
            <dt>Where</dt>
            <dd>{event.place}</dd>
          </>
        )}
      </dl>
      {event.summary && <p className="summary">{event.summary}</p>}
      <h3 className="evidence-title">Sources</h3>
      <ul className="evidence">
        {event.evidence.map((ev, i) => {
          const source = timeline.sources.get(ev.source);
          return (
            <li key={i}>
              {ev.quote && <blockquote>“{ev.quote}”</blockquote>}
              {ev.note && <p className="note">{ev.note}</p>}
              {source && (
                <p className="cite">
                  — <SafeLink href={source.url}>{source.publisher}, “{source.title}”</SafeLink>, {publishedWords(source.published)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
