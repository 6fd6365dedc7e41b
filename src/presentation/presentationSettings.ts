import type { EventFilter } from "../domain/filterEvents";
import type { LaneGrouping } from "../layout/types";
import type { LocaleId } from "../state/locales";
import { viewFromSearch } from "../state/viewUrl";
import { stepFromSearch } from "./step";
import type { Slide, SlideOrder } from "./slideController";
import { readParam, searchWith } from "../state/url";

/** What happens to the events after the current step: drawn faintly, or not drawn until their turn. */
export type RevealMode = "mute" | "hide";

/** A presentation's settings, read from its address. */
export interface PresentationSettings {
  filter: EventFilter;
  locale: LocaleId;
  /** Lanes, when the address names them; a presentation otherwise uses one lane (compact, large). */
  grouping?: LaneGrouping;
  order: SlideOrder;
  reveal: RevealMode;
  /** Parameters that could not be used, in words. */
  ignored: string[];
}

/** Read a presentation's settings; anything unusable is ignored and named. Never throws. */
export function presentationSettings(search: string): PresentationSettings {
  const params = new URLSearchParams(search);
  const { state, ignored } = viewFromSearch(search);
  return {
    filter: state.filter,
    locale: state.locale,
    grouping: params.has("lanes") && !ignored.some((i) => i.startsWith("lanes=")) ? state.grouping : undefined,
    order: readParam(params, "steps").value === "all" ? "date" : "story",
    reveal: readParam(params, "reveal").value,
    ignored: ignored.filter((i) => !/^(event|compare|from)/.test(i)),
  };
}

/**
 * Where a presentation starts: `&step=` when it is one of the steps; else the step of `&event=`
 * (the event selected when "Present" was pressed); else the first. A step that is not one is named.
 */
export function startIndex(search: string, slides: readonly Slide[]): { index: number; ignored?: string } {
  const params = new URLSearchParams(search);
  const fromStep = stepFromSearch(search, slides.length);
  if (fromStep !== undefined) return { index: fromStep };
  const raw = params.get("step");
  const ignored = raw !== null ? `step=${raw} (there ${slides.length === 1 ? "is 1 step" : `are ${slides.length} steps`})` : undefined;
  const eventId = params.get("event");
  const byEvent = eventId ? slides.findIndex((s) => s.eventId === eventId) : -1;
  return { index: byEvent === -1 ? 0 : byEvent, ignored };
}

/** The address with the presentation's toggles written in (defaults are left out). */
export function searchWithPresentation(search: string, changes: { order?: SlideOrder; reveal?: RevealMode }): string {
  return searchWith(search, {
    ...(changes.order !== undefined && { steps: changes.order === "date" ? "all" : "story" }),
    ...(changes.reveal !== undefined && { reveal: changes.reveal }),
  });
}

/** Which data is shown, for the channel to the presenter's window: its address (or the bundled set) and title. */
export function datasetKeyOf(search: string, timeline: { title: string }): string {
  return `${new URLSearchParams(search).get("data") ?? "bundled"}|${timeline.title}`;
}

/** mm:ss, or h:mm:ss past an hour. */
export function formatElapsed(totalMs: number): string {
  const seconds = Math.max(0, Math.floor(totalMs / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
