import { format, type Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { describeTimeBetween } from "../domain/timeBetween";
import { HighlightedText } from "../chart/HighlightedText";
import type { Timeline, TimelineEvent } from "../domain/types";
import { dayOfIso, formatFuzzyDate, utcDateOfDay } from "../domain/fuzzyDate";
import { SafeLink } from "./SafeLink";
import { STATUS_WORDS } from "../domain/statusWords";

interface Props {
  event: TimelineEvent;
  /** A second event chosen to compare with (shift-click or C). */
  compare?: TimelineEvent;
  timeline: Timeline;
  locale?: Locale;
  query?: string;
  onClose: () => void;
  onSelect?: (id: string) => void;
  /** Editing: the Edit and Delete buttons. */
  onEdit?: () => void;
  onDelete?: () => void;
}


function publishedWords(iso: string): string {
  const day = dayOfIso(iso);
  return day === undefined ? iso : format(utcDateOfDay(day), "d MMMM yyyy");
}

/** Everything known about one event, with its evidence: the quote, and who said it when. */
export function DetailsPanel({ event, compare, timeline, locale = enGB, query = "", onClose, onSelect, onEdit, onDelete }: Props) {
  const labelOf = (list: { id: string; label: string }[], id: string) => list.find((x) => x.id === id)?.label ?? id;
  return (
    <section className="details" aria-labelledby="details-title">
      <div className="details-head">
        <h2 id="details-title">
          <HighlightedText text={event.title} query={query} />
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      {(onEdit || onDelete) && (
        <div className="details-actions">
          {onEdit && (
            <button type="button" className="text-button" onClick={onEdit}>
              Edit event
            </button>
          )}
          {onDelete && (
            <button type="button" className="text-button" onClick={onDelete}>
              Delete event
            </button>
          )}
        </div>
      )}
      <dl className="details-facts">
        <dt>When</dt>
        <dd>
          {formatFuzzyDate(event.when, locale)}
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
      {event.summary && (
        <p className="summary">
          <HighlightedText text={event.summary} query={query} />
        </p>
      )}
      {compare && <TimeBetween from={event} to={compare} locale={locale} onSelect={onSelect} />}
      <h3 className="evidence-title">Sources</h3>
      <ul className="evidence">
        {event.evidence.map((ev, i) => {
          const source = timeline.sources.get(ev.source);
          return (
            <li key={i}>
              {ev.quote && (
                <blockquote>
                  “<HighlightedText text={ev.quote} query={query} />”
                </blockquote>
              )}
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

/** "Trump meets Kim Yong-chol: 7 months, 6 days after the Singapore summit", honest about precision. */
function TimeBetween({ from, to, locale, onSelect }: { from: TimelineEvent; to: TimelineEvent; locale: Locale; onSelect?: (id: string) => void }) {
  const { words, direction } = describeTimeBetween(from.when, to.when, locale);
  return (
    <section className="compare" aria-label="Time between the two events">
      <h3 className="evidence-title">Compared with</h3>
      <p>
        <button type="button" className="link-button" onClick={() => onSelect?.(to.id)}>
          {to.title}
        </button>{" "}
        ({formatFuzzyDate(to.when, locale)})
        {direction === "same" ? <>: {words}.</> : <>: {words} {direction === "after" ? "later" : "earlier"}.</>}
      </p>
      <p className="note">Shift-click (or press C on) another event to compare with it instead.</p>
    </section>
  );
}
