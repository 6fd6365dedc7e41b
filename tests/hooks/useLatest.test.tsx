// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useLayoutEffect } from "react";
import { createRoot, type Root } from "react-dom/client";
import { useLatest } from "../../src/hooks/useLatest";

// A render that is not urgent (a wheel step, a timer, a viewport tween) has its plain effects run
// later, after paint. A listener attached once (d3-zoom, document keys) that fires in that gap must
// already call the new render's callback.
describe("useLatest", () => {
  let root: Root;
  const wasAct = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
  beforeEach(() => {
    // React's own scheduling, as in the browser, not Testing Library's act().
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    root = createRoot(document.createElement("div"));
  });
  afterEach(() => {
    root.unmount();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = wasAct;
  });

  it("holds the new value for a listener that runs between a non-urgent render and its plain effects", async () => {
    const seen: string[] = [];
    function Probe({ value }: { value: string }) {
      const latest = useLatest(value);
      // As an event delivered right after the commit would: before React's scheduler runs the plain effects.
      useLayoutEffect(() => queueMicrotask(() => seen.push(latest.current)));
      return null;
    }
    root.render(<Probe value="first" />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    setTimeout(() => root.render(<Probe value="second" />));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual(["first", "second"]);
  });
});
