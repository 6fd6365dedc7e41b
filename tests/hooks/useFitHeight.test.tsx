// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, render } from "@testing-library/react";
import { useRef } from "react";
import { useFitHeight } from "../../src/hooks/useFitHeight";

// jsdom lays nothing out: the element's place in the page is given here, in a window 800 px tall.
const WINDOW_PX = 800;
const RESERVE_PX = 100;
let topPx = 0;

function probe() {
  const renders: boolean[] = [];
  function Frame({ contentPx }: { contentPx: number }) {
    const ref = useRef<HTMLDivElement>(null);
    const scrolls = useFitHeight(ref, { reservePx: RESERVE_PX, contentPx });
    renders.push(scrolls);
    return <div ref={ref} data-testid="frame" />;
  }
  return { renders, Frame };
}

describe("useFitHeight", () => {
  const innerHeight = window.innerHeight;
  beforeEach(() => {
    topPx = 0;
    Object.defineProperty(window, "innerHeight", { configurable: true, value: WINDOW_PX });
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(() => DOMRect.fromRect({ x: 0, y: topPx, width: 1000, height: 10 }));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    Object.defineProperty(window, "innerHeight", { configurable: true, value: innerHeight });
  });

  it("a content taller than the window scrolls in what is left below the element's place, from the first render", () => {
    topPx = 250;
    const { renders, Frame } = probe();
    const { getByTestId } = render(<Frame contentPx={2000} />);
    expect(renders).toEqual([true]);
    expect(getByTestId("frame").style.maxHeight).toBe(`${WINDOW_PX - 250 - RESERVE_PX}px`);
  });

  it("a content that fits renders once and does not scroll", () => {
    topPx = 250;
    const { renders, Frame } = probe();
    const { getByTestId } = render(<Frame contentPx={300} />);
    expect(renders).toEqual([false]);
    expect(getByTestId("frame").style.maxHeight).toBe("");
  });

  it("a content that grows past the height later (a zoom that adds rows) scrolls, and stops when it shrinks", () => {
    topPx = 250;
    const { renders, Frame } = probe();
    const { rerender, getByTestId } = render(<Frame contentPx={300} />);
    rerender(<Frame contentPx={600} />);
    expect(renders.at(-1)).toBe(true);
    expect(getByTestId("frame").style.maxHeight).toBe("450px");
    rerender(<Frame contentPx={300} />);
    expect(renders.at(-1)).toBe(false);
    expect(getByTestId("frame").style.maxHeight).toBe("");
  });

  // Smaller, a content that fitted scrolls in the new height; taller, one that scrolled from the
  // first render (decided before measuring) fits and stops scrolling.
  it.each([
    { contentPx: 420, before: false, windowPx: 700, after: true, maxHeight: "350px" },
    { contentPx: 720, before: true, windowPx: 1200, after: false, maxHeight: "" },
  ])("follows the window: $contentPx px of content, the window made $windowPx px tall", ({ contentPx, before, windowPx, after, maxHeight }) => {
    topPx = 250;
    const { renders, Frame } = probe();
    const { getByTestId } = render(<Frame contentPx={contentPx} />);
    expect(renders.at(-1)).toBe(before);
    Object.defineProperty(window, "innerHeight", { configurable: true, value: windowPx });
    act(() => void window.dispatchEvent(new Event("resize")));
    expect(renders.at(-1)).toBe(after);
    expect(getByTestId("frame").style.maxHeight).toBe(maxHeight);
  });

  // Shorter than the window but taller than the room below the element: it scrolls once measured,
  // before the first paint. And the room is never less than 280 px, even for an element low down.
  it.each([
    { topPx: 250, contentPx: 600, maxHeight: "450px" },
    { topPx: 600, contentPx: 2000, maxHeight: "280px" },
  ])("scrolls in the room left below an element starting at $topPx px: $contentPx px of content in $maxHeight", ({ topPx: startPx, contentPx, maxHeight }) => {
    topPx = startPx;
    const { renders, Frame } = probe();
    const { getByTestId } = render(<Frame contentPx={contentPx} />);
    expect(renders.at(-1)).toBe(true);
    expect(getByTestId("frame").style.maxHeight).toBe(maxHeight);
  });
});
