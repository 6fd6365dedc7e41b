import { parseFuzzyDate } from "../domain/parseFuzzyDate";
import type { Story, TimelineEvent } from "../domain/types";
import type { Viewport } from "../layout/types";
import { clampViewport, type ViewportLimits } from "../layout/viewport";
import { eventsById } from "../domain/eventIndex";

/** One step of a presentation: the event it shows, the days it frames, and a note for the presenter. */
export interface Slide {
  eventId: string;
  viewport: Viewport;
  note?: string;
}

/** Which steps to present: the dataset's curated story (when it has one), or every event by date. */
export type SlideOrder = "story" | "date";

/** A step frames at least this share of the whole timeline, so an event is seen with its neighbours… */
export const CONTEXT_SHARE = 0.3;
/** …and never fewer than this many days. */
export const MIN_CONTEXT_DAYS = 60;
/** Room either side of the event, as a share of the framed span. */
export const FRAME_MARGIN_SHARE = 0.1;
/** Of the context around a short event, this share goes before it: a step is about what led to it. */
export const CONTEXT_BEFORE_SHARE = 0.7;

/**
 * The days to show for one event: its own extent, widened to at least `contextDays` (mostly
 * before it, so the events that led to it are in view), with a margin, kept inside the limits.
 */
export function frameEvent(event: TimelineEvent, contextDays: number, limits?: ViewportLimits): Viewport {
  const { startDay, endDay } = event.extent;
  const ownSpan = endDay + 1 - startDay;
  const extra = Math.max(contextDays - ownSpan, 0);
  const span = ownSpan + extra;
  const margin = span * FRAME_MARGIN_SHARE;
  const frame = { startDay: startDay - extra * CONTEXT_BEFORE_SHARE - margin, endDay: endDay + extra * (1 - CONTEXT_BEFORE_SHARE) + margin };
  return limits ? clampViewport(frame, limits) : frame;
}

/** A story step's `view` (an EDTF interval such as "2018-01/2019-03") as a viewport; undefined if unusable. */
export function viewportOfEdtf(view: string | undefined): Viewport | undefined {
  if (!view) return undefined;
  const parsed = parseFuzzyDate(view);
  if (!parsed.ok) return undefined;
  const startDay = parsed.date.start.earliestDay;
  const endDay = parsed.date.end.latestDay;
  return Number.isFinite(startDay) && Number.isFinite(endDay) && endDay >= startDay ? { startDay, endDay } : undefined;
}

export interface BuildSlidesOptions {
  /** The dataset's curated steps, if any. */
  story?: Story;
  /** "date" ignores the story. Default: the story when there is one. */
  order?: SlideOrder;
  /** Where a view may go (from the whole timeline), so that framing stays inside it. */
  limits?: ViewportLimits;
}

/**
 * The steps of a presentation over `events` (the current filter, in date order). A story's steps
 * are kept in the story's order, minus those whose event is filtered out; when none is left (or
 * there is no story), there is one step per event in date order.
 */
export function buildSlides(events: readonly TimelineEvent[], options: BuildSlidesOptions = {}): Slide[] {
  if (events.length === 0) return [];
  const byId = eventsById(events);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    first = Math.min(first, e.extent.startDay);
    last = Math.max(last, e.extent.endDay);
  }
  const contextDays = Math.max(MIN_CONTEXT_DAYS, (last + 1 - first) * CONTEXT_SHARE);
  const frame = (event: TimelineEvent, view?: string) => {
    const authored = viewportOfEdtf(view);
    if (authored) return options.limits ? clampViewport(authored, options.limits) : authored;
    return frameEvent(event, contextDays, options.limits);
  };

  if (options.story && options.order !== "date") {
    const slides: Slide[] = [];
    for (const step of options.story.steps) {
      const event = byId.get(step.event);
      if (!event) continue;
      slides.push({ eventId: event.id, viewport: frame(event, step.view), ...(step.note ? { note: step.note } : {}) });
    }
    if (slides.length > 0) return slides;
  }
  return events.map((event) => ({ eventId: event.id, viewport: frame(event) }));
}

/**
 * A headless controller over a presentation's steps (after OWID's TimelineController): it knows
 * where it is and where it may go, and nothing about keys, screens or URLs. Immutable: every move
 * returns a controller, the same one when the move goes nowhere (so React can skip a render).
 */
export class SlideController {
  readonly slides: readonly Slide[];
  /** 0-based; 0 when there are no slides. */
  readonly index: number;

  constructor(slides: readonly Slide[], index = 0) {
    this.slides = slides;
    this.index = slides.length === 0 ? 0 : Math.min(Math.max(Math.trunc(index) || 0, 0), slides.length - 1);
  }

  get count(): number {
    return this.slides.length;
  }
  /** 1-based, as people count and as the URL says (`&step=4`); 0 when empty. */
  get position(): number {
    return this.count === 0 ? 0 : this.index + 1;
  }
  get current(): Slide | undefined {
    return this.slides[this.index];
  }
  /** The step after this one, for the presenter's "next" preview. */
  get upcoming(): Slide | undefined {
    return this.slides[this.index + 1];
  }
  get isFirst(): boolean {
    return this.index === 0;
  }
  get isLast(): boolean {
    return this.index >= this.count - 1;
  }

  goTo(index: number): SlideController {
    const next = new SlideController(this.slides, index);
    return next.index === this.index ? this : next;
  }
  next(): SlideController {
    return this.goTo(this.index + 1);
  }
  previous(): SlideController {
    return this.goTo(this.index - 1);
  }
  first(): SlideController {
    return this.goTo(0);
  }
  last(): SlideController {
    return this.goTo(this.count - 1);
  }
  /** The step that shows this event (the first, if several do); unchanged when none does. */
  goToEvent(eventId: string): SlideController {
    const index = this.indexOfEvent(eventId);
    return index === -1 ? this : this.goTo(index);
  }
  indexOfEvent(eventId: string): number {
    return this.slides.findIndex((s) => s.eventId === eventId);
  }
}

