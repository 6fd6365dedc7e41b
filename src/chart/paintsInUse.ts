import type { TimelineEvent } from "../domain/types";
import { shapeOf } from "../layout/layoutTimeline";

/** The paint servers (ChartDefs) a timeline's marks fill with: soft bands and hatches, by colour slot. */
export interface PaintsInUse {
  /** Slots with an event of uncertain day (a soft band). */
  soft: readonly number[];
  /** Slots with a deadline (a hatched window). */
  hatch: readonly number[];
}

/**
 * Which paint servers the chart needs: one per colour and kind that some event uses, out of the
 * palette's 9 × 2 (72 elements in all; the bundled timeline uses 4 of the 18, in 18 elements).
 * From every event of the timeline, not the filtered ones, so that filtering never rebuilds them;
 * in the order the events first use them.
 */
export function paintsInUse(events: readonly TimelineEvent[], colourIndexOf: (categoryId: string | undefined) => number): PaintsInUse {
  const soft = new Set<number>();
  const hatch = new Set<number>();
  for (const event of events) {
    const shape = shapeOf(event);
    if (shape === "fuzzy") soft.add(colourIndexOf(event.category));
    if (shape === "deadline") hatch.add(colourIndexOf(event.category));
  }
  return { soft: [...soft], hatch: [...hatch] };
}
