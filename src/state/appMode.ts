import { isoOfDay } from "../domain/fuzzyDate";
import type { Viewport } from "../layout/types";
import { readParam, searchWith, type AppMode } from "./url";

export type { AppMode };

/** The mode an address is in (explore when it names none, or one that does not exist). */
export function modeOf(search: string): AppMode {
  return readParam(search, "mode").value;
}

/**
 * The presentation's address, from the explorer's: the data and filters are kept; the view and
 * selection are not (each step frames its own event), except that a selected event is where the
 * presentation starts.
 */
export function presentSearch(search: string, startEventId?: string): string {
  return searchWith(search, { mode: "present", event: startEventId }, { drop: ["event", "compare", "from", "to", "step"] });
}

/** The presenter window's address: the presentation's, in presenter mode at the same step. */
export function presenterSearch(search: string, index: number): string {
  return searchWith(search, { mode: "presenter", step: index + 1 }, { drop: ["event"] });
}

/** Back to exploring, with the presented event selected and its view kept. */
export function exploreSearch(search: string, eventId: string | undefined, viewport: Viewport | undefined): string {
  return searchWith(
    search,
    { event: eventId, from: viewport && isoOfDay(Math.floor(viewport.startDay)), to: viewport && isoOfDay(Math.ceil(viewport.endDay)) },
    { drop: ["mode", "step", "steps", "event", "compare", "from", "to"] },
  );
}
