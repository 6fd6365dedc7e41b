import type { TimelineEvent } from "../domain/types";
import { laneIdOf, lanesFor } from "./layoutTimeline";
import type { LaneGrouping } from "./types";
import type { Labelled } from "../domain/types";
import { eventOrder } from "../domain/eventIndex";

/**
 * Which event the keys lead to (React Aria's KeyboardDelegate idea): ←/→ through time, ↑/↓ to the
 * nearest event in the lane above or below, Home/End. Pure: works on the filtered events, drawn
 * or not, so the keyboard reaches events outside the view (the view then follows).
 */
export interface TimelineKeyboardDelegate {
  next(id: string): string | undefined;
  previous(id: string): string | undefined;
  laneAbove(id: string): string | undefined;
  laneBelow(id: string): string | undefined;
  first(): string | undefined;
  last(): string | undefined;
}

export function createKeyboardDelegate(events: TimelineEvent[], grouping: LaneGrouping, actors: Labelled[], categories: Labelled[]): TimelineKeyboardDelegate {
  // Indexed at the first key, not when the chart is built: opening a timeline of 10,000 events
  // spent 15 ms on an index no key had asked for yet.
  let indexed: { index: ReadonlyMap<string, number>; lanes: string[]; byLane: Map<string, TimelineEvent[]> } | undefined;
  const indexes = () => {
    if (indexed) return indexed;
    // `events` is in date order already (toTimeline sorts it).
    const index = eventOrder(events);
    const lanes = lanesFor(events, grouping, actors, categories).map((l) => l.id);
    const byLane = new Map<string, TimelineEvent[]>(lanes.map((l) => [l, []]));
    for (const e of events) byLane.get(laneIdOf(e, grouping))?.push(e);
    return (indexed = { index, lanes, byLane });
  };
  const centre = (e: TimelineEvent) => (e.extent.startDay + e.extent.endDay) / 2;

  const inLane = (id: string, step: -1 | 1) => {
    const { index, lanes, byLane } = indexes();
    const i = index.get(id);
    if (i === undefined) return undefined;
    const event = events[i];
    let lane = lanes.indexOf(laneIdOf(event, grouping)) + step;
    // Skip empty lanes (possible under a filter).
    while (lane >= 0 && lane < lanes.length && (byLane.get(lanes[lane])?.length ?? 0) === 0) lane += step;
    const candidates = byLane.get(lanes[lane]) ?? [];
    let best: TimelineEvent | undefined;
    for (const c of candidates) {
      if (!best || Math.abs(centre(c) - centre(event)) < Math.abs(centre(best) - centre(event))) best = c;
    }
    return best?.id;
  };

  return {
    next: (id) => events[Math.min((indexes().index.get(id) ?? -1) + 1, events.length - 1)]?.id,
    previous: (id) => events[Math.max((indexes().index.get(id) ?? 1) - 1, 0)]?.id,
    laneAbove: (id) => inLane(id, -1),
    laneBelow: (id) => inLane(id, 1),
    first: () => events[0]?.id,
    last: () => events[events.length - 1]?.id,
  };
}

/** What a plain key (no modifier) does on the chart's focused event. */
export type MarkKeyAction = { move: string | undefined } | { select: string; compare: boolean };

/**
 * Keys on a focused event, for a chart whose time runs across the page (→ later, ↑ ↓ lanes) or down
 * it (↓ later, ← → lanes): move to another event, select it (Enter, Space) or compare with it (C).
 * Undefined for any other key.
 */
export function markKeyAction(delegate: TimelineKeyboardDelegate, current: string, key: string, time: "across" | "down"): MarkKeyAction | undefined {
  const [later, earlier, laneBefore, laneAfter] = time === "across" ? ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"] : ["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight"];
  if (key === later) return { move: delegate.next(current) };
  if (key === earlier) return { move: delegate.previous(current) };
  if (key === laneBefore) return { move: delegate.laneAbove(current) };
  if (key === laneAfter) return { move: delegate.laneBelow(current) };
  if (key === "Home") return { move: delegate.first() };
  if (key === "End") return { move: delegate.last() };
  if (key === "Enter" || key === " ") return { select: current, compare: false };
  if (key === "c" || key === "C") return { select: current, compare: true };
  return undefined;
}
