import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { describeTimeBetween } from "../domain/timeBetween";
import { HighlightedText } from "../chart/HighlightedText";
import type { EventStatus, LinkType, Timeline, TimelineEvent } from "../domain/types";
import { linkedEvents, reportingSource } from "../domain/linkedEvents";
import { dayOfIso, formatFuzzyDate, formatIsoDay } from "../domain/fuzzyDate";
import { dayText } from "../domain/dayText";
import { SafeLink } from "./SafeLink";
import { STATUS_WORDS } from "../domain/statusWords";
import "./eventDetails.css";

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
      {event.fields && <OtherFields fields={event.fields} />}
      <FollowUp event={event} timeline={timeline} locale={locale} onSelect={onSelect} />
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
                  — <SafeLink href={source.url}>{source.publisher}, “{source.title}”</SafeLink>
                  {source.published !== undefined && `, ${formatIsoDay(source.published)}`}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Fields from another tool's file with no place here, as plain text; a value that is an http(s) address is a link. */
function OtherFields({ fields }: { fields: Readonly<Record<string, string>> }) {
  return (
    <section className="other-fields" aria-labelledby="other-fields-title">
      <h3 id="other-fields-title" className="evidence-title">
        Other fields
      </h3>
      <dl className="details-facts">
        {Object.entries(fields).map(([name, value]) => (
          <div key={name} className="other-field">
            <dt>{name}</dt>
            <dd>{/^https?:\/\/\S+$/i.test(value) ? <SafeLink href={value}>{value}</SafeLink> : value}</dd>
          </div>
        ))}
      </dl>
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

/** A status as one source gave it, in a sentence that names the source. */
const SAID: Record<EventStatus, string> = { happened: "Happened", planned: "Planned", expected: "Expected", speculated: "Speculated", ongoing: "Ongoing" };

/** What one link says, read from the event that names the other. */
const LINK_WORDS: Record<LinkType, { names: string; named: string }> = {
  "outcome-of": { names: "The outcome of", named: "Its outcome" },
  follows: { names: "Follows", named: "Followed by" },
  cancels: { names: "Calls off", named: "Called off by" },
};

/**
 * A plan and its outcome side by side, each with who said it when: "Planned (BBC News, 18 Jan
 * 2019): by the end of February → Happened (VnExpress International, 28 Feb 2019): 27–28 February
 * 2019, Hanoi: Hanoi summit ends without agreement". Other links are named in a line each.
 */
function FollowUp({ event, timeline, locale, onSelect }: { event: TimelineEvent; timeline: Timeline; locale: Locale; onSelect?: (id: string) => void }) {
  const links = linkedEvents(event, timeline);
  if (links.length === 0) return null;
  const said = (e: TimelineEvent, withTitle: boolean) => {
    const source = reportingSource(e, timeline.sources);
    const day = source?.published !== undefined ? dayOfIso(source.published) : undefined;
    const who = source && day !== undefined ? ` (${source.publisher}, ${dayText(day, locale)})` : "";
    const when = e.status === "happened" || !e.timePhrase ? formatFuzzyDate(e.when, locale) : e.timePhrase;
    const title =
      e === event ? (
        e.title
      ) : (
        <button type="button" className="link-button" onClick={() => onSelect?.(e.id)}>
          {e.title}
        </button>
      );
    return (
      <>
        {SAID[e.status]}
        {who}: {when}
        {e.place ? `, ${e.place}` : ""}
        {withTitle && <>: {title}</>}
      </>
    );
  };
  return (
    <section className="follow-up" aria-label="Plan and outcome">
      <h3 className="evidence-title">Plan and outcome</h3>
      <ul>
        {links.map(({ type, direction, other }) => {
          const [plan, outcome] = direction === "names" ? [other, event] : [event, other];
          return (
            <li key={`${direction} ${type} ${other.id}`}>
              {type === "outcome-of" ? (
                <>
                  {said(plan, plan !== event)} → {said(outcome, true)}
                </>
              ) : (
                <>
                  {LINK_WORDS[type][direction]}{" "}
                  <button type="button" className="link-button" onClick={() => onSelect?.(other.id)}>
                    {other.title}
                  </button>{" "}
                  ({formatFuzzyDate(other.when, locale)})
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
