/**
 * Lookups by id over a list of events, made once per list and shared: the explorer, its chart and
 * the details panel each built a map of their own (three maps of 100,000 events when a large
 * timeline opened, and two more every time the details panel drew). Keyed weakly by the list: a
 * list no longer used takes its index with it, and a new list (a filter, another day) gets its own.
 */
const byIdCache = new WeakMap<readonly { id: string }[], ReadonlyMap<string, unknown>>();
const orderCache = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

/** The events of `events` by id. */
export function eventsById<T extends { id: string }>(events: readonly T[]): ReadonlyMap<string, T> {
  let index = byIdCache.get(events);
  if (!index) byIdCache.set(events, (index = new Map(events.map((e) => [e.id, e]))));
  return index as ReadonlyMap<string, T>;
}

/** Each event's place in `events`, by id. */
export function eventOrder(events: readonly { id: string }[]): ReadonlyMap<string, number> {
  let order = orderCache.get(events);
  if (!order) orderCache.set(events, (order = new Map(events.map((e, i) => [e.id, i]))));
  return order;
}
