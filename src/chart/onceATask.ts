/**
 * Run `task` soon, in a task of its own after the current one, once however often it is asked for
 * before then: the rendering a burst of gesture events asks for is done once, and not inside the
 * input event (see useZoomBehavior).
 */
export function onceATask(task: () => void): { request: () => void; cancel: () => void } {
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    request: () => {
      if (pending === undefined)
        pending = setTimeout(() => {
          pending = undefined;
          task();
        });
    },
    cancel: () => {
      clearTimeout(pending);
      pending = undefined;
    },
  };
}
