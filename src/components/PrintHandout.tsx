import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { format, type Locale } from "date-fns";
import type { Timeline, TimelineEvent } from "../domain/types";
import { dayOfIso, formatFuzzyDate, utcDateOfDay } from "../domain/fuzzyDate";
import { STATUS_WORDS } from "../domain/statusWords";
import { fitViewport, layoutTimeline } from "../layout/layoutTimeline";
import { createKeyboardDelegate } from "../layout/keyboardDelegate";
import type { LaneGrouping } from "../layout/types";
import { viewportLimits } from "../state/zoom";
import { usePrinting } from "../state/usePrinting";
import { TimelineChart } from "../chart/TimelineChart";
import { createCanvasTextMeasurer } from "../chart/measureText";
import { LABEL_FONT, LABEL_FONT_PX } from "../chart/labelFont";
import { creditText, exportChartSvg, legendCategories } from "../chart/exportImage";

/**
 * Logical width the handout's chart is laid out at. The page is about 700 CSS px wide (A4 or
 * Letter, portrait): at this width the chart prints at about three quarters of its screen size.
 */
export const PRINT_CHART_WIDTH_PX = 940;

interface Props {
  timeline: Timeline;
  /** The events of the current filter, in date order. */
  events: TimelineEvent[];
  locale: Locale;
  grouping: LaneGrouping;
  colourIndexOf: (categoryId: string | undefined) => number;
}

const noop = () => {};

/**
 * The printed handout: the chart of the current filter with its legend and credit, then every event
 * with its date, status, quote and source. Rendered only while printing (print.css shows it alone).
 */
export function PrintHandout(props: Props) {
  const printing = usePrinting();
  if (!printing) return null;
  return <Handout {...props} />;
}

function Handout({ timeline, events, locale, grouping, colourIndexOf }: Props) {
  const label = (list: { id: string; label: string }[], id: string | undefined) => list.find((x) => x.id === id)?.label ?? id;
  const asOf = format(utcDateOfDay(timeline.asOfDay), "d MMMM yyyy");
  const filtered = events.length < timeline.events.length;
  // Sources are listed once at the end and cited by number, as a printed chronology does.
  const cited = [...timeline.sources.values()].filter((source) => events.some((e) => e.evidence.some((ev) => ev.source === source.id)));
  const number = new Map(cited.map((source, i) => [source.id, i + 1]));
  const dateOf = (iso: string) => {
    const day = dayOfIso(iso);
    return day === undefined ? iso : format(utcDateOfDay(day), "d MMMM yyyy");
  };
  return (
    <article className="print-handout" aria-label="Printed handout">
      <header>
        <h1>{timeline.title}</h1>
        {timeline.description && <p className="handout-dek">{timeline.description}</p>}
        <p className="handout-meta">
          As of {asOf} · {filtered ? `${events.length} of the ${timeline.events.length} events (filtered)` : `all ${events.length} events`}, in date order
        </p>
      </header>
      {events.length > 0 && <HandoutChart timeline={timeline} events={events} locale={locale} grouping={grouping} colourIndexOf={colourIndexOf} />}
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
                        — {source.publisher}, {dateOf(source.published)} [{number.get(source.id)}]
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
            {source.publisher}, “{source.title}”, {dateOf(source.published)}. <span className="handout-url">{source.url}</span>
          </li>
        ))}
      </ol>
      <p className="handout-credit">{creditText(timeline)}</p>
    </article>
  );
}

/**
 * The chart, laid out for the page rather than the screen, then frozen into a standalone SVG (the
 * same as "Download SVG") so the page keeps one interactive chart and one set of event marks.
 */
function HandoutChart({ timeline, events, locale, grouping, colourIndexOf }: Props) {
  const [svg, setSvg] = useState<string>();
  const sourceRef = useRef<HTMLDivElement>(null);
  const measureText = useMemo(() => createCanvasTextMeasurer(LABEL_FONT, LABEL_FONT_PX), []);
  const { layout, limits, viewport } = useMemo(() => {
    const full = fitViewport(timeline.events, [timeline.asOfDay]);
    const view = fitViewport(events, [timeline.asOfDay]);
    return {
      limits: viewportLimits(full),
      viewport: view,
      layout: layoutTimeline(events, {
        viewport: view,
        widthPx: PRINT_CHART_WIDTH_PX,
        grouping,
        actors: timeline.actors,
        categories: timeline.categories,
        measureText,
        locale,
        maxRowsPerLane: grouping === "none" ? 16 : 8,
      }),
    };
  }, [timeline, events, grouping, measureText, locale]);
  const delegate = useMemo(() => createKeyboardDelegate(events, grouping, timeline.actors, timeline.categories), [events, grouping, timeline]);

  useLayoutEffect(() => {
    if (svg !== undefined) return;
    const chart = sourceRef.current?.querySelector("svg");
    if (!chart) return;
    const exported = exportChartSvg(chart, {
      title: timeline.title,
      drawTitle: false,
      credit: creditText(timeline),
      categories: legendCategories(events, timeline.categories, colourIndexOf),
      idPrefix: "handout-",
    });
    setSvg(exported.svg);
  }, [svg, timeline, events, colourIndexOf]);

  if (svg !== undefined) {
    // As an image, not injected markup: an SVG image cannot run anything, whatever its text says.
    return (
      <figure className="handout-chart">
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={`Timeline chart of ${events.length} events, with its legend`} />
      </figure>
    );
  }
  return (
    <div className="handout-chart-source" ref={sourceRef}>
      <TimelineChart
        timeline={timeline}
        layout={layout}
        locale={locale}
        query=""
        colourIndexOf={colourIndexOf}
        delegate={delegate}
        onSelect={noop}
        onFocusEvent={noop}
        onExpandCluster={noop}
        viewport={viewport}
        limits={limits}
        onViewport={noop}
        label={`Timeline chart, ${events.length} events`}
      />
    </div>
  );
}
