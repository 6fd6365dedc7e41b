/**
 * Timing the import's steps (see loadTiming.ts): work that runs in slices is one measure from its
 * first slice to its last, with the time it actually ran; a step inside another (the JSON parsed
 * inside an importer, validation inside an import) is not counted in its parent's time.
 */
import { recordingSteps, recordStep, type LoadStep } from "./loadTiming";
import type { StepProgress, Steps } from "./steps";

/** The steps running now, innermost last. */
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

/** Run `work` as `step`, perhaps inside another step, and record it. */
export function measureNestedStep<T>(step: LoadStep, work: () => T): T {
  if (!recordingSteps) return work();
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
  if (!recordingSteps) return yield* steps;
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
