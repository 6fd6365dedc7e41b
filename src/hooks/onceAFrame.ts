/**
 * Run `task` once, in the next animation frame's callbacks (after every change to the page, before
 * it is drawn), however often it is asked for before then: scroll, resize and repaint requests that
 * come many times a frame do their work once.
 */
export function onceAFrame(task: () => void): { request: () => void; cancel: () => void } {
  let pending: number | undefined;
  return {
    request: () => {
      if (pending === undefined)
        pending = requestAnimationFrame(() => {
          pending = undefined;
          task();
        });
    },
    cancel: () => {
      if (pending !== undefined) cancelAnimationFrame(pending);
      pending = undefined;
    },
  };
}
