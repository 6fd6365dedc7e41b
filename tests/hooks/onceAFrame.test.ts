import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { onceAFrame } from "../../src/hooks/onceAFrame";

describe("onceAFrame", () => {
  let runFrame: () => void;
  beforeEach(() => {
    const frames = new Map<number, FrameRequestCallback>();
    let next = 1;
    vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => (frames.set(next, cb), next++));
    vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
    runFrame = () => {
      const due = [...frames.values()];
      frames.clear();
      for (const cb of due) cb(0);
    };
  });
  afterEach(() => vi.unstubAllGlobals());

  it("does the work once in the next frame, however often it is asked for", () => {
    const task = vi.fn();
    const { request } = onceAFrame(task);
    request();
    request();
    request();
    expect(task).not.toHaveBeenCalled();
    runFrame();
    expect(task).toHaveBeenCalledTimes(1);
    request();
    runFrame();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("does nothing once cancelled, and can be asked again after", () => {
    const task = vi.fn();
    const { request, cancel } = onceAFrame(task);
    request();
    cancel();
    runFrame();
    expect(task).not.toHaveBeenCalled();
    request();
    runFrame();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
