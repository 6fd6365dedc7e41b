import { useCallback, useEffect, useRef, useState } from "react";
import type { Slide } from "./slideController";
import { useLatest } from "../hooks/useLatest";
import { availableChannelKind, openStepChannel, stepChannelName, type StepChannel } from "./stepChannel";

interface Options {
  /** Which data is presented (its URL, or "bundled"): only windows on the same data steer each other. */
  datasetKey: string;
  slides: readonly Slide[];
  index: number;
  /** Another window moved: go to this step (without telling the others again). */
  onRemoteStep: (index: number) => void;
}

/** Where a step message leads here: by event first (the windows may count differently), then by number. */
export function resolveRemoteStep(slides: readonly Slide[], index: number, eventId: string): number {
  if (slides[index]?.eventId === eventId) return index;
  return slides.findIndex((s) => s.eventId === eventId);
}

/**
 * Keeps this window's step in step with the app's other windows (presentation ⇄ presenter view).
 * Only local moves are published, never moves that came from elsewhere: two windows echoing each
 * other would otherwise fight over a quick run of key presses.
 */
/** The channel to the other windows: which kind it is, whether anyone answered, and how to tell them of a move. */
export interface StepSync {
  kind: ReturnType<typeof availableChannelKind>;
  heard: boolean;
  publish: (index: number) => void;
}

export function useStepSync({ datasetKey, slides, index, onRemoteStep }: Options): StepSync {
  const [kind] = useState(() => availableChannelKind());
  const [heard, setHeard] = useState(false);
  const channel = useRef<StepChannel | undefined>(undefined);
  const latest = useLatest({ slides, index, onRemoteStep });

  useEffect(() => {
    const opened = openStepChannel(stepChannelName(datasetKey));
    channel.current = opened;
    const unsubscribe = opened.subscribe((message) => {
      const { slides: s, index: i, onRemoteStep: go } = latest.current;
      setHeard(true);
      if (message.type === "hello") {
        if (s[i]) opened.post({ type: "step", from: opened.id, index: i, eventId: s[i].eventId });
        return;
      }
      const target = resolveRemoteStep(s, message.index, message.eventId);
      if (target !== -1 && target !== i) go(target);
    });
    opened.post({ type: "hello", from: opened.id });
    return () => {
      unsubscribe();
      opened.close();
      if (channel.current === opened) channel.current = undefined;
    };
  }, [datasetKey, latest]);

  /** Tell the other windows about a local move. */
  const publish = useCallback((to: number) => {
    const opened = channel.current;
    const slide = latest.current.slides[to];
    if (opened && slide) opened.post({ type: "step", from: opened.id, index: to, eventId: slide.eventId });
  }, [latest]);

  return { kind, heard, publish };
}
