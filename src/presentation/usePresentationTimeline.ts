import { useMemo } from "react";
import { timelineAsOf } from "../domain/asOfView";
import { dayOfIso } from "../domain/fuzzyDate";
import type { Timeline } from "../domain/types";
import { readParam } from "../state/url";

/** The days a presentation is seen as of. */
export interface PresentationAsOf {
  /** The address's `asof=`, else the dataset's own day (if it has one): for steps that name none. */
  day?: number;
  /** Each story step's own `asOf`, by its event. */
  stepDays: Map<string, number>;
  /** The latest of them all: the steps come from the timeline as of this day (all of it, without one). */
  latestDay?: number;
}

/** See PresentationAsOf. */
export function presentationAsOf(timeline: Timeline, search: string): PresentationAsOf {
  const day = dayOfIso(readParam(search, "asof").value) ?? timeline.asOfDay;
  const stepDays = new Map<string, number>();
  for (const step of timeline.story?.steps ?? []) {
    const stepDay = step.asOf === undefined ? undefined : dayOfIso(step.asOf);
    if (stepDay !== undefined && !stepDays.has(step.event)) stepDays.set(step.event, stepDay);
  }
  const days = [...(day === undefined ? [] : [day]), ...stepDays.values()];
  return { day, stepDays, latestDay: days.length > 0 ? Math.max(...days) : undefined };
}

/**
 * The timeline a presentation's steps come from (the projected window and the presenter's must
 * build the same steps): as of the latest day any step is seen as of.
 */
export function usePresentationTimeline(fullTimeline: Timeline, search: string): { asOf: PresentationAsOf; timeline: Timeline } {
  const asOf = useMemo(() => presentationAsOf(fullTimeline, search), [fullTimeline, search]);
  const timeline = useMemo(() => (asOf.latestDay === undefined ? fullTimeline : timelineAsOf(fullTimeline, asOf.latestDay)), [fullTimeline, asOf.latestDay]);
  return { asOf, timeline };
}
