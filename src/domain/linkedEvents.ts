import type { LinkType, Source, Timeline, TimelineEvent } from "./types";
import { eventOrder, eventsById } from "./eventIndex";

/** One link of an event, seen from that event: `other` is what it links to, or what links to it. */
export interface LinkedEvent {
  type: LinkType;
  /** "names": the event lists the link (an outcome naming its plan); "named": the other event does. */
  direction: "names" | "named";
  other: TimelineEvent;
}

/** Every link to and from an event among the timeline's events, in date order of the other event. */
export function linkedEvents(event: TimelineEvent, timeline: Pick<Timeline, "events">): LinkedEvent[] {
  const byId = eventsById(timeline.events);
  const found: LinkedEvent[] = [];
  for (const link of event.links ?? []) {
    const other = byId.get(link.event);
    if (other && other !== event) found.push({ type: link.type, direction: "names", other });
  }
  for (const other of timeline.events) {
    if (other === event) continue;
    for (const link of other.links ?? []) if (link.event === event.id) found.push({ type: link.type, direction: "named", other });
  }
  const order = eventOrder(timeline.events);
  return found.sort((a, b) => (order.get(a.other.id) ?? 0) - (order.get(b.other.id) ?? 0));
}

/**
 * The source whose words the event shows: with claims, that of the latest claim (what the event's
 * date and status are); without, the first piece of evidence.
 */
export function reportingSource(event: { claims?: readonly { source: string }[]; evidence: readonly { source: string }[] }, sources: ReadonlyMap<string, Source>): Source | undefined {
  let best: Source | undefined;
  for (const claim of event.claims ?? []) {
    const source = sources.get(claim.source);
    if (source && (!best || (source.published ?? "") >= (best.published ?? ""))) best = source;
  }
  return best ?? sources.get(event.evidence[0]?.source ?? "");
}
