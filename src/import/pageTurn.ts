/** How long work runs before the page gets its turn: under the 50 ms that makes a long task. */
export const SLICE_MS = 40;

/** Let the page run: its input, its rendering, its timers. */
export function pageTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A turn for the page once `sliceMs` have passed since the last one (or since this was made), and
 * none before: a loop calls it as often as it likes, and work that ends quickly never waits.
 * `beforeTurn` runs only when a turn is taken (a progress report, once a slice).
 */
export function turnsEvery(sliceMs = SLICE_MS): (beforeTurn?: () => void) => Promise<void> {
  let since = performance.now();
  return async (beforeTurn) => {
    if (performance.now() - since < sliceMs) return;
    beforeTurn?.();
    await pageTurn();
    since = performance.now();
  };
}
