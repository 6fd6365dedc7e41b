/**
 * Long work written as a generator that yields now and then, so that a caller can run it at once
 * (drain) or a slice at a time, letting the page answer input in between (import/importInSlices.ts).
 */

/** How far the work has got, when it can say: events checked of all. */
export interface StepProgress {
  checked: number;
  total: number;
}

/** Work in steps, ending with a T. */
export type Steps<T> = Generator<StepProgress | undefined, T, undefined>;

/** Run steps to the end, at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
