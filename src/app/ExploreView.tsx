import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Dataset, Issue, Timeline } from "../domain/types";
import { filterEvents } from "../domain/filterEvents";
import { dayOfIso, formatFuzzyDate, isoOfDay } from "../domain/fuzzyDate";
import { publicationDays, timelineAsOf } from "../domain/asOfView";
import type { LaneGrouping, PlacedCluster, Viewport } from "../layout/types";
import { viewReducer, type ViewState } from "../state/viewState";
import { reconcileView, searchWithView, viewFromSearch } from "../state/viewUrl";
import { useUrlSync } from "../state/useUrlSync";
import { useLatest } from "../hooks/useLatest";
import { useAfterFirstPaint } from "../hooks/useAfterFirstPaint";
import { clampViewport, panViewport, revealDrawn, revealRange, zoomViewport } from "../layout/viewport";
import { DEFAULT_DATE_LOCALE, LOCALES, type LocaleId } from "../state/locales";
import { useDateLocale } from "../state/useDateLocale";
import { TimelineChart } from "../chart/TimelineChart";
import { useChartDimensions } from "../hooks/useChartDimensions";
import { chartWidthAtStart } from "./chartWidthAtStart";
import { eventsById } from "../domain/eventIndex";
import { useFitHeight } from "../hooks/useFitHeight";
import { useChartModel, type ChartModel } from "../chart/useChartModel";
import { Legend } from "../components/Legend";
import { Dek } from "../components/Dek";
import { LazyIssueReport } from "../components/LazyIssueReport";
import { problemsIn } from "../domain/issuePath";
import { CreditLine } from "../components/CreditLine";
import { FilterBar } from "../components/FilterBar";
import { ZoomControls } from "../components/ZoomControls";
import { showingWords, widestShowingWords } from "../components/rangeWords";
import { EventList } from "../components/EventList";
import { Overview } from "../components/Overview";
import { exploreToolsModule } from "./exploreToolsModule";
import { detailsPanelModule } from "./detailsPanelModule";
import { FiltersSummary, OpenFullLink, PartSlot } from "../embed/EmbedParts";
import { useWheelHint } from "../embed/useWheelHint";
import type { EmbedParts } from "../embed/pageOptions";
import { readParam } from "../state/url";
import { useChartLayout } from "../chart/vertical/verticalChartModule";
import { LoadedVerticalChart } from "../chart/vertical/LoadedVerticalChart";
import { useEditorBridge } from "../editor/useEditorBridge";
import type { ChartEditing } from "../chart/TimelineChart";
import { formatCount, plural } from "../domain/formatCount";
import { useLazyModule } from "../hooks/useLazyModule";



interface Props {
  timeline: Timeline;
  issues: Issue[];
  eventCount: number;
  name: string;
  search: string;
  /** Embed mode (`?mode=embed`): which parts to show around the chart; undefined when exploring. */
  embed?: EmbedParts;
  /** Page parameters (theme, accent, embed parts) that could not be used, for the notice. */
  pageNotices?: string[];
  /** The name of a timeline opened from this computer (no embed can load it). */
  openedHere?: string;
  /** An embed's fixed height (`height=`), which it fits inside; without it an embed grows to its content. */
  embedHeightPx?: number;
  /** The dataset on screen and the way to change it: with both, the timeline can be edited. */
  dataset?: Dataset;
  onEdit?: (next: Dataset) => void;
}

/**
 * Below the chart, what the first screen still shows: the overview strip and the start of the
 * legend. The chart takes the window's height less what is above it and this.
 */
const BELOW_CHART_PX = 96;

/** The explore view: chart, overview, filters, details and list, all driven by one view state. */
export function ExploreView({ timeline: fullTimeline, issues, eventCount, name, search, embed, pageNotices = [], openedHere, embedHeightPx, dataset, onEdit }: Props) {
  const known = useMemo(
    () => ({
      // Events reported after the day shown are still this timeline's: a link to one keeps it.
      events: eventsById(fullTimeline.events),
      actors: new Set(fullTimeline.actors.map((a) => a.id)),
      categories: new Set(fullTimeline.categories.map((c) => c.id)),
    }),
    [fullTimeline],
  );
  const reconcile = useCallback((s: ViewState) => reconcileView(s, known).state, [known]);
  const [initial] = useState(() => {
    const parsed = viewFromSearch(search);
    const reconciled = reconcileView(parsed.state, known);
    return { state: reconciled.state, ignored: [...parsed.ignored, ...reconciled.ignored] };
  });
  const [view, dispatch] = useReducer(viewReducer, initial.state);
  // What was known on the day shown: every part of the view below sees only that.
  const asOfDay = (view.asOf !== undefined ? dayOfIso(view.asOf) : undefined) ?? fullTimeline.asOfDay;
  const timeline = useMemo(() => (asOfDay === undefined ? fullTimeline : timelineAsOf(fullTimeline, asOfDay)), [fullTimeline, asOfDay]);
  const reportDays = useMemo(() => publicationDays(fullTimeline), [fullTimeline]);
  const setAsOfDay = useCallback((day: number) => dispatch({ type: "setAsOf", asOf: day === fullTimeline.asOfDay ? undefined : isoOfDay(day) }), [fullTimeline.asOfDay]);
  // Time across the page, or (narrow screens, layout=vertical) down it.
  const layoutChoice = readParam(search, "layout");
  const [notice, setNotice] = useState<string[]>(() => [...pageNotices, ...initial.ignored, ...(layoutChoice.ignored ? [layoutChoice.ignored] : [])]);
  const [focusId, setFocusId] = useState<string | undefined>(view.selectedId);
  const [announcement, setAnnouncement] = useState("");
  useUrlSync(view, dispatch, reconcile, { replaceOnly: embed !== undefined });
  const wheelHint = useWheelHint();
  // The list is below the first screen: it comes once the chart has been painted.
  const listShown = useAfterFirstPaint();
  // The explorer's tools: an embed never loads them (an embed prints as it shows, too).
  const tools = useLazyModule(exploreToolsModule, !embed);

  // The app waits for the first locale (App.tsx); a newly chosen one keeps the last until it arrives.
  const locale = useDateLocale(view.locale) ?? DEFAULT_DATE_LOCALE;
  const { ref, widthPx } = useChartDimensions<HTMLDivElement>(chartWidthAtStart());
  const chartLayout = useChartLayout(layoutChoice.value, widthPx);
  const zoomAnchor = useRef<(() => number | undefined) | undefined>(undefined);
  const onZoomAnchor = useCallback((anchor: typeof zoomAnchor.current) => void (zoomAnchor.current = anchor), []);
  const byId = eventsById(timeline.events);
  const filtered = useMemo(() => filterEvents(timeline.events, view.filter), [timeline, view.filter]);
  const { viewport, fullExtent, limits, colourIndexOf, model } = useChartModel({ timeline, events: filtered, grouping: view.grouping, locale, widthPx, viewport: view.viewport });
  const layout = model?.layout;
  // The chart fits the window (an embed, the height it was given); lanes taller than that scroll
  // inside it under a fixed axis. Time running down the page scrolls with the page instead.
  const chartScrolls = useFitHeight(ref, {
    reservePx: BELOW_CHART_PX,
    windowPx: embedHeightPx,
    enabled: chartLayout === "horizontal" && layout !== undefined && (!embed || embedHeightPx !== undefined),
    contentPx: layout?.heightPx ?? 0,
  });

  const setViewport = useCallback((v: Viewport | undefined) => dispatch({ type: "setViewport", viewport: v && clampViewport(v, limits) }), [limits]);
  const reveal = useCallback(
    (id: string) => {
      const event = byId.get(id);
      if (!event) return;
      // Down the page, an event anywhere in the range is in reach by scrolling: the range stays.
      if (chartLayout === "vertical" && event.extent.endDay + 1 > viewport.startDay && event.extent.startDay < viewport.endDay + 1) return;
      // Shown, and drawn: an event in a "+N more" group has no mark to focus or highlight.
      // (The vertical layout always gives the event it is asked to reveal a card.)
      const isDrawn = (at: Viewport) => chartLayout === "vertical" || ((at === viewport && layout ? layout : model?.layoutAt(at))?.events.some((p) => p.event.id === id) ?? true);
      const next = revealDrawn(viewport, event.extent.startDay, event.extent.endDay, limits, isDrawn);
      if (next !== viewport) setViewport(next);
    },
    [byId, viewport, limits, setViewport, layout, model, chartLayout],
  );
  const onSelect = useCallback(
    (id: string | undefined, options?: { compare?: boolean }) => {
      dispatch({ type: options?.compare ? "compare" : "select", id });
      if (id) {
        setFocusId(id);
        reveal(id);
        const event = byId.get(id);
        if (event) setAnnouncement(`${options?.compare && view.selectedId && view.selectedId !== id ? "Compared with" : "Selected"}: ${event.title}, ${formatFuzzyDate(event.when, locale)}.`);
      } else {
        setAnnouncement("Selection cleared.");
      }
    },
    [byId, reveal, locale, view.selectedId],
  );
  const onFocusEvent = useCallback(
    (id: string, options?: { reveal: boolean }) => {
      setFocusId(id);
      if (options?.reveal ?? true) reveal(id);
    },
    [reveal],
  );
  // Stable callbacks for the list and the marks: onSelect changes with the viewport, and
  // a new function each zoom step would re-render every row and mark.
  const latestHandlers = useLatest({ onSelect, onFocusEvent });
  const onSelectStable = useCallback((id: string | undefined, options?: { compare?: boolean }) => latestHandlers.current.onSelect(id, options), [latestHandlers]);
  const onSelectFromList = useCallback((id: string) => latestHandlers.current.onSelect(id), [latestHandlers]);
  const onFocusEventStable = useCallback((id: string, options?: { reveal: boolean }) => latestHandlers.current.onFocusEvent(id, options), [latestHandlers]);
  const onExpandCluster = useCallback(
    (cluster: PlacedCluster) => setViewport(revealRange({ startDay: cluster.startDay, endDay: cluster.startDay + 2 }, cluster.startDay, cluster.endDay, limits)),
    [limits, setViewport],
  );

  const onFilterChange = useCallback((filter: Partial<ViewState["filter"]>) => dispatch({ type: "setFilter", filter }), []);

  const zoomIn = () => setViewport(zoomViewport(viewport, 0.5, limits, zoomAnchor.current?.()));
  const zoomOut = () => setViewport(zoomViewport(viewport, 2, limits, zoomAnchor.current?.()));
  const fitAll = () => setViewport(undefined);
  const onCommandKey = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const commands: Record<string, () => void> = {
      "+": zoomIn,
      "=": zoomIn,
      "-": zoomOut,
      _: zoomOut,
      "0": fitAll,
      ArrowLeft: () => setViewport(panViewport(viewport, -0.2, limits)),
      ArrowRight: () => setViewport(panViewport(viewport, 0.2, limits)),
    };
    const command = commands[e.key];
    if (!command) return false;
    e.preventDefault();
    command();
    return true;
  };

  // + − 0 also work when nothing in particular has focus (the page itself).
  const onCommandKeyRef = useLatest(onCommandKey);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== document.body || e.key.startsWith("Arrow")) return;
      onCommandKeyRef.current(e as unknown as React.KeyboardEvent);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onCommandKeyRef]);

  // Editing: the editor's code loads when it starts; an embed never edits.
  const editor = useEditorBridge(!embed && dataset !== undefined && onEdit !== undefined);
  const { withEditor, followDrag } = editor;
  const chartEditing = useMemo<ChartEditing>(
    () => ({
      onMarkPointerDown: followDrag,
      onNudgeDate: (id, units, part) => withEditor((api) => api.nudgeDate(id, units, part)),
      onAddAt: (day) => withEditor((api) => api.addEvent(day)),
      onEditEvent: (id) => withEditor((api) => api.editEvent(id)),
    }),
    [withEditor, followDrag],
  );
  const onEditFromList = useCallback((id: string) => withEditor((api) => api.editEvent(id)), [withEditor]);
  const onAddArticle = useCallback(() => withEditor((api) => api.addArticle()), [withEditor]);
  // An edit (or its undo) may take away the selected event. Only one that was there: an event just
  // added is selected before the edit that adds it arrives.
  const shownIds = useRef(byId);
  useEffect(() => {
    const before = shownIds.current;
    shownIds.current = byId;
    if (view.selectedId && before.has(view.selectedId) && !byId.has(view.selectedId)) dispatch({ type: "select", id: undefined });
  }, [byId, view.selectedId]);

  const rangeWords = showingWords(viewport.startDay, viewport.endDay, locale);
  const widestRangeWords = useMemo(() => widestShowingWords(locale), [locale]);
  const selected = view.selectedId ? byId.get(view.selectedId) : undefined;
  const compared = view.compareId ? byId.get(view.compareId) : undefined;
  const skipped = eventCount - fullTimeline.events.length;
  const asOfControl = tools && asOfDay !== undefined && reportDays.length > 1 ? <tools.AsOfControl day={asOfDay} publicationDays={reportDays} locale={locale} onChange={setAsOfDay} /> : undefined;
  const detailsCode = useLazyModule(detailsPanelModule, selected !== undefined);
  // What the chart gets whichever way time runs.
  const chartProps = (chartModel: ChartModel) => ({
    model: chartModel,
    selectedId: view.selectedId,
    compareId: view.compareId,
    focusId,
    query: view.filter.query,
    onSelect: onSelectStable,
    onFocusEvent: onFocusEventStable,
    onCommandKey,
    onViewport: setViewport,
  });
  const details = selected && detailsCode && (
    <detailsCode.DetailsPanel
      event={selected}
      compare={compared}
      timeline={timeline}
      locale={locale}
      query={view.filter.query}
      onClose={() => onSelect(undefined)}
      onSelect={(id) => onSelect(id)}
      onEdit={editor.active ? () => withEditor((api) => api.editEvent(selected.id)) : undefined}
      onDelete={editor.active ? () => withEditor((api) => api.deleteEvent(selected.id)) : undefined}
    />
  );

  return (
    <>
      <header className={embed && !embed.title ? "masthead visually-hidden" : "masthead"}>
        <h1>{timeline.title}</h1>
        {timeline.description && (!embed || embed.dek) && <Dek text={timeline.description} />}
      </header>
      {notice.length > 0 && (
        <div className="notice" role="status">
          <p>
            Some settings in the link could not be used and were ignored: {notice.join("; ")}.
          </p>
          <button type="button" className="text-button" onClick={() => setNotice([])}>
            Dismiss
          </button>
        </div>
      )}
      <main className={chartLayout === "vertical" ? "layout is-vertical" : "layout"}>
        <div className="chart-column">
          {/* The as-of control sits with the filters: it too decides which events are shown. */}
          <div className={asOfControl ? "filter-row" : undefined}>
            <PartSlot display={embed?.filters} summary={<FiltersSummary filter={view.filter} shown={filtered.length} total={timeline.events.length} />}>
              <FilterBar
                filter={view.filter}
                actors={timeline.actors}
                categories={timeline.categories}
                shown={filtered.length}
                total={timeline.events.length}
                onChange={onFilterChange}
              />
            </PartSlot>
            {asOfControl}
          </div>
          <div className="toolbar" role="toolbar" aria-label="Timeline view">
            <ZoomControls onZoomIn={zoomIn} onZoomOut={zoomOut} onFit={fitAll} rangeWords={rangeWords} widestRangeWords={widestRangeWords} />
            <label>
              Lanes{" "}
              <select value={view.grouping} onChange={(e) => dispatch({ type: "setGrouping", grouping: e.target.value as LaneGrouping })}>
                <option value="category">by category</option>
                <option value="actor">by actor</option>
                <option value="none">none</option>
              </select>
            </label>
            {/* An embed's date language is the embedder's choice (?locale=), not one more control. */}
            {!embed && (
              <label>
                Dates{" "}
                <select value={view.locale} onChange={(e) => dispatch({ type: "setLocale", locale: e.target.value as LocaleId })}>
                  {Object.entries(LOCALES).map(([id, l]) => (
                    <option key={id} value={id}>
                      {l.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {!embed && dataset && onEdit && (
              <button type="button" className="text-button" aria-pressed={editor.active} onClick={editor.active ? editor.stop : editor.start}>
                Edit
              </button>
            )}
            {tools && (
              <tools.ExploreTools
                timeline={timeline}
                events={filtered}
                locale={locale}
                grouping={view.grouping}
                selectedId={view.selectedId}
                viewSearch={searchWithView(window.location.search, view)}
                openedHere={openedHere}
                model={model}
                query={view.filter.query}
                rangeWords={rangeWords}
                onAddArticle={!embed && dataset && onEdit ? onAddArticle : undefined}
              />
            )}
          </div>
          {editor.EditSession && dataset && onEdit && (
            <editor.EditSession apiRef={editor.apiRef} active={editor.active} dataset={dataset} timeline={timeline} locale={locale} localeId={view.locale} onEdit={onEdit} onSelect={(id) => onSelect(id)} onStop={editor.stop} />
          )}
          {issues.length > 0 && (
            <LazyIssueReport
              issues={issues}
              summary={skipped > 0 ? `${formatCount(fullTimeline.events.length)} of ${plural(eventCount, "event")} shown; ${formatCount(skipped)} skipped. Show the problems` : problemsIn(issues, name, "warning")}
            />
          )}
          <div className={chartScrolls ? "chart-frame is-scrolling" : "chart-frame"} ref={ref}>
            {model && chartLayout === "vertical" && (
              <LoadedVerticalChart
                {...chartProps(model)}
                onZoomAnchor={onZoomAnchor}
                scrollToSelected={!embed}
                detailsShown={details !== undefined}
                rangeWords={rangeWords}
              />
            )}
            {model && chartLayout === "horizontal" && (
              <TimelineChart
                {...chartProps(model)}
                onExpandCluster={onExpandCluster}
                wheelNeedsModifier={embed !== undefined}
                onPlainWheel={embed ? wheelHint.onPlainWheel : undefined}
                stickyAxis={chartScrolls}
                edit={editor.active ? chartEditing : undefined}
                label={`Timeline chart, ${plural(filtered.length, "event")}. ${rangeWords}. Arrow keys move between events; + and − zoom; 0 fits all.${editor.active ? " Editing: Alt+arrows move an event's date, n adds an event at its date, e edits it." : ""}`}
              />
            )}
            {embed && wheelHint.hint}
          </div>
          {widthPx !== undefined && (
            <Overview events={filtered} extent={fullExtent} viewport={viewport} limits={limits} widthPx={widthPx} rangeWords={rangeWords} onViewport={setViewport} />
          )}
          {/* An embed's column is narrow: details go under the chart, not beside it. */}
          {embed && details}
          <Legend categories={timeline.categories} colourIndexOf={colourIndexOf} asOf={timeline.asOfDay !== undefined} />
          {(!embed || embed.credit) && <CreditLine timeline={timeline} />}
          {embed && <OpenFullLink search={searchWithView(window.location.search, view)} />}
          <PartSlot display={embed?.list} summary={filtered.length === 1 ? "The event as a table" : `All ${formatCount(filtered.length)} events as a table`}>
            {listShown && <EventList events={filtered} actors={timeline.actors} selectedId={view.selectedId} query={view.filter.query} locale={locale} onSelect={onSelectFromList} onEdit={editor.active ? onEditFromList : undefined} />}
          </PartSlot>
        </div>
        {!embed && details}
      </main>
      <div className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </>
  );
}
