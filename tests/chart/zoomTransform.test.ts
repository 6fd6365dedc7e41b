import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { zoomIdentity } from "d3";
import { timeScale } from "../../src/layout/timeScale";
import { sameViewport, transformFor, viewportOf } from "../../src/chart/useZoomBehavior";

describe("the zoom transform and the viewport", () => {
  const baseX = timeScale({ startDay: 10_000, endDay: 19_999 }, 1200);

  it("a gesture's transform, turned into a viewport and back, is recognised as the one d3 already has (no push, no feedback loop)", () => {
    fc.assert(
      // Up to the closest zoom: 3 days across the 10,000 of the base scale.
      fc.property(fc.double({ min: 1, max: 3_333, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k, at) => {
        const gesture = zoomIdentity.translate(-at * 1200 * (k - 1), 0).scale(k);
        const shown = viewportOf(gesture, baseX);
        expect(sameViewport(viewportOf(transformFor(shown, baseX), baseX), shown)).toBe(true);
      }),
    );
  });

  it("a viewport's transform shows that viewport", () => {
    const shown = { startDay: 12_000, endDay: 13_000 };
    const transform = transformFor(shown, baseX);
    expect(transform.k).toBeCloseTo(10_000 / 1_001, 9);
    expect(viewportOf(transform, baseX).startDay).toBeCloseTo(12_000, 6);
    expect(viewportOf(transform, baseX).endDay).toBeCloseTo(13_000, 6);
  });

  it("a viewport a few seconds away is a different one", () => {
    const shown = { startDay: 12_000, endDay: 12_003 };
    const fiveSeconds = 5 / 86_400;
    expect(sameViewport(shown, { startDay: 12_000 + fiveSeconds, endDay: 12_003 + fiveSeconds })).toBe(false);
    expect(sameViewport(shown, { startDay: 12_000, endDay: 12_003 + fiveSeconds })).toBe(false);
  });
});
