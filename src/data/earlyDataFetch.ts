/**
 * The `?data=` download the page's head starts (scripts/preloadForPage.ts), before the app's
 * script has arrived: the file and the app's code then download side by side instead of one after
 * the other. The app takes that response over, and reads it with all its usual checks (the size
 * limit as it reads, the idle timeout, Cancel) through `fetchWithEarlyResponse`.
 */

import { BATCHED_MARK_THRESHOLD } from "../chart/canvas/splitBatchedMarks";

/** Few events take fewer bytes than this in a file. */
const MIN_EVENT_BYTES = 160;
/**
 * A file this large may hold more events than are drawn as elements: the canvas layer's code is
 * asked for with it (here and by the head's script). A smaller file with more events gets the
 * canvas layer once imported (useTimelineData.ts).
 */
export const CROWDED_FILE_BYTES = BATCHED_MARK_THRESHOLD * MIN_EVENT_BYTES;

/** Where the head's script leaves its download for the app (a property of `window`). */
export const EARLY_DATA_GLOBAL = "__timelineDataFetch";

/** What the head's script leaves: the address it fetched (resolved) and the response, arriving. */
export interface EarlyDataFetch {
  href: string;
  response: Promise<Response>;
  /** When it started (performance.now()). */
  startedMs: number;
}

/** Marks the download as the app's own, so that a head script running late does not start a second one. */
const TAKEN = { taken: true };

/** The head's download, once (a second call gets nothing); from then on the head's script starts none. */
export function takeEarlyDataFetch(win: Window = window): EarlyDataFetch | undefined {
  const slot = win as unknown as Record<string, unknown>;
  const early = slot[EARLY_DATA_GLOBAL] as Partial<EarlyDataFetch> | undefined;
  slot[EARLY_DATA_GLOBAL] = TAKEN;
  if (!early || typeof early.href !== "string" || !(early.response instanceof Promise)) return undefined;
  return early as EarlyDataFetch;
}

/**
 * A fetch that answers the first request for `early.href` with the response already under way, and
 * any other request with `fetchImpl`. Its signal is honoured as a fetch's would be: aborted before
 * the answer, it rejects at once (and the late answer's body is cancelled, not downloaded).
 */
export function fetchWithEarlyResponse(early: EarlyDataFetch, fetchImpl: typeof fetch = fetch): typeof fetch {
  let used = false;
  return (input, init) => {
    const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (used || href !== early.href) return fetchImpl(input, init);
    used = true;
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(new DOMException("The download was stopped.", "AbortError"));
      if (signal?.aborted) abort();
      else signal?.addEventListener("abort", abort, { once: true });
      early.response.then(
        (response) => {
          signal?.removeEventListener("abort", abort);
          if (signal?.aborted) void response.body?.cancel().catch(() => {});
          else resolve(response);
        },
        (error: unknown) => {
          signal?.removeEventListener("abort", abort);
          reject(error);
        },
      );
    });
  };
}
