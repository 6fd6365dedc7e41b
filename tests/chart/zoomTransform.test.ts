import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { linearScale } from "../../src/layout/linearScale";
import { zoomIdentity } from "d3-zoom";
import { sameTransform, transformFor, viewportOf } from "../../src/chart/useZoomBehavior";

describe("the zoom transform and the viewport", () => {
  const baseX = linearScale([10_000, 20_000], [0, 1200]);

  it("a gesture's transform, turned into a viewport and back, is recognised as the one d3 already has (no push, no feedback loop)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 400, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (k, at) => {
        const gesture = zoomIdentity.translate(-at * 1200 * (k - 1), 0).scale(k);
        const back = transformFor(viewportOf(gesture, baseX), baseX);
        expect(sameTransform(back, gesture)).toBe(true);
      }),
    );
  });

  it("a different viewport is a different transform", () => {
    const shown = transformFor({ startDay: 12_000, endDay: 13_000 }, baseX);
    expect(sameTransform(shown, transformFor({ startDay: 12_001, endDay: 13_001 }, baseX))).toBe(false);
    expect(sameTransform(shown, transformFor({ startDay: 12_000, endDay: 13_010 }, baseX))).toBe(false);
  });
});
