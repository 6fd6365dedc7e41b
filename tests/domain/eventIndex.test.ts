import { describe, expect, it } from "vitest";
import { eventOrder, eventsById } from "../../src/domain/eventIndex";
import { makeTimeline } from "../fixtures/makeTimeline";

describe("lookups by id over a list of events", () => {
  const { events } = makeTimeline([{ when: "2018-06-12" }, { when: "2018-11-16" }, { when: "2019-01-18" }]);

  it("finds each event by its id, and its place in the list", () => {
    for (const [i, event] of events.entries()) {
      expect(eventsById(events).get(event.id)).toBe(event);
      expect(eventOrder(events).get(event.id)).toBe(i);
    }
    expect(eventsById(events).get("no-such-event")).toBeUndefined();
  });

  it("is made once per list and shared; another list (a filter's) gets its own", () => {
    expect(eventsById(events)).toBe(eventsById(events));
    expect(eventOrder(events)).toBe(eventOrder(events));
    const filtered = events.slice(1);
    expect(eventsById(filtered)).not.toBe(eventsById(events));
    expect(eventsById(filtered).has(events[0].id)).toBe(false);
    expect(eventOrder(filtered).get(events[1].id)).toBe(0);
  });
});
