/**
 * Run `task` once however often it is asked for before it runs: scroll, resize and repaint
 * requests that come many times a frame, or a burst of gesture events, do their work once.
 */
function onceVia<Handle>(schedule: (run: () => void) => Handle, unschedule: (handle: Handle) => void) {
  return (task: () => void): { request: () => void; cancel: () => void } => {
    let pending: Handle | undefined;
    return {
      request: () => {
        if (pending === undefined)
          pending = schedule(() => {
            pending = undefined;
            task();
          });
      },
      cancel: () => {
        if (pending !== undefined) unschedule(pending);
        pending = undefined;
      },
    };
  };
}

/** In the next animation frame's callbacks: after every change to the page, before it is drawn. */
export const onceAFrame = onceVia(
  (run) => requestAnimationFrame(run),
  (handle) => cancelAnimationFrame(handle),
);

/**
 * In a task of its own after the current one: the rendering a burst of gesture events asks for is
 * done once, and not inside the input event (see useZoomBehavior).
 */
export const onceATask = onceVia(
  (run) => setTimeout(run),
  (handle) => clearTimeout(handle),
);
