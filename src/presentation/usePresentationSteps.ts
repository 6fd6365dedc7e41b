import { useEffect, useMemo, useState } from "react";
import type { Timeline, TimelineEvent } from "../domain/types";
import { filterEvents } from "../domain/filterEvents";
import { timelineExtent, type TimelineExtent } from "../layout/viewport";
import { searchWith, writeAddress } from "../state/url";
import { SlideController, buildSlides, type Slide, type SlideOrder } from "./slideController";
import { datasetKeyOf, presentationSettings, startIndex, type PresentationSettings } from "./presentationSettings";
import { searchWithStep } from "./step";
import { useStepSync, type StepSync } from "./useStepSync";

export interface PresentationSteps extends TimelineExtent {
  settings: PresentationSettings;
  /** The events of the address's filter, in date order. */
  events: TimelineEvent[];
  slides: Slide[];
  controller: SlideController;
  /** Move to a step: here, in the address, and in the other window. */
  go: (next: SlideController) => void;
  /** Jump to a step index (after the order of the steps changed). */
  setIndex: (index: number) => void;
  sync: StepSync;
  /** A `step=` the address named that is not one of the steps, in words. */
  startIgnored?: string;
}

/**
 * What the projected presentation and the presenter's window share: the address's settings, the
 * steps in `order`, the current one (from the address at first), the channel between the two windows,
 * and the step written into the address (replaced, not pushed: Back leaves the presentation), so a
 * reload keeps the place.
 */
export function usePresentationSteps(timeline: Timeline, search: string, order?: SlideOrder): PresentationSteps {
  const [settings] = useState(() => presentationSettings(search));
  const events = useMemo(() => filterEvents(timeline.events, settings.filter), [timeline, settings.filter]);
  const extent = timelineExtent(timeline);
  const slides = useMemo(() => buildSlides(events, { story: timeline.story, order: order ?? settings.order, limits: extent.limits }), [events, timeline.story, order, settings.order, extent.limits]);
  const [start] = useState(() => startIndex(search, slides));
  const [index, setIndex] = useState(start.index);
  const controller = useMemo(() => new SlideController(slides, index), [slides, index]);
  const sync = useStepSync({ datasetKey: datasetKeyOf(search, timeline), slides, index: controller.index, onRemoteStep: setIndex });
  const go = (next: SlideController) => {
    if (next === controller) return;
    setIndex(next.index);
    sync.publish(next.index);
  };
  useEffect(() => {
    if (controller.count === 0) return;
    writeAddress(searchWith(searchWithStep(window.location.search, controller.index), {}, { drop: ["event"] }), "replace");
  }, [controller.index, controller.count]);
  return { settings, events, ...extent, slides, controller, go, setIndex, sync, startIgnored: start.ignored };
}
