/**
 * Where the time goes while a timeline opens: each step (fetch, decode, parse, format detection,
 * import, validation, dates, layout, first render) is recorded as a User Timing measure named
 * `load:<step>`, which the browser's performance panel shows and `npm run bench` collects. Work
 * that runs in slices, or inside another step, is timed by measureSteps.ts (the import code's).
 * Kept small: every page carries this module.
 */

export type LoadStep = "fetch" | "code" | "decode" | "parse" | "detect" | "import" | "validate" | "dates" | "layout" | "render" | "effects";

/** The prefix of every measure recorded here. */
export const LOAD_MEASURE_PREFIX = "load:";

/** What a measure carries besides its start and duration. */
export interface LoadMeasureDetail {
  /** The time the step itself ran (ms): its wall time less pauses between slices and nested steps. */
  workMs: number;
}

// Only in a page: Node keeps every measure in a global buffer, and a test suite imports thousands of files.
export const recordingSteps = typeof window !== "undefined" && typeof performance !== "undefined" && typeof performance.measure === "function";

/** Record a step that ran from `startMs` to `endMs` (performance.now() times), working `workMs` of it. */
export function recordStep(step: LoadStep, startMs: number, endMs: number = performance.now(), workMs: number = endMs - startMs): void {
  if (!recordingSteps) return;
  try {
    const detail: LoadMeasureDetail = { workMs };
    performance.measure(LOAD_MEASURE_PREFIX + step, { start: startMs, end: Math.max(startMs, endMs), detail });
  } catch {
    // A browser without User Timing Level 3 options: the timings are for measuring, never needed.
  }
}

/** Run `work` as `step` (a step with no other step inside it), and record it. */
export function measureStep<T>(step: LoadStep, work: () => T): T {
  const startMs = performance.now();
  try {
    return work();
  } finally {
    recordStep(step, startMs);
  }
}

let renderStartMs: number | undefined;
let firstViewDone = false;

/** The timeline is in hand and React starts to render it: the first render is timed from here. */
export function renderStarts(): void {
  if (!firstViewDone) renderStartMs = performance.now();
}

/** The first chart has been committed to the page: records its render, and stops `measureFirstView`. */
export function firstViewShown(): void {
  if (firstViewDone) return;
  firstViewDone = true;
  const drawnMs = performance.now();
  if (renderStartMs === undefined) return;
  recordStep("render", renderStartMs, drawnMs);
  // What the same task still does before the page can paint: the other components' effects
  // (measuring what was drawn, the canvas). Microtasks run once React's commit has returned.
  queueMicrotask(() => recordStep("effects", drawnMs));
}

/** measureStep for work that is repeated on every zoom step: only the first view's is recorded. */
export function measureFirstView<T>(step: LoadStep, work: () => T): T {
  return firstViewDone ? work() : measureStep(step, work);
}
