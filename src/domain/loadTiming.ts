/**
 * Where the time goes while a timeline opens: each step (fetch, decode, parse, format detection,
 * import, validation, dates, layout, first render) is recorded as a User Timing measure named
 * `load:<step>`, which the browser's performance panel shows and `npm run bench` collects.
 *
 * Work that runs in slices (import/importInSlices.ts) is one measure per step, from its first slice
 * to its last, with the time it actually ran (`detail.workMs`, less the time of steps nested in it)
 * beside the wall time: the page's own work between slices belongs to no step.
 */
import type { StepProgress, Steps } from "./steps";

export type LoadStep = "fetch" | "code" | "decode" | "parse" | "detect" | "import" | "validate" | "dates" | "layout" | "render" | "effects";

/** The prefix of every measure recorded here. */
export const LOAD_MEASURE_PREFIX = "load:";

/** What a measure carries besides its start and duration. */
export interface LoadMeasureDetail {
  /** The time the step itself ran (ms): its wall time less pauses between slices and nested steps. */
  workMs: number;
}

// Only in a page: Node keeps every measure in a global buffer, and a test suite imports thousands of files.
const recording = typeof window !== "undefined" && typeof performance !== "undefined" && typeof performance.measure === "function";

/** The steps running now, innermost last: a nested step's time is not its parent's. */
const running: StepTimer[] = [];

class StepTimer {
  private firstMs: number | undefined;
  private lastMs = 0;
  private workMs = 0;
  private resumedAt = 0;

  constructor(readonly step: LoadStep) {}

  resume(now = performance.now()) {
    const parent = running.at(-1);
    if (parent) parent.workMs += now - parent.resumedAt;
    this.firstMs ??= now;
    this.resumedAt = now;
    running.push(this);
  }

  pause(now = performance.now()) {
    if (running.at(-1) === this) running.pop();
    this.workMs += now - this.resumedAt;
    this.lastMs = now;
    const parent = running.at(-1);
    if (parent) parent.resumedAt = now;
  }

  record() {
    if (this.firstMs !== undefined) recordStep(this.step, this.firstMs, this.lastMs, this.workMs);
  }
}

/** Record a step that ran from `startMs` to `endMs` (performance.now() times), working `workMs` of it. */
export function recordStep(step: LoadStep, startMs: number, endMs: number = performance.now(), workMs: number = endMs - startMs): void {
  if (!recording) return;
  try {
    const detail: LoadMeasureDetail = { workMs };
    performance.measure(`${LOAD_MEASURE_PREFIX}${step}`, { start: startMs, end: Math.max(startMs, endMs), detail });
  } catch {
    // A browser without User Timing Level 3 options: the timings are for measuring, never needed.
  }
}

/** Run `work` as `step`, and record it. */
export function measureStep<T>(step: LoadStep, work: () => T): T {
  if (!recording) return work();
  const timer = new StepTimer(step);
  timer.resume();
  try {
    return work();
  } finally {
    timer.pause();
    timer.record();
  }
}

/** `steps` as `step`: every slice of it timed, one measure recorded when it ends. */
export function* measureSteps<T>(step: LoadStep, steps: Steps<T>): Steps<T> {
  if (!recording) return yield* steps;
  const timer = new StepTimer(step);
  for (;;) {
    timer.resume();
    let next: IteratorResult<StepProgress | undefined, T>;
    try {
      next = steps.next();
    } finally {
      timer.pause();
    }
    if (next.done) {
      timer.record();
      return next.value;
    }
    yield next.value;
  }
}

let renderStartMs: number | undefined;
let firstViewDone = false;

/** The timeline is in hand and React starts to render it: the first render is timed from here. */
export function renderStarts(): void {
  if (!firstViewDone) renderStartMs = performance.now();
}

/** The first view of a timeline has been committed to the page: records its render, and stops `measureFirstView`. */
export function firstViewShown(): void {
  if (firstViewDone) return;
  firstViewDone = true;
  const drawnMs = performance.now();
  if (renderStartMs !== undefined) recordStep("render", renderStartMs, drawnMs);
  // What the same task still does before the page can paint: the other components' effects
  // (measuring what was drawn, the canvas). Microtasks run once React's commit has returned.
  if (renderStartMs !== undefined) queueMicrotask(() => recordStep("effects", drawnMs));
}

/** measureStep for work that is repeated on every zoom step: only the first view's is recorded. */
export function measureFirstView<T>(step: LoadStep, work: () => T): T {
  return firstViewDone ? work() : measureStep(step, work);
}
