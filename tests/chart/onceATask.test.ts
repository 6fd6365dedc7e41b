import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { onceATask } from "../../src/chart/onceATask";

describe("onceATask", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("does the work once, after the current task, however often it is asked for", () => {
    const task = vi.fn();
    const { request } = onceATask(task);
    request();
    request();
    request();
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
    request();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("does nothing once cancelled, and can be asked again after", () => {
    const task = vi.fn();
    const { request, cancel } = onceATask(task);
    request();
    cancel();
    vi.runAllTimers();
    expect(task).not.toHaveBeenCalled();
    request();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
