import type { Locale } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import type { Timeline, TimelineEvent } from "../domain/types";
import { formatDay, formatFuzzyDate, formatIsoDay } from "../domain/fuzzyDate";
import { STATUS_WORDS } from "../domain/statusWords";
import type { LaneGrouping } from "../layout/types";
import { ChartPicture } from "../chart/ChartPicture";
import { useChartModel } from "../chart/useChartModel";
import { creditText } from "../domain/creditText";
import { Legend } from "./Legend";
import { formatCount, plural } from "../domain/formatCount";

/**
 * Logical width the handout's chart is laid out at. The page is about 700 CSS px wide (A4 or
 * Letter, portrait): at this width the chart prints at about three quarters of its screen size.
 */
export const PRINT_CHART_WIDTH_PX = 940;

export interface HandoutProps {
  timeline: Timeline;
  /** The events of the current filter, in date order. */
  events: TimelineEvent[];
  locale: Locale;
  grouping: LaneGrouping;
}

/**
 * The printed handout: the chart of the current filter with its legend and credit, then every event
 * with its date, status, quote and source (print.css shows it alone). See PrintHandout.
 */
export function Handout({ timeline, events, locale, grouping }: HandoutProps) {
  const label = (list: { id: string; label: string }[], id: string | undefined) => list.find((x) => x.id === id)?.label ?? id;
  const asOf = timeline.asOfDay === undefined ? undefined : formatDay(timeline.asOfDay, enGB, "long");
  const filtered = events.length < timeline.events.length;
  // Sources are listed once at the end and cited by number, as a printed chronology does.
  const cited = [...timeline.sources.values()].filter((source) => events.some((e) => e.evidence.some((ev) => ev.source === source.id)));
  const number = new Map(cited.map((source, i) => [source.id, i + 1]));
  const dateOf = (iso: string | undefined) => (iso === undefined ? "" : `, ${formatIsoDay(iso)}`);
  return (
    <article className="print-handout" aria-label="Printed handout">
      <header>
        <h1>{timeline.title}</h1>
        {timeline.description && <p className="handout-dek">{timeline.description}</p>}
        <p className="handout-meta">
          {asOf !== undefined && `As of ${asOf} · `}{filtered ? `${formatCount(events.length)} of the ${plural(timeline.events.length, "event")} (filtered)` : events.length === 1 ? "the one event" : `all ${formatCount(events.length)} events`}, in date order
        </p>
      </header>
      {events.length > 0 && <HandoutChart timeline={timeline} events={events} locale={locale} grouping={grouping} />}
      <h2 className="handout-section">Chronology</h2>
      <ol className="handout-list">
        {events.map((event) => (
          <li key={event.id} className="handout-event">
            <p className="handout-when">
              <strong>{formatFuzzyDate(event.when, locale)}</strong>
              {event.timePhrase && <> — “{event.timePhrase}”</>}
            </p>
            <h3>{event.title}</h3>
            <p className="handout-facts">
              {STATUS_WORDS[event.status]}
              {event.category && <> · {label(timeline.categories, event.category)}</>}
              {event.actors.length > 0 && <> · {event.actors.map((a) => label(timeline.actors, a)).join(", ")}</>}
              {event.place && <> · {event.place}</>}
            </p>
            {event.summary && <p className="handout-summary">{event.summary}</p>}
            {event.evidence.map((evidence, i) => {
              const source = timeline.sources.get(evidence.source);
              return (
                <div key={i} className="handout-evidence">
                  {evidence.quote && <blockquote>“{evidence.quote}”</blockquote>}
                  <p className="handout-cite">
                    {evidence.note && <>{evidence.note} </>}
                    {source && (
                      <>
                        — {source.publisher}{dateOf(source.published)} [{number.get(source.id)}]
                      </>
                    )}
                  </p>
                </div>
              );
            })}
          </li>
        ))}
      </ol>
      <h2 className="handout-section">Sources</h2>
      <ol className="handout-sources">
        {cited.map((source) => (
          <li key={source.id}>
            {source.publisher}, “{source.title}”{dateOf(source.published)}. <span className="handout-url">{source.url}</span>
          </li>
        ))}
      </ol>
      <p className="handout-credit">{creditText(timeline)}</p>
    </article>
  );
}

/**
 * The chart, laid out for the page rather than the screen, drawn as a still picture (no second set
 * of focusable event marks), with the legend of the categories it shows.
 */
function HandoutChart({ timeline, events, locale, grouping }: HandoutProps) {
  const { colourIndexOf, model } = useChartModel({ timeline, events, grouping, locale, widthPx: PRINT_CHART_WIDTH_PX, viewport: undefined, maxRowsPerLane: grouping === "none" ? 16 : 8 });
  if (!model) return null;
  const shown = new Set(events.map((e) => e.category));
  return (
    <figure className="handout-chart">
      <ChartPicture model={model} idPrefix="handout-" label={`Timeline chart of ${plural(events.length, "event")}`} />
      <Legend categories={timeline.categories.filter((c) => shown.has(c.id))} colourIndexOf={colourIndexOf} idPrefix="handout-" asOf={timeline.asOfDay !== undefined} />
    </figure>
  );
}
