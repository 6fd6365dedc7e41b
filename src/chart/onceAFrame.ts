/**
 * Run `task` in the next animation frame, once however often it is asked for before then: scroll,
 * resize and repaint requests that come many times a frame do their work once.
 */
export function onceAFrame(task: () => void): { request: () => void; cancel: () => void } {
  let pending = 0;
  return {
    request: () => {
      if (!pending)
        pending = requestAnimationFrame(() => {
          pending = 0;
          task();
        });
    },
    cancel: () => {
      cancelAnimationFrame(pending);
      pending = 0;
    },
  };
}
