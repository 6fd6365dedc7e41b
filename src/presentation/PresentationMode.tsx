import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Timeline } from "../domain/types";
import { formatFuzzyDate, formatIsoDay } from "../domain/fuzzyDate";
import { STATUS_WORDS } from "../domain/statusWords";
import { timelineAsOf } from "../domain/asOfView";
import { linkedEvents } from "../domain/linkedEvents";
import { filterEvents } from "../domain/filterEvents";
import { usePresentationTimeline } from "./usePresentationTimeline";
import type { PlacedCluster, Viewport } from "../layout/types";
import { DEFAULT_DATE_LOCALE } from "../state/locales";
import { useDateLocale } from "../state/useDateLocale";
import { clampViewport, revealRange } from "../layout/viewport";
import { useReducedMotion } from "../hooks/useReducedMotion";
import { buildSlides, type SlideOrder } from "./slideController";
import { presentationSettings, searchWithPresentation, type RevealMode } from "./presentationSettings";
import { usePresentationSteps } from "./usePresentationSteps";
import { exploreSearch, presenterSearch } from "../state/appMode";
import { navigate, writeAddress } from "../state/url";
import { useViewportTween } from "./viewportTween";
import { PRESENTATION_KEYS, swipeCommand, usePresentationKeys, type PresentationCommand } from "./presentationKeys";
import { TimelineChart } from "../chart/TimelineChart";
import { useChartModel } from "../chart/useChartModel";
import { useBoxSize } from "../hooks/useBoxSize";
import { PrintHandout } from "../components/PrintHandout";
import { eventsById } from "../domain/eventIndex";
import { plural } from "../domain/formatCount";
import "./present.css";

/**
 * The chart is laid out this wide (in CSS px) and scaled up to fill wider screens, labels and all…
 * (at 1920 px, 13 px labels render at 20.6 px: readable from the back of a room).
 */
const BASE_CHART_WIDTH_PX = 1150;
/** …up to this factor (a 4K projector). */
const MAX_CHART_SCALE = 2.4;

/**
 * Presentation mode (`?mode=present`): one step at a time, the chart moving to frame each event,
 * large type for a projector. The steps and their order come from the SlideController; this
 * component maps keys, touch, buttons, the URL and the presenter's window onto it.
 */
export function PresentationMode({ timeline: fullTimeline, search }: { timeline: Timeline; search: string }) {
  // What was known when: the steps come from the timeline as of the latest day any step is seen
  // as of; each step then draws what was known on its own day (its `asOf`, else the address's
  // `asof=`, else the dataset's).
  const { asOf, timeline } = usePresentationTimeline(fullTimeline, search);
  const [order, setOrder] = useState<SlideOrder>(() => presentationSettings(search).order);
  const { settings, events, slides, fullExtent, limits, controller, go, setIndex, sync, startIgnored } = usePresentationSteps(timeline, search, order);
  const [reveal, setReveal] = useState<RevealMode>(settings.reveal);
  // The app waits for the first locale (App.tsx); a newly chosen one keeps the last until it arrives.
  const locale = useDateLocale(settings.locale) ?? DEFAULT_DATE_LOCALE;
  const reducedMotion = useReducedMotion();
  const rootRef = useRef<HTMLDivElement>(null);
  const [notices, setNotices] = useState<string[]>(() => [...settings.ignored, ...(startIgnored ? [startIgnored] : [])]);
  const [message, setMessage] = useState("");
  const slide = controller.current;
  const dayNow = (slide && asOf.stepDays.get(slide.eventId)) ?? asOf.day;
  const shown = useMemo(() => (dayNow === undefined ? fullTimeline : timelineAsOf(fullTimeline, dayNow)), [fullTimeline, dayNow]);
  const shownEvents = useMemo(() => (shown === timeline ? events : filterEvents(shown.events, settings.filter)), [shown, timeline, events, settings.filter]);
  const byId = eventsById(shown.events);
  const event = slide ? byId.get(slide.eventId) : undefined;

  const target = slide?.viewport ?? fullExtent;
  const [viewport, setViewportNow] = useViewportTween(target, reducedMotion);

  // The events linked to this step (a plan and its outcome) are part of it, even when they come
  // later in date order.
  const linkedIds = useMemo(() => (event ? linkedEvents(event, shown).map((l) => l.other.id) : []), [event, shown]);
  // What is drawn: events up to this one in date order; the later ones faint (but for those linked
  // to it), or not yet there.
  const { drawn, mutedIds } = useMemo(() => {
    const position = event ? shownEvents.indexOf(event) : -1;
    if (position === -1) return { drawn: shownEvents, mutedIds: undefined };
    if (reveal === "hide") return { drawn: shownEvents.slice(0, position + 1), mutedIds: undefined };
    const linked = new Set(linkedIds);
    return { drawn: shownEvents, mutedIds: new Set(shownEvents.slice(position + 1).flatMap((e) => (linked.has(e.id) ? [] : [e.id]))) };
  }, [shownEvents, reveal, event, linkedIds]);

  const { ref: areaRef, widthPx: areaWidthPx, heightPx: areaHeightPx } = useBoxSize<HTMLDivElement>();
  const grouping = settings.grouping ?? "none";
  const scale = Math.min(Math.max(areaWidthPx / BASE_CHART_WIDTH_PX, 1), MAX_CHART_SCALE);
  const chartWidthPx = Math.max(Math.round(areaWidthPx / scale), 300);
  // The current event has a row of its own, with the events linked to it (a plan and its outcome,
  // so that the line between them shows); the rows that fit the screen go to the rest.
  const pinnedIds = useMemo(() => {
    if (!event) return [];
    const drawnIds = new Set(drawn.map((e) => e.id));
    return [event.id, ...linkedIds].filter((id) => drawnIds.has(id));
  }, [event, linkedIds, drawn]);
  const { model } = useChartModel({ timeline: shown, events: drawn, grouping, locale, widthPx: chartWidthPx, viewport, fitHeightPx: areaHeightPx / scale, pinnedIds, mutedIds });
  const chartScale = model ? Math.min(scale, areaHeightPx / model.layout.heightPx) : scale;

  const onViewport = useCallback((v: Viewport) => setViewportNow(clampViewport(v, limits)), [setViewportNow, limits]);
  const onExpandCluster = useCallback(
    (cluster: PlacedCluster) => setViewportNow(revealRange({ startDay: cluster.startDay, endDay: cluster.startDay + 2 }, cluster.startDay, cluster.endDay, limits)),
    [setViewportNow, limits],
  );

  const [isFullscreen, setIsFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setIsFullscreen(document.fullscreenElement != null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  const toggleFullscreen = () => {
    if (document.fullscreenElement) {
      void document.exitFullscreen?.().catch(() => undefined);
      return;
    }
    const element = rootRef.current;
    if (!element || typeof element.requestFullscreen !== "function") {
      setMessage("Full screen is not available in this browser: use its own full-screen command (often F11).");
      return;
    }
    element.requestFullscreen().then(
      () => setMessage(""),
      (e: Error) => setMessage(`The browser did not allow full screen (${e.message || e.name}). Use its own full-screen command (often F11).`),
    );
  };

  const openPresenter = () => {
    const url = `${window.location.pathname}${presenterSearch(window.location.search, controller.index)}`;
    const opened = window.open(url, "diplomacy-timeline-presenter", "popup,width=1100,height=760");
    if (!opened) setMessage(`The browser blocked the presenter window. Allow pop-ups for this site, or open this address in another window: ${url}`);
    else if (sync.kind === "none") setMessage("This browser cannot link two windows: move each one with its own keys.");
    else setMessage("");
  };

  const exit = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    navigate(exploreSearch(window.location.search, slide?.eventId, viewport));
  };

  const run = (command: PresentationCommand) => {
    if (command === "next") go(controller.next());
    else if (command === "previous") go(controller.previous());
    else if (command === "first") go(controller.first());
    else if (command === "last") go(controller.last());
    else if (command === "fullscreen") toggleFullscreen();
    else exit();
  };
  usePresentationKeys(run);

  const swipe = useRef<{ x: number; y: number; id: number } | undefined>(undefined);
  const onPointerDown = (e: React.PointerEvent) => {
    // On the chart a drag pans it; elsewhere a swipe turns the page.
    if (e.pointerType !== "touch" || (e.target as Element).closest?.("svg")) return;
    swipe.current = { x: e.clientX, y: e.clientY, id: e.pointerId };
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const s = swipe.current;
    swipe.current = undefined;
    if (!s || s.id !== e.pointerId) return;
    const command = swipeCommand(e.clientX - s.x, e.clientY - s.y);
    if (command) run(command);
  };

  const changeOrder = (next: SlideOrder) => {
    const nextSlides = buildSlides(events, { story: timeline.story, order: next, limits });
    const keep = slide ? nextSlides.findIndex((s) => s.eventId === slide.eventId) : -1;
    setOrder(next);
    setIndex(keep === -1 ? 0 : keep);
    writeAddress(searchWithPresentation(window.location.search, { order: next }), "replace");
  };
  const changeReveal = (next: RevealMode) => {
    setReveal(next);
    writeAddress(searchWithPresentation(window.location.search, { reveal: next }), "replace");
  };

  const title = timeline.story?.title && order === "story" ? timeline.story.title : timeline.title;
  const progress = controller.count > 0 ? (controller.position / controller.count) * 100 : 0;
  const dateWords = event ? formatFuzzyDate(event.when, locale) : "";
  const evidence = event?.evidence.find((ev) => ev.quote) ?? event?.evidence[0];
  const source = evidence ? timeline.sources.get(evidence.source) : undefined;
  const sourceDay = source ? formatIsoDay(source.published) : undefined;
  const category = event?.category ? timeline.categories.find((c) => c.id === event.category)?.label : undefined;
  const announcement = event ? `Step ${controller.position} of ${controller.count}: ${event.title}, ${dateWords}, ${STATUS_WORDS[event.status].toLowerCase()}.` : "";

  return (
    <>
      <div
        ref={rootRef}
        className={`present${grouping === "none" ? " present--one-lane" : ""}`}
        data-step={controller.position}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          swipe.current = undefined;
        }}
      >
        <header className="present-bar">
          <h1 className="present-heading">{title}</h1>
          <p className="present-progress">
            <span className="visually-hidden">
              Step {controller.position} of {controller.count}
            </span>
            <span aria-hidden="true">
              {controller.position} / {controller.count}
            </span>
          </p>
          <div className="present-progress-track" aria-hidden="true">
            <div className="present-progress-fill" style={{ width: `${progress}%` }} />
          </div>
        </header>
        {notices.length > 0 && (
          <div className="present-notice" role="status">
            <p>Some settings in the link could not be used and were ignored: {notices.join("; ")}.</p>
            <button type="button" className="text-button" onClick={() => setNotices([])}>
              Dismiss
            </button>
          </div>
        )}
        <div className="present-chart" ref={areaRef}>
          {slides.length > 0 && model && (
            <div className="present-chart-scaler" style={{ width: model.layout.widthPx, height: model.layout.heightPx, transform: `scale(${chartScale})` }}>
              <TimelineChart
                model={model}
                selectedId={slide?.eventId}
                query=""
                onSelect={(id) => id && go(controller.goToEvent(id))}
                onFocusEvent={() => undefined}
                onExpandCluster={onExpandCluster}
                onViewport={onViewport}
                label={`Timeline chart at step ${controller.position} of ${controller.count}, ${plural(model.layout.events.length, "event")} in view. Events after this one are ${reveal === "hide" ? "not shown yet" : "drawn faintly, without labels"}.`}
              />
            </div>
          )}
        </div>
        <section className="present-panel" aria-labelledby="present-title">
          {event ? (
            <>
              <p className="present-when">
                <span className="present-date">{dateWords}</span>
                {event.timePhrase && <span className="present-phrase"> — “{event.timePhrase}”</span>}
                <span className={`present-status status-word--${event.status}`}>{STATUS_WORDS[event.status]}</span>
                {category && <span className="present-category">{category}</span>}
              </p>
              <h2 id="present-title" className="present-title">
                {event.title}
              </h2>
              {evidence?.quote && <blockquote className="present-quote">“{evidence.quote}”</blockquote>}
              {source && (
                <p className="present-source">
                  — {source.publisher}, “{source.title}”{sourceDay !== undefined && `, ${sourceDay}`}
                </p>
              )}
            </>
          ) : (
            <h2 id="present-title" className="present-title">
              No events match the filters in this link.
            </h2>
          )}
        </section>
        <nav className="present-controls" aria-label="Presentation">
          <button type="button" className="present-button" aria-disabled={controller.isFirst} aria-keyshortcuts={PRESENTATION_KEYS.previous} onClick={() => run("previous")}>
            <span aria-hidden="true">← </span>Previous
          </button>
          <button type="button" className="present-button present-button--next" aria-disabled={controller.isLast} aria-keyshortcuts={PRESENTATION_KEYS.next} onClick={() => run("next")}>
            Next<span aria-hidden="true"> →</span>
          </button>
          <label className="present-option">
            <input type="checkbox" checked={reveal === "hide"} onChange={(e) => changeReveal(e.target.checked ? "hide" : "mute")} /> Hide later events
          </label>
          {timeline.story && (
            <label className="present-option">
              <input type="checkbox" checked={order === "date"} onChange={(e) => changeOrder(e.target.checked ? "date" : "story")} /> Every event, by date
            </label>
          )}
          <span className="present-spacer" />
          <button type="button" className="present-button" aria-pressed={isFullscreen} aria-keyshortcuts="F" onClick={toggleFullscreen}>
            Full screen
          </button>
          <button type="button" className="present-button" onClick={openPresenter}>
            Presenter view
          </button>
          <button type="button" className="present-button" aria-keyshortcuts="Escape" onClick={exit}>
            Exit
          </button>
        </nav>
        <p className="present-keys">
          Keys: → Space PageDown next · ← PageUp previous · Home End first, last · F full screen · Esc exit
        </p>
        {message && (
          <p className="present-message" role="alert">
            {message}
          </p>
        )}
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </div>
      </div>
      <PrintHandout timeline={timeline} events={events} locale={locale} grouping={settings.grouping ?? "category"} />
    </>
  );
}
