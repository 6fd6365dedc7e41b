import { describe, expect, it } from "vitest";
import { clampViewport, panViewport, revealDrawn, revealRange, spanOf, viewportLimits, zoomViewport, MIN_SPAN_DAYS } from "../../src/layout/viewport";

const fit = { startDay: 1000, endDay: 1099 }; // 100 days
const limits = viewportLimits(fit);

describe("zoom limits", () => {
  it("never zooms in past a few days", () => {
    let v = fit;
    for (let i = 0; i < 50; i++) v = zoomViewport(v, 0.5, limits);
    expect(spanOf(v)).toBeCloseTo(MIN_SPAN_DAYS);
  });
  it("never zooms out beyond three times the data", () => {
    let v = fit;
    for (let i = 0; i < 50; i++) v = zoomViewport(v, 2, limits);
    expect(spanOf(v)).toBeCloseTo(300);
    expect(v.startDay).toBeGreaterThanOrEqual(limits.minDay);
  });
  it("keeps the anchor day under the pointer", () => {
    const v = zoomViewport(fit, 0.5, limits, 1025);
    expect((1025 - v.startDay) / spanOf(v)).toBeCloseTo(0.25);
  });
  it("pans by a share of the span, stopping at the bounds", () => {
    expect(panViewport(fit, 0.1, limits).startDay).toBeCloseTo(1010);
    let v = fit;
    for (let i = 0; i < 100; i++) v = panViewport(v, 0.5, limits);
    expect(v.endDay + 1).toBeCloseTo(limits.maxDay);
  });
  it("clamps a viewport from outside (e.g. a URL) into the limits", () => {
    const v = clampViewport({ startDay: -1e6, endDay: 1e6 }, limits);
    expect(spanOf(v)).toBeCloseTo(300);
  });
  it("reveals a range by the smallest move", () => {
    const v = { startDay: 1000, endDay: 1049 };
    expect(revealRange(v, 1020, 1020, limits)).toBe(v);
    const moved = revealRange(v, 1070, 1070, limits);
    expect(spanOf(moved)).toBeCloseTo(50);
    expect(moved.endDay).toBeGreaterThan(1070);
  });
});

describe("revealDrawn (the keyboard lands on events in a crowd)", () => {
  const wide = viewportLimits({ startDay: 0, endDay: 10_000 });
  const whole = { startDay: 0, endDay: 10_000 };

  it("only moves the view when the event is drawn once in view", () => {
    expect(revealDrawn(whole, 5_000, 5_000, wide, () => true)).toBe(whole);
    const panned = revealDrawn({ startDay: 0, endDay: 999 }, 5_000, 5_000, wide, () => true);
    expect(panned.startDay).toBeLessThanOrEqual(5_000);
    expect(panned.endDay).toBeGreaterThanOrEqual(5_000);
    expect(spanOf(panned)).toBe(1_000);
  });

  it("zooms in on an event that layout puts in a group until it is drawn, keeping it in view", () => {
    // Drawn only once the view is 700 days across or less.
    const seen: number[] = [];
    const v = revealDrawn(whole, 9_990, 9_990, wide, (view) => {
      seen.push(spanOf(view));
      return spanOf(view) <= 700;
    });
    expect(spanOf(v)).toBeLessThanOrEqual(700);
    expect(spanOf(v)).toBeGreaterThan(350); // no closer than it had to
    expect(v.startDay).toBeLessThanOrEqual(9_990);
    expect(v.endDay).toBeGreaterThanOrEqual(9_990);
    expect(seen.every((span, i) => i === 0 || span < seen[i - 1])).toBe(true);
  });

  it("stops at the closest zoom when the event is never drawn", () => {
    let asked = 0;
    const v = revealDrawn(whole, 4_000, 4_000, wide, () => (asked++, false));
    expect(spanOf(v)).toBeGreaterThanOrEqual(wide.minSpanDays);
    expect(asked).toBeLessThanOrEqual(13);
  });
});
