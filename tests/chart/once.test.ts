import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { onceAFrame, onceATask } from "../../src/chart/once";

// The same two promises, whether the work waits for a frame or for a task.
describe.each([
  {
    name: "onceAFrame, in the next frame",
    once: onceAFrame,
    setUp: () => {
      const frames = new Map<number, FrameRequestCallback>();
      let next = 1;
      vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => (frames.set(next, cb), next++));
      vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
      return () => {
        const due = [...frames.values()];
        frames.clear();
        for (const cb of due) cb(0);
      };
    },
  },
  {
    name: "onceATask, after the current task",
    once: onceATask,
    setUp: () => {
      vi.useFakeTimers();
      return () => vi.runAllTimers();
    },
  },
])("$name", ({ once, setUp }) => {
  let runDue: () => void;
  beforeEach(() => {
    runDue = setUp();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("does the work once, however often it is asked for", () => {
    const task = vi.fn();
    const { request } = once(task);
    request();
    request();
    request();
    expect(task).not.toHaveBeenCalled();
    runDue();
    expect(task).toHaveBeenCalledTimes(1);
    request();
    runDue();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("does nothing once cancelled, and can be asked again after", () => {
    const task = vi.fn();
    const { request, cancel } = once(task);
    request();
    cancel();
    runDue();
    expect(task).not.toHaveBeenCalled();
    request();
    runDue();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
