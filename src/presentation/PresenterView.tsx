import { useEffect, useState } from "react";
import type { Timeline } from "../domain/types";
import { formatFuzzyDate } from "../domain/fuzzyDate";
import { STATUS_WORDS } from "../domain/statusWords";
import { DEFAULT_DATE_LOCALE } from "../state/locales";
import { useDateLocale } from "../state/useDateLocale";
import { formatElapsed } from "./presentationSettings";
import { usePresentationSteps } from "./usePresentationSteps";
import { usePresentationTimeline } from "./usePresentationTimeline";
import { PRESENTATION_KEYS, usePresentationKeys, type PresentationCommand } from "./presentationKeys";
import { eventsById } from "../domain/eventIndex";
import "./present.css";

const PRESENTER_COMMANDS: ReadonlySet<PresentationCommand> = new Set(["next", "previous", "first", "last"]);

/**
 * The presenter's window (`?mode=presenter`, opened from the presentation): the current and next
 * step, the story's notes and a clock. Moving here moves the projected window, and the other way.
 */
export function PresenterView({ timeline: fullTimeline, search }: { timeline: Timeline; search: string }) {
  const { timeline } = usePresentationTimeline(fullTimeline, search);
  const { settings, controller, go, sync } = usePresentationSteps(timeline, search);
  // The app waits for the first locale (App.tsx); a newly chosen one keeps the last until it arrives.
  const locale = useDateLocale(settings.locale) ?? DEFAULT_DATE_LOCALE;
  const byId = eventsById(timeline.events);
  const current = controller.current ? byId.get(controller.current.eventId) : undefined;
  const upcoming = controller.upcoming ? byId.get(controller.upcoming.eventId) : undefined;
  usePresentationKeys((command) => {
    if (command === "next") go(controller.next());
    else if (command === "previous") go(controller.previous());
    else if (command === "first") go(controller.first());
    else if (command === "last") go(controller.last());
  }, PRESENTER_COMMANDS);

  // The clock: time since this window opened, less the time it was paused.
  const [clock, setClock] = useState(() => ({ startedMs: Date.now(), pausedAtMs: undefined as number | undefined }));
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNowMs(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, []);
  const elapsedMs = (clock.pausedAtMs ?? nowMs) - clock.startedMs;
  const togglePause = () =>
    setClock((c) => (c.pausedAtMs === undefined ? { ...c, pausedAtMs: Date.now() } : { startedMs: c.startedMs + (Date.now() - c.pausedAtMs), pausedAtMs: undefined }));
  const resetClock = () => setClock((c) => ({ startedMs: Date.now(), pausedAtMs: c.pausedAtMs === undefined ? undefined : Date.now() }));

  const link =
    sync.kind === "none"
      ? "This browser cannot link windows: move the projected window with its own keys."
      : sync.heard
        ? "In step with the presentation window."
        : "Waiting for the presentation window (open it from this computer, in the same browser).";
  const note = controller.current?.note;

  return (
    <main className="presenter" data-step={controller.position}>
      <header className="presenter-head">
        <h1>Presenter view: {timeline.story?.title && settings.order === "story" ? timeline.story.title : timeline.title}</h1>
        <p className="presenter-link" role="status">
          {link}
        </p>
      </header>
      <section className="presenter-now" aria-labelledby="presenter-now-heading">
        <h2 id="presenter-now-heading">
          Now: step {controller.position} of {controller.count}
        </h2>
        {current ? (
          <>
            <p className="presenter-title">{current.title}</p>
            <p className="presenter-meta">
              {formatFuzzyDate(current.when, locale)} · {STATUS_WORDS[current.status]}
            </p>
            <h2>Notes</h2>
            <p className="presenter-notes">{note ?? (current.summary ? `No note for this step. Summary: ${current.summary}` : "No note for this step.")}</p>
          </>
        ) : (
          <p className="presenter-title">No events match the filters in this link.</p>
        )}
      </section>
      <section className="presenter-next" aria-labelledby="presenter-next-heading">
        <h2 id="presenter-next-heading">Next</h2>
        {upcoming ? (
          <>
            <p className="presenter-title presenter-title--next">{upcoming.title}</p>
            <p className="presenter-meta">{formatFuzzyDate(upcoming.when, locale)}</p>
          </>
        ) : (
          <p className="presenter-meta">End of the presentation.</p>
        )}
      </section>
      <section className="presenter-timer" aria-labelledby="presenter-timer-heading">
        <h2 id="presenter-timer-heading">Time</h2>
        <p className="presenter-clock" aria-live="off">
          {formatElapsed(elapsedMs)}
        </p>
        <div className="presenter-timer-buttons">
          <button type="button" className="presenter-button" onClick={togglePause}>
            {clock.pausedAtMs === undefined ? "Pause" : "Resume"}
          </button>
          <button type="button" className="presenter-button" onClick={resetClock}>
            Reset
          </button>
        </div>
      </section>
      <nav className="presenter-controls" aria-label="Presentation">
        <button type="button" className="presenter-button" aria-disabled={controller.isFirst} aria-keyshortcuts={PRESENTATION_KEYS.previous} onClick={() => go(controller.previous())}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <button type="button" className="presenter-button presenter-button--next" aria-disabled={controller.isLast} aria-keyshortcuts={PRESENTATION_KEYS.next} onClick={() => go(controller.next())}>
          Next<span aria-hidden="true"> →</span>
        </button>
        <p>Keys as in the presentation: → Space PageDown, ← PageUp, Home, End.</p>
      </nav>
    </main>
  );
}
